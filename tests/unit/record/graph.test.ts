import { describe, expect, it } from 'vitest';
import { buildSiteGraph, countVerdicts, hasComparison, storiesOf } from '../../../src/record/graph';
import { citationSupportIds, failingSupports } from '../../../src/schemas/citation-support';
import { editorialVerdicts, isEditorial, verdictIds } from '../../../src/schemas/verdict';
import { oneVersionContent, twoStoriesContent, validContent } from '../fixtures';

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
		// Each version's own citation: a cites s1 for y, b cites s2.
		expect(
			a.claims.map(({ citation }) => [
				citation.article.id,
				citation.citation,
				citation.sources.map((s) => s.id),
			]),
		).toEqual([
			['a', 'title-states', ['s1']],
			['a', 'on-topic', ['s1']],
		]);
		expect(graph.article('b').claims[0]!.citation.sources.map((s) => s.id)).toEqual(['s2']);
		expect(a.claims[0]!.evidence.map(({ evidence, bears }) => [evidence.id, bears])).toEqual([
			['e1', 'states'],
			['e2', 'states'],
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

	it('gives each claim every version’s citation, its evidence and its events', () => {
		const y = graph.claim('y');
		expect(
			y.citations.map(({ article, citation, sources, citationRationale }) => [
				article.id,
				citation,
				sources.map((s) => s.id),
				citationRationale,
			]),
		).toEqual([
			['a', 'on-topic', ['s1'], 'On the subject.'],
			['b', 'on-topic', ['s2'], 'On the subject.'],
		]);
		expect(y.evidence).toEqual([]);
		expect(y.events).toEqual([]);
		const x = graph.claim('x');
		expect(x.evidence.map(({ evidence, bears }) => [evidence.id, bears])).toEqual([
			['e1', 'states'],
			['e2', 'states'],
		]);
		expect(x.events.map((event) => event.id)).toEqual(['treaty']);
	});

	it('keeps a version’s note on its wording, and none where there is none', () => {
		const content = validContent();
		content.claims[1]!.data.byVersion[1]!.note = 'Drops the hedge.';
		const y = buildSiteGraph(content).claim('y');
		expect(y.citations.map((citation) => citation.note)).toEqual([undefined, 'Drops the hedge.']);
		expect('note' in y.citations[0]!).toBe(false);
	});

	it('orders a claim’s events by date', () => {
		const content = validContent();
		content.stories[0]!.data.timeline.unshift({
			id: 'visit',
			date: '2024-09-01',
			event: 'A visit.',
			evidence: ['e2'],
		});
		content.claims[0]!.data.events = ['visit', 'treaty'];
		expect(
			buildSiteGraph(content)
				.claim('x')
				.events.map((event) => event.id),
		).toEqual(['treaty', 'visit']);
	});

	it('links each piece of evidence to the claims it bears on and the events it dates, oldest first', () => {
		expect(graph.evidence.map((node) => node.entry.id)).toEqual(['e1', 'e2']);
		expect(graph.evidenceItem('e1').claims.map(({ claim, bears }) => [claim.id, bears])).toEqual([
			['x', 'states'],
		]);
		expect(graph.evidenceItem('e1').events.map(({ story, event }) => [story.id, event.id])).toEqual([
			['story', 'treaty'],
		]);
		expect(graph.evidenceItem('e2').events).toEqual([]);
		const content = validContent();
		content.evidence[1]!.data.published = '2024-01-01';
		expect(buildSiteGraph(content).evidence.map((node) => node.entry.id)).toEqual(['e2', 'e1']);
	});

	it('dates each version by the latest event its claims depend on, and marks what the record adds since', () => {
		expect(graph.article('a').writtenOnOrAfter?.id).toBe('treaty');
		expect(graph.article('b').writtenOnOrAfter).toBeUndefined();
		const content = validContent();
		content.stories[0]!.data.timeline.push({
			id: 'ratified',
			date: '2024-11-09',
			event: 'Ratified.',
			evidence: ['e2'],
		});
		content.evidence[1]!.data.published = '2024-11-10';
		const [story] = buildSiteGraph(content).stories;
		expect(story!.timeline.map(({ event, later }) => [event.id, later])).toEqual([
			['treaty', false],
			['ratified', true],
		]);
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
		const claims = (['not-checkable', 'confirmed', 'not-checkable', 'not-found'] as const).map((verdict) => ({
			data: { verdict },
		}));
		expect(countVerdicts(claims)).toEqual([
			['confirmed', 1],
			['not-found', 1],
			['not-checkable', 2],
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

describe('the rules pages share', () => {
	it('gives a story a comparison when more than one version tells it', () => {
		expect(hasComparison({ versions: [1, 2] })).toBe(true);
		expect(hasComparison({ versions: [1] })).toBe(false);
		expect(hasComparison(buildSiteGraph(oneVersionContent()).stories[0]!)).toBe(false);
	});

	it('finds every story some versions tell, each once, in version order', () => {
		const graph = buildSiteGraph(twoStoriesContent());
		const makers = graph.claim('x').appearances.map(({ article }) => article);
		expect(storiesOf(graph, makers).map((story) => story.entry.id)).toEqual(['story', 'other']);
		expect(storiesOf(graph, [...makers, ...makers]).map((story) => story.entry.id)).toEqual([
			'story',
			'other',
		]);
	});

	it('takes the editorial verdicts and failing supports from the schemas', () => {
		expect(verdictIds.filter(isEditorial)).toEqual(editorialVerdicts);
		expect(editorialVerdicts).toEqual(['contradicted']);
		expect(failingSupports.every((id) => citationSupportIds.includes(id))).toBe(true);
	});
});
