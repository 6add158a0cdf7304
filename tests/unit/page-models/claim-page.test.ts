import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/record/graph';
import { claimPage } from '../../../src/page-models/claim-page';
import { oneVersionContent, twoStoriesContent, validContent } from '../fixtures';

describe('claimPage', () => {
	const one = buildSiteGraph(validContent());

	it('gives the verdict, each version’s citation and every passage with its place', () => {
		const page = claimPage(one, one.claim('x'));
		expect(page.title).toBe('Claim x.');
		expect(page.eyebrow).toBe('Claim · A figure');
		expect(page.description).toBe('Confirmed by independent reports: Because.');
		expect(page.citations.map(({ path, version, support }) => [path, version, support])).toEqual([
			['articles/a/', 'the version a', 'title-states'],
		]);
		expect(page.noEvidence).toBeUndefined();
		const [appearance] = page.appearances;
		expect(appearance?.place).toBe('Version a · claim 1 in its sidebar');
		expect(appearance?.sidebarPath).toBe('articles/a/#claim-x');
		expect(appearance?.passages.map(({ path, label }) => [path, label])).toEqual([
			['articles/a/#passage-x-1', 'Read passage 1 in context'],
			['articles/a/#passage-x-2', 'Read passage 2 in context'],
		]);
		expect(page.absentFrom).toEqual([{ title: 'Title b', path: 'articles/b/' }]);
	});

	it('numbers no passage when there is one, and says when no evidence bears on it', () => {
		const page = claimPage(one, one.claim('y'));
		expect(page.appearances.flatMap(({ passages }) => passages.map(({ label }) => label))).toEqual([
			'Read passage in context',
			'Read passage in context',
		]);
		expect(page.noEvidence).toMatch(/^No report we consulted bears on it/);
		expect(page.absentFrom).toBeUndefined();
		expect(claimPage(one, one.claim('y')).events).toBeUndefined();
	});

	it('links the comparison of its one story without naming it, and its events on the home page', () => {
		const page = claimPage(one, one.claim('x'));
		expect(page.comparisons).toEqual([
			{ path: 'compare/story/#compared-x', label: 'Compare how each version words and hedges it' },
		]);
		expect(page.events).toEqual([
			{ date: '2024-06-19', when: '19 June 2024', text: 'A treaty is signed.', path: '#event-treaty' },
		]);
	});

	it('lists the comparison of every story it is made in, and links each event on its own story', () => {
		const two = buildSiteGraph(twoStoriesContent());
		const page = claimPage(two, two.claim('x'));
		expect(page.comparisons).toEqual([
			{
				path: 'compare/story/#compared-x',
				label: 'Compare how each version of “Story” words and hedges it',
			},
			{
				path: 'compare/other/#compared-x',
				label: 'Compare how each version of “Other story” words and hedges it',
			},
		]);
		expect(page.events?.map(({ text, path }) => [text, path])).toEqual([
			['A treaty is signed.', 'compare/story/#event-treaty'],
			['A summit is held.', 'compare/other/#event-summit'],
		]);
		expect(page.appearances.map(({ path }) => path)).toEqual(['articles/a/', 'articles/c/']);
		expect(page.absentFrom?.map(({ path }) => path)).toEqual(['articles/b/', 'articles/d/']);
	});

	it('links no comparison for a story told by one version', () => {
		const graph = buildSiteGraph(oneVersionContent());
		expect(claimPage(graph, graph.claim('x')).comparisons).toEqual([]);
	});
});
