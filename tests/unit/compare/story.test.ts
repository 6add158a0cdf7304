import { describe, expect, it } from 'vitest';
import { compareStory, matchStory, pairsOf, summariseStory } from '../../../src/compare/story';
import type { ArticleEntry, ContentSet } from '../../../src/loading/content-set';
import { buildSiteGraph } from '../../../src/record/graph';
import { findContentProblems } from '../../../src/record/integrity';
import { compareStoryContent, withEntriesForEveryVersion } from '../../fixtures/compare/story';
import { hedgeDrift } from '../../../src/strings';

describe('compareStory on a story of two versions', () => {
	const content = compareStoryContent();
	const graph = buildSiteGraph(content);
	const story = graph.stories[0]!;
	const comparison = compareStory(story);

	it('starts from content the build accepts', () => {
		expect(findContentProblems(content)).toEqual([]);
	});

	it('compares the one pair of versions, both ways covered', () => {
		expect(comparison.pairs).toHaveLength(1);
		const { alignment } = comparison.pairs[0]!;
		// Every sentence of each text is in exactly one row.
		for (const side of ['A', 'B'] as const) {
			const all = alignment[`sentences${side}`].map((s) => s.index);
			const inRows = alignment.rows.flatMap((row) => row[`sentences${side}`].map((s) => s.index));
			expect(inRows.sort((x, y) => x - y)).toEqual(all);
		}
	});

	it('puts every claim in the matrix, with the versions that mark it', () => {
		expect(comparison.claims.map((row) => row.claim.entry.id).sort()).toEqual(
			story.claims.map((claim) => claim.entry.id).sort(),
		);
		for (const row of comparison.claims) {
			const made = row.versions.filter((v) => v.made).map((v) => v.articleId);
			const { appearances } = graph.claim(row.claim.entry.id);
			expect(made.sort()).toEqual(appearances.map(({ article }) => article.id).sort());
		}
	});

	it('counts a claim its headline makes as made, with the headline as its wording', () => {
		const withHeadline = compareStoryContent();
		const scraped = withHeadline.articles.find((article) => article.id === 'scraped')!;
		const [first] = scraped.markers;
		scraped.markers = [
			{
				...first!,
				passageId: `${first!.passageId}-headline`,
				text: 'A headline that makes it',
				headline: 'title',
			},
			...scraped.markers,
		];
		const row = compareStory(buildSiteGraph(withHeadline).stories[0]!).claims.find(
			(claim) => claim.claim.entry.id === first!.claimId,
		)!;
		expect(row.versions.find((v) => v.articleId === 'scraped')!.wordings[0]).toBe('A headline that makes it');

		const headlineOnly = compareStoryContent();
		const article = headlineOnly.articles.find((entry) => entry.id === 'scraped')!;
		const template = headlineOnly.claims[0]!;
		headlineOnly.claims.push({
			...template,
			id: 'headline-only',
			filePath: 'content/claims/headline-only.yaml',
			data: { ...template.data, byVersion: [{ ...template.data.byVersion[0]!, article: 'scraped' }] },
		});
		article.markers = [
			{ ...article.markers[0]!, claimId: 'headline-only', text: 'A headline', headline: 'title' },
			...article.markers,
		];
		const only = compareStory(buildSiteGraph(headlineOnly).stories[0]!).claims.find(
			(claim) => claim.claim.entry.id === 'headline-only',
		)!;
		expect(only.versions.map((v) => v.made)).toEqual([true, false]);
	});

	it('finds the known differences of the pair', () => {
		const pair = comparison.pairs[0]!;
		const figure = (key: string) => pair.figures.find((f) => f.key === key);
		expect(figure('25000')?.status).toBe('qualifier');
		expect(figure('1000')?.status).toBe('same');
		expect(figure('last year')?.status).toBe('changed');
		expect(pair.entities.find((e) => e.key === 'nordic')?.status).toBe('only-b');
		const supplies = comparison.claims.find((row) => row.claim.entry.id === 'supplies')!;
		expect(supplies.drift.map(hedgeDrift)).toEqual([
			'“allegedly” in the scraped page; no “allegedly” found in the rewrite',
		]);
		expect(comparison.claims.find((row) => row.claim.entry.id === 'deminers')!.drift).toEqual([]);
	});

	it('summarises each version for its sidebar', () => {
		for (const version of story.versions) {
			const summary = comparison.summaries.get(version.entry.id)!;
			const mine = version.claims.map((made) => made.claim.id);
			expect(summary.shared + summary.onlyHere).toBe(mine.length);
			expect(summary.onlyHere).toBe(version.claims.filter((made) => made.alsoIn.length === 0).length);
		}
	});

	it('sums up the same without aligning the texts word by word', () => {
		const { summaries, storySummary } = summariseStory(story);
		expect(summaries).toEqual(comparison.summaries);
		expect(storySummary).toEqual(comparison.storySummary);
		expect(comparison.storySummary.figuresDiffer).toBeGreaterThan(0);
	});

	it('compares the same from sentences paired beforehand', () => {
		expect(compareStory(story, matchStory(story))).toEqual(comparison);
	});
});

/** A site of many two-version stories, each article a few paragraphs long. */
function manyStories(stories: number): ContentSet {
	const base = compareStoryContent();
	const [a, b] = base.articles;
	const articles: ArticleEntry[] = [];
	for (let i = 0; i < stories; i++) {
		const story = `story-${i}`;
		for (const [template, other] of [
			[a!, b!],
			[b!, a!],
		] as const) {
			articles.push({
				...template,
				id: `${template.id}-${i}`,
				data: { ...template.data, story, versions: [`${other.id}-${i}`] },
			});
		}
	}
	return withEntriesForEveryVersion({
		...base,
		articles,
		stories: Array.from({ length: stories }, (_, i) => ({
			id: `story-${i}`,
			filePath: `content/stories/story-${i}.yaml`,
			data: { title: `Story ${i}`, summary: 'A story.', timeline: [], removedClaims: [] },
		})),
	});
}

describe('cost', () => {
	it('compares every pair of a story with three versions', () => {
		const content = manyStories(1);
		const third = { ...content.articles[0]!, id: 'third', data: { ...content.articles[0]!.data } };
		content.articles.push(third);
		for (const article of content.articles) {
			article.data = {
				...article.data,
				versions: content.articles.filter((o) => o !== article).map((o) => o.id),
			};
		}
		const story = buildSiteGraph(withEntriesForEveryVersion(content)).stories[0]!;
		const comparison = compareStory(story);
		expect(comparison.pairs.map((pair) => [pair.a.id, pair.b.id].sort().join('+')).sort()).toHaveLength(3);
	});
});

describe('pairsOf', () => {
	it.each([
		[[], []],
		[['a'], []],
		[['a', 'b'], [['a', 'b']]],
		[
			['a', 'b', 'c'],
			[
				['a', 'b'],
				['a', 'c'],
				['b', 'c'],
			],
		],
	])('%j → %j', (items, expected) => {
		expect(pairsOf(items)).toEqual(expected);
	});

	it('lists a story’s pairs in the order the comparison compares them', () => {
		const story = buildSiteGraph(compareStoryContent()).stories[0]!;
		expect(pairsOf(story.versions).map(([a, b]) => [a.entry.id, b.entry.id])).toEqual(
			compareStory(story).pairs.map((pair) => [pair.a.id, pair.b.id]),
		);
	});
});
