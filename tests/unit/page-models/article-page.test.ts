import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/record/graph';
import { articlePage, claimSidebar } from '../../../src/page-models/article-page';
import { storedArticle } from '../../../src/loading/stored-article';
import { renderArticle } from '../../../src/platform/stored-rendering';
import { withClaimStatus } from '../../../src/record/claim-status';
import { render } from '../../helpers/markdown';
import { oneVersionContent, twoStoriesContent, validContent } from '../fixtures';

describe('articlePage', () => {
	const graph = buildSiteGraph(validContent());

	it('gives the header: the version, its date, when it was written at the earliest, the other version', () => {
		const { header } = articlePage(graph, graph.article('a'));
		expect(header.title).toEqual({ text: 'Title a', markers: [] });
		expect(header.kicker).toBeUndefined();
		expect(header.version).toBe('Version a: a rewrite of the same story, as it reached us');
		expect(header.date).toBe('Undated');
		expect(header.written).toEqual({ date: '19 June 2024', path: '#event-treaty' });
		expect(header.otherVersions).toEqual({
			heading: 'Other version',
			versions: [{ title: 'Title b', path: 'articles/b/' }],
		});
		expect(header.statuses.get('x')).toMatchObject({ verdict: 'confirmed', tone: 'good', symbol: '✓' });
		expect(header.statuses.get('unknown')).toBeUndefined();
	});

	it('shows its text as rendered, each passage with the verdict of its claim', async () => {
		// Article a marks x, then y, then x again.
		const { html } = await render('One :claim[x]{#x}, then :claim[y]{#y} and :claim[x again]{#x}.');
		const node = graph.article('a');
		const stored = storedArticle({ id: 'a', data: {}, rendered: { html, metadata: {} } });
		const text = { packedRendering: String(stored.rendered?.metadata?.packed) };
		const page = articlePage(graph, { ...node, entry: { ...node.entry, ...text } });
		// As the version's page renders it: the stored text, each marker given its claim's verdict.
		const marked = (packed: { packedRendering?: string }) =>
			withClaimStatus(renderArticle(packed).html, { article: 'a', verdictOf: (id) => page.verdicts.get(id) });
		expect(
			[...marked(text).matchAll(/data-claim="(\w+)" data-verdict="([\w-]+)"/g)].map(([, claim, verdict]) => [
				claim,
				verdict,
			]),
		).toEqual([
			['x', 'confirmed'],
			['y', 'not-checkable'],
			['x', 'confirmed'],
		]);
		expect(marked({})).toBe('');
	});

	it('gives the verdicts its passages carry and what follows the text', () => {
		const page = articlePage(graph, graph.article('a'));
		expect(page.jump).toBe('Jump to the 2 claims and their sources');
		expect(page.verdicts.get('y')).toBe('not-checkable');
		expect(page.legend.map(({ verdict }) => verdict)).toEqual(['confirmed', 'not-checkable']);
		expect(page.tags).toBeUndefined();
		expect(page.topics?.topics).toEqual([{ name: 'Place', path: 'topics/place/' }]);
		expect(page.references.map(({ number, source }) => [number, source.id])).toEqual([[1, 's1']]);
		expect(page.noReferences).toBeUndefined();
	});

	it('says that a version lists no references, in place of an empty list under a heading', () => {
		const twoStories = buildSiteGraph(twoStoriesContent());
		const page = articlePage(twoStories, twoStories.article('d'));
		expect(page.references).toEqual([]);
		expect(page.noReferences).toBe('This version lists no references.');
	});
});

describe('claimSidebar', () => {
	const graph = buildSiteGraph(validContent());

	it('counts the claims by verdict and lists each with its citation and the other versions', () => {
		const sidebar = claimSidebar(graph.article('a'));
		expect(sidebar.intro).toBe('2 claims marked in this text.');
		expect(sidebar.total).toBe(2);
		expect(sidebar.counts).toEqual([
			['confirmed', 1],
			['not-checkable', 1],
		]);
		const [x, y] = sidebar.entries;
		expect(x).toMatchObject({
			anchor: 'claim-x',
			number: 1,
			path: 'claims/x/',
			support: 'title-states',
			noEvidence: undefined,
			onlyVersion: undefined,
			alsoIn: [],
			notIn: [{ path: 'articles/b/', name: 'the version b' }],
			back: [
				{ path: '#passage-x-1', text: '1', label: 'Passage 1 of claim 1 in the text' },
				{ path: '#passage-x-2', text: '2', label: 'Passage 2 of claim 1 in the text' },
			],
		});
		expect(y).toMatchObject({
			noEvidence: 'None found',
			alsoIn: [{ path: 'articles/b/#passage-y-1', name: 'the version b', number: 1 }],
			notIn: [],
			back: [{ path: '#passage-y-1', text: 'passage', label: 'Passage 1 of claim 2 in the text' }],
		});
	});

	it('says a claim’s version is the only one when the story has no other', () => {
		const alone = buildSiteGraph(oneVersionContent()).article('a');
		expect(claimSidebar(alone).entries.map(({ onlyVersion }) => onlyVersion)).toEqual([
			'The only version',
			'The only version',
		]);
	});
});
