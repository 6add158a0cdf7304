import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/record/graph';
import { linkedOn, sourcePage } from '../../../src/page-models/source-page';
import { twoStoriesContent, validContent } from '../fixtures';

describe('sourcePage', () => {
	it('gives the source as cited, who cites it and for what', () => {
		const graph = buildSiteGraph(validContent());
		const page = sourcePage(graph, graph.source('s1'));
		expect(page.title).toBe('Outlet: Source s1 (cited source)');
		expect(page.date).toBe('2024-10');
		expect(page.address).toBeUndefined();
		expect(page.noAddress).toBe('No address given in the citation');
		expect(page.citedBy).toEqual([{ title: 'Title a', path: 'articles/a/#ref-s1', as: ' as reference [1]' }]);
		expect(page.claims.map(({ claim, note }) => [claim.id, note])).toEqual([
			['x', 'cited by the version a: the cited title states it'],
			['y', 'cited by the version a: citation on topic only'],
		]);
		expect(page.noClaims).toBeUndefined();
		expect(page.audits).toEqual([
			{ path: 'compare/story/#audit-s1', label: 'See the citation audit of this source beside the others' },
		]);
	});

	it('links the citation audit of every story it is cited in, naming each', () => {
		const graph = buildSiteGraph(twoStoriesContent());
		const page = sourcePage(graph, graph.source('s1'));
		expect(page.audits.map(({ path, label }) => [path, label])).toEqual([
			['compare/story/#audit-s1', 'See the citation audit of this source beside the others in “Story”'],
			['compare/other/#audit-s1', 'See the citation audit of this source beside the others in “Other story”'],
		]);
		expect(page.citedBy.map(({ path, as }) => [path, as])).toEqual([
			['articles/a/#ref-s1', ' as reference [1]'],
			['articles/c/#ref-s1', ' in its unnumbered “References” list'],
		]);
	});

	it('says so when no version cites it for a claim', () => {
		const content = validContent();
		for (const claim of content.claims) {
			claim.data.byVersion = claim.data.byVersion.map((version) => ({
				...version,
				sources: version.sources.filter((id) => id !== 's2'),
			}));
		}
		const graph = buildSiteGraph(content);
		const page = sourcePage(graph, graph.source('s2'));
		expect(page.claims).toEqual([]);
		expect(page.noClaims).toBe('No version cites it for a claim recorded here.');
	});
});

describe('linkedOn', () => {
	const citedOn = (...dates: string[]) => dates.map((date) => ({ article: { data: { date } } }));

	it.each([
		['the earliest dated version citing it', citedOn('2025-06-17', 'undated', '2025-03-02'), '2025-03-02'],
		['no day when every version citing it is undated', citedOn('undated', 'undated'), undefined],
		['no day when no version cites it', citedOn(), undefined],
	])('dates a cited page’s link by %s', (_, citedBy, expected) => {
		expect(linkedOn(citedBy)).toBe(expected);
	});

	it('gives the page’s link that day, with a look-up nearest it', () => {
		const content = validContent();
		content.articles.find(({ id }) => id === 'a')!.data.date = '2025-03-02';
		content.sources.find(({ id }) => id === 's1')!.data.url = 'https://outlet.example/s1?page=2';
		const graph = buildSiteGraph(content);
		const { address } = sourcePage(graph, graph.source('s1'));
		expect(address?.attributes).toEqual({
			'data-originalurl': 'https://outlet.example/s1?page=2',
			'data-versiondate': '2025-03-02',
		});
		expect(address?.archive).toEqual({
			kind: 'lookup',
			url: 'https://web.archive.org/web/20250302/https://outlet.example/s1?page=2',
			date: '2025-03-02',
		});
	});

	it('dates the link by the day this page first linked it when every version citing it is undated', () => {
		const content = validContent();
		for (const article of content.articles) article.data.date = 'undated';
		content.sources.find(({ id }) => id === 's1')!.data.url = 'https://outlet.example/s1';
		const graph = buildSiteGraph(content);
		expect(sourcePage(graph, graph.source('s1')).address?.attributes['data-versiondate']).toBeUndefined();
		const { address } = sourcePage(graph, graph.source('s1'), '2026-11-22T10:00:00+00:00');
		expect(address?.attributes['data-versiondate']).toBe('2026-11-22');
		expect(address?.archive?.url).toBe('https://web.archive.org/web/20261122/https://outlet.example/s1');
	});
});
