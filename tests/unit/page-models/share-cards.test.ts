import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/record/graph';
import { claimCard, homeCard, shareCards, versionCard } from '../../../src/page-models/share-cards';
import { twoStoriesContent, validContent } from '../fixtures';

describe('share cards of the pages', () => {
	const graph = buildSiteGraph(validContent());
	const [node] = graph.claims;
	const [version] = graph.articles;

	it('keep a claim’s card when only what it does not draw changes', () => {
		const data = { ...node!.entry.data, rationale: 'Another reason.', assertedBy: 'Someone else' };
		expect(claimCard({ entry: { ...node!.entry, data } }).digest).toBe(claimCard(node!).digest);
		const reworded = { ...node!.entry.data, claim: `${node!.entry.data.claim} Again.` };
		expect(claimCard({ entry: { ...node!.entry, data: reworded } }).digest).not.toBe(claimCard(node!).digest);
	});

	it('count a version’s claims and name its outlet', () => {
		const card = versionCard(version!);
		expect(card.alt).toContain(`${version!.claims.length} claims checked`);
		const withOutlet = { ...version!.entry, data: { ...version!.entry.data, publisher: 'The Outlet' } };
		expect(versionCard({ ...version!, entry: withOutlet }).alt).toContain('(The Outlet)');
	});

	it('put the story on the home card when the site tells one, and what the site is when it tells several', () => {
		expect(homeCard(graph).alt).toBe(`Sourceline: ${graph.stories[0]!.entry.data.title}`);
		expect(homeCard(buildSiteGraph(twoStoriesContent())).alt).toMatch(/^Sourceline: A close reading/);
	});

	it('list each card of the site once: the home page’s, each version’s and each claim’s', () => {
		const cards = shareCards(graph);
		expect(cards.map((card) => card.digest)).toEqual(
			[homeCard(graph), ...graph.articles.map(versionCard), ...graph.claims.map(claimCard)].map(
				(card) => card.digest,
			),
		);
		expect(shareCards({ ...graph, claims: [node!, node!] }).length).toBe(
			cards.length - graph.claims.length + 1,
		);
	});

	it('list only the cards of the pages a shard renders, and the home page’s only where it is rendered', () => {
		const mine = graph.claims[0]!.entry.id;
		const cards = shareCards(graph, {
			shared: false,
			article: (id) => id === version!.entry.id,
			claim: (id) => id === mine,
		});
		expect(cards.map((card) => card.digest)).toEqual([versionCard(version!).digest, claimCard(node!).digest]);
		expect(shareCards(graph, { shared: true, article: () => false, claim: () => false })).toEqual([
			homeCard(graph),
		]);
	});
});
