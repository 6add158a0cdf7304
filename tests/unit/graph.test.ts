import { describe, expect, it } from 'vitest';
import { buildSiteGraph, countVerdicts } from '../../src/lib/graph';
import { validContent } from './fixtures';

describe('buildSiteGraph', () => {
	const graph = buildSiteGraph(validContent());

	it('gives each article its claims by number, with every passage', () => {
		const a = graph.article('a');
		expect(
			a.claims.map(({ number, claim, passages }) => [number, claim.id, passages.map((p) => p.passageId)]),
		).toEqual([
			[1, 'x', ['passage-x-1', 'passage-x-2']],
			[2, 'y', ['passage-y-1']],
		]);
		expect(a.claims[1]!.sources.map(({ source, supports }) => [source.id, supports])).toEqual([
			['s1', 'states-claim'],
			['s2', 'states-claim'],
		]);
		expect(a.versions.map((version) => version.id)).toEqual(['b']);
		const versionsOf = (made: (typeof a.claims)[number]) => ({
			alsoIn: made.alsoIn.map(({ article, number }) => [article.id, number]),
			notIn: made.notIn.map((article) => article.id),
		});
		expect(a.claims.map(versionsOf)).toEqual([
			{ alsoIn: [], notIn: ['b'] },
			{ alsoIn: [['b', 1]], notIn: [] },
		]);
		expect(a.references.map(({ number, source }) => [number, source.id])).toEqual([[1, 's1']]);
	});

	it('links each claim back to the articles that make it, and to the versions that do not', () => {
		expect(graph.claim('x').appearances.map(({ article, number }) => [article.id, number])).toEqual([
			['a', 1],
		]);
		expect(graph.claim('x').absentFrom.map((article) => article.id)).toEqual(['b']);
		expect(graph.claim('y').appearances.map(({ article, number }) => [article.id, number])).toEqual([
			['a', 2],
			['b', 1],
		]);
		expect(graph.claim('y').absentFrom).toEqual([]);
	});

	it('links each source back to the articles citing it and the claims resting on it', () => {
		expect(graph.source('s1').citedBy.map(({ article, number }) => [article.id, number])).toEqual([['a', 1]]);
		expect(graph.source('s1').claims.map(({ claim }) => claim.id)).toEqual(['x', 'y']);
		expect(graph.source('s2').claims.map(({ claim }) => claim.id)).toEqual(['y']);
	});

	it('gathers a topic’s articles and claims, and a story’s versions, claims and sources', () => {
		expect(graph.topic('place').articles.map((article) => article.id)).toEqual(['a', 'b']);
		expect(graph.topic('place').claims.map((claim) => claim.id)).toEqual(['x', 'y']);
		const [story] = graph.stories;
		expect(story!.versions.map((node) => node.entry.id)).toEqual(['a', 'b']);
		expect(story!.claims.map((node) => node.entry.id)).toEqual(['x', 'y']);
		expect(story!.sources.map((node) => node.entry.id)).toEqual(['s1', 's2']);
	});

	it('lists sources in the order the versions cite them', () => {
		const content = validContent();
		content.sources.reverse();
		expect(buildSiteGraph(content).sources.map((node) => node.entry.id)).toEqual(['s1', 's2']);
	});

	it('throws on an id it does not know', () => {
		expect(() => graph.claim('nope')).toThrow('No claim with id "nope"');
	});
});

describe('countVerdicts', () => {
	it('counts in the order of the scale and leaves out absent verdicts', () => {
		const claims = (['opinion', 'attributed-official', 'opinion'] as const).map((status) => ({
			data: { status },
		}));
		expect(countVerdicts(claims)).toEqual([
			['attributed-official', 1],
			['opinion', 2],
		]);
	});
});

describe('buildSiteGraph ordering', () => {
	it('lists original pages before rewrites, whatever their ids', () => {
		const content = validContent();
		content.articles[1]!.data.provenance = 'scraped-page';
		const graph = buildSiteGraph(content);
		expect(graph.articles.map((node) => node.entry.id)).toEqual(['b', 'a']);
		expect(graph.stories[0]!.versions.map((node) => node.entry.id)).toEqual(['b', 'a']);
	});
});
