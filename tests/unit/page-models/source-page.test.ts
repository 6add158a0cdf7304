import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/record/graph';
import { sourcePage } from '../../../src/page-models/source-page';
import { twoStoriesContent, validContent } from '../fixtures';

describe('sourcePage', () => {
	it('gives the source as cited, who cites it and for what', () => {
		const graph = buildSiteGraph(validContent());
		const page = sourcePage(graph, graph.source('s1'));
		expect(page.title).toBe('Outlet: Source s1');
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
