import type { Page } from 'astro';
import { describe, expect, it } from 'vitest';
import { provenances } from '../../../src/schemas/provenance';
import { buildSiteGraph } from '../../../src/record/graph';
import { correctionsPage } from '../../../src/page-models/corrections-page';
import {
	claimsIndex,
	evidenceIndex,
	sourcesIndex,
	topicsIndex,
	versionsIndex,
} from '../../../src/page-models/index-pages';
import { methodologyPage } from '../../../src/page-models/methodology-page';
import { pager } from '../../../src/page-models/pager';
import { recordHistory } from '../../../src/page-models/record-history';
import type { Correction } from '../../../src/schemas/corrections';
import { oneVersionContent, twoStoriesContent, validContent } from '../fixtures';

const correction = (date: string, change: string): Correction => ({
	date,
	kind: 'correction',
	change,
	reason: 'A reader wrote in.',
});

describe('methodologyPage', () => {
	const publisher = {
		responsible: [
			{ role: 'Editor', duties: 'Answers for it.' },
			{ role: 'Analyst', duties: 'Reads.', name: 'Ann' },
		],
	};

	it('links the one comparison, the home page for several, nothing for none', () => {
		const one = methodologyPage(buildSiteGraph(validContent()), publisher, undefined);
		expect(one.comparisons).toEqual({
			kind: 'one',
			path: 'compare/story/',
			label: 'Compare the versions of “Story”',
		});
		expect(methodologyPage(buildSiteGraph(twoStoriesContent()), publisher, undefined).comparisons).toEqual({
			kind: 'several',
			path: '',
		});
		expect(
			methodologyPage(buildSiteGraph(oneVersionContent()), publisher, undefined).comparisons,
		).toBeUndefined();
	});

	it('names whom it has a name for, and says when the page last changed', () => {
		const page = methodologyPage(buildSiteGraph(validContent()), publisher, '2025-03-01T10:00:00+00:00');
		expect(page.responsible.map(({ term }) => term)).toEqual(['Editor', 'Analyst: Ann']);
		expect(page.modified).toEqual({ datetime: '2025-03-01T10:00:00+00:00', when: '1 March 2025' });
		// Every provenance on the list is explained, in the list's order, whichever the content uses.
		expect(page.provenances).toEqual(
			Object.values(provenances).map(({ label, meaning }) => ({ term: label, meaning })),
		);
		expect(page.provenances.map(({ term }) => term)).toContain('Wire brief');
		expect(page.verdicts[0]).toMatchObject({ id: 'confirmed', anchor: 'verdict-confirmed' });
		expect(page.verdicts[0]!.rule).toMatch(/^Rule: it needs .*\.$/);
	});
});

describe('correctionsPage', () => {
	it('says when nothing has been corrected', () => {
		expect(correctionsPage(buildSiteGraph(validContent()))).toEqual({
			empty: 'Nothing has been corrected, clarified or updated yet.',
			entries: [],
		});
	});

	it('lists every entry newest first, linking to its note', () => {
		const content = validContent();
		content.claims[0]!.data.corrections = [correction('2025-01-02', 'Older.')];
		content.sources[0]!.data.corrections = [correction('2025-02-03', 'Newer.')];
		const page = correctionsPage(buildSiteGraph(content));
		expect(page.empty).toBeUndefined();
		expect(page.entries.map(({ when, kind, title, path }) => [when, kind, title, path])).toEqual([
			['3 February 2025', 'Correction · Source', 'Outlet: Source s1', 'sources/s1/#correction-2025-02-03'],
			['2 January 2025', 'Correction · Claim', 'Claim x.', 'claims/x/#correction-2025-01-02'],
		]);
	});
});

describe('recordHistory', () => {
	it('gives the last change only when it was on a later day', () => {
		const sameDay = recordHistory(
			{ published: '2025-01-02T08:00:00Z', modified: '2025-01-02T18:00:00Z' },
			[],
		);
		expect(sameDay.dates?.modified).toBeUndefined();
		const later = recordHistory({ published: '2025-01-02T08:00:00Z', modified: '2025-03-01T08:00:00Z' }, []);
		expect(later.dates?.modified).toEqual({ datetime: '2025-03-01T08:00:00Z', when: '1 March 2025' });
		expect(recordHistory(undefined, []).dates).toBeUndefined();
		expect(recordHistory(undefined, []).notes).toBeUndefined();
	});

	it('gives the notes newest first, labelled', () => {
		const { notes } = recordHistory(undefined, [
			correction('2025-01-02', 'A.'),
			correction('2025-03-01', 'B.'),
		]);
		expect(notes?.map(({ anchor, kind, when }) => [anchor, kind, when])).toEqual([
			['correction-2025-03-01', 'Correction', '1 March 2025'],
			['correction-2025-01-02', 'Correction', '2 January 2025'],
		]);
	});
});

/** Page `currentPage` of `lastPage`, holding `data`, as Astro's `paginate()` hands it to a route. */
function pageOf<T>(
	data: T[],
	{
		currentPage = 1,
		lastPage = 1,
		start = 0,
		total = data.length,
		url = {},
	}: Partial<Omit<Page<T>, 'url'>> & {
		url?: Partial<Page<T>['url']>;
	} = {},
): Page<T> {
	return {
		data,
		currentPage,
		lastPage,
		start,
		end: start + data.length - 1,
		size: data.length,
		total,
		url: { current: '', prev: undefined, next: undefined, first: undefined, last: undefined, ...url },
	};
}

describe('pager', () => {
	const hrefOf = (n: number) => (n === 1 ? '/claims/' : `/claims/page/${n}/`);

	it('is left out for an index of one page', () => {
		expect(pager(pageOf(['a']), hrefOf, 'claims')).toBeUndefined();
	});

	it('links the pages around this one', () => {
		const first = pageOf(['a', 'b'], { lastPage: 3, total: 5, url: { next: '/claims/page/2/' } });
		expect(pager(first, hrefOf, 'claims')).toMatchObject({
			position: 'Page 1 of 3: claims 1–2 of 5',
			previous: undefined,
			next: '/claims/page/2/',
		});
		const third = pageOf(['e'], {
			currentPage: 3,
			lastPage: 3,
			start: 4,
			total: 5,
			url: { prev: '/claims/page/2/' },
		});
		const last = pager(third, hrefOf, 'claims')!;
		expect(last.position).toBe('Page 3 of 3: claims 5–5 of 5');
		expect(last.previous).toBe('/claims/page/2/');
		expect(last.next).toBeUndefined();
		expect(last.pages.map((link) => link && [link.number, link.href, link.current])).toEqual([
			[1, '/claims/', false],
			[2, '/claims/page/2/', false],
			[3, '/claims/page/3/', true],
		]);
	});
});

describe('index pages', () => {
	const graph = buildSiteGraph(validContent());

	it('groups a page of claims by verdict, with the site-wide count and this page’s', () => {
		const [first, second] = graph.claims.map((claim, i) =>
			pageOf([claim], {
				currentPage: i + 1,
				lastPage: graph.claims.length,
				start: i,
				total: graph.claims.length,
			}),
		);
		const index = claimsIndex(graph, first!);
		expect(index.title).toBe('All claims');
		expect(index.lede).toBe('2 claims across 2 versions');
		expect(
			index.groups.map(({ verdict, count, claims }) => [verdict, count, claims.map((c) => c.note)]),
		).toEqual([['confirmed', '1 claim', ['only in the version a']]]);
		expect(claimsIndex(graph, second!).title).toBe('All claims, page 2 of 2');
		const both = claimsIndex(
			{ ...graph, claims: [graph.claims[0]!, graph.claims[0]!] },
			pageOf([graph.claims[0]!]),
		);
		expect(both.groups[0]!.count).toBe('2 claims, 1 on this page');
	});

	it('describes each item of evidence in a line', () => {
		const index = evidenceIndex(graph, pageOf(graph.evidence));
		expect(index.items[0]).toEqual({
			path: 'evidence/e1/',
			name: 'NHK, “NHK reports it”',
			meta: '19 June 2024 · Original report · bears on 1 claim · dates 1 event',
		});
		expect(index.items[1]!.meta).toBe('20 June 2024 · Original report · bears on 1 claim');
	});

	it('lists sources, topics by kind and versions by story', () => {
		expect(sourcesIndex(graph, pageOf(graph.sources)).sources.map(({ source }) => source.id)).toEqual([
			's1',
			's2',
		]);
		expect(topicsIndex(pageOf(graph.topics)).groups).toEqual([
			{
				anchor: 'kind-place',
				label: 'Places',
				topics: [{ path: 'topics/place/', name: 'Place', use: '2 claims' }],
			},
		]);
		// A topic no claim is about says what it is used for, never "0 claims"; one used nowhere says nothing.
		const place = graph.topics[0]!;
		const use = (node: typeof place) => topicsIndex(pageOf([node])).groups[0]!.topics[0]!.use;
		expect(use({ ...place, claims: [] })).toBe('In 2 versions only');
		expect(use({ ...place, claims: [], articles: place.articles.slice(0, 1) })).toBe('In 1 version only');
		expect(use({ ...place, claims: [], articles: [] })).toBeUndefined();
		const versions = versionsIndex(pageOf(graph.stories));
		expect(
			versions.stories.map(({ headingId, versions }) => [headingId, versions.map((v) => v.path)]),
		).toEqual([['story-story', ['articles/a/', 'articles/b/']]]);
	});
});
