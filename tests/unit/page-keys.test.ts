import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../src/lib/content-set';
import { buildSiteGraph } from '../../src/lib/graph';
import { pageKeys } from '../../src/lib/page-keys';
import { marker, validContent } from './fixtures';

/**
 * The fixture's story (versions a and b, claims x and y) and a second story:
 * its one version c makes claim z, and claim y too when `cMakesY`.
 */
function twoStories({ cMakesY = false } = {}): ContentSet {
	const content = validContent();
	const [a] = content.articles;
	content.stories.push({
		id: 'other',
		filePath: 'content/stories/other.yaml',
		data: { title: 'Other', summary: 'Another.', timeline: [] },
	});
	const [x, y] = content.claims;
	const inC = {
		article: 'c',
		citation: 'title-states' as const,
		sources: ['s1'],
		citationRationale: 'Cited.',
	};
	content.claims.push({
		id: 'z',
		filePath: 'content/claims/z.yaml',
		data: { ...x!.data, events: [], byVersion: [inC] },
	});
	if (cMakesY) y!.data.byVersion.push({ ...inC, citation: 'on-topic' });
	content.articles.push({
		...a!,
		id: 'c',
		filePath: 'content/articles/c.md',
		data: { ...a!.data, story: 'other', versions: [] },
		markers: cMakesY ? [marker('z', 1), marker('y', 2)] : [marker('z', 1)],
	});
	return content;
}

/** Every page's key, by page. */
function keysOf(content: ContentSet): Map<string, string> {
	const site = buildSiteGraph(content);
	const keys = pageKeys(site);
	return new Map([
		...site.articles.map((node) => [`article ${node.entry.id}`, keys.article(node)] as const),
		...site.claims.map((node) => [`claim ${node.entry.id}`, keys.claim(node)] as const),
		...site.sources.map((node) => [`source ${node.entry.id}`, keys.source(node)] as const),
		...site.topics.map((node) => [`topic ${node.entry.id}`, keys.topic(node)] as const),
		...site.stories.map((node) => [`story ${node.entry.id}`, keys.story(node)] as const),
		...site.evidence.map((node) => [`evidence ${node.entry.id}`, keys.evidence(node)] as const),
	]);
}

/** The pages whose key differs between two versions of the content. */
function changed(before: ContentSet, after: ContentSet): string[] {
	const [was, is] = [keysOf(before), keysOf(after)];
	return [...is.keys()].filter((page) => was.get(page) !== is.get(page)).sort();
}

function editBody(content: ContentSet, id: string): ContentSet {
	const article = content.articles.find((entry) => entry.id === id)!;
	article.body += ' One more sentence.';
	return content;
}

describe('pageKeys', () => {
	it('gives the same content the same keys', () => {
		expect(changed(twoStories(), twoStories())).toEqual([]);
	});

	it('changes the keys of the pages that show an edited text, and no others', () => {
		expect(changed(twoStories(), editBody(twoStories(), 'a'))).toEqual([
			'article a',
			'article b',
			'claim x',
			'claim y',
			// e1 dates an event of the story's timeline, e2 dates none.
			'evidence e1',
			'source s1',
			'source s2',
			'story story',
			'topic place',
		]);
		// c cites s1, as a does.
		expect(changed(twoStories(), editBody(twoStories(), 'c'))).toEqual([
			'article c',
			'claim z',
			'source s1',
			'story other',
			'topic place',
		]);
	});

	it('follows a claim into every story that makes it', () => {
		const before = twoStories({ cMakesY: true });
		expect(changed(before, editBody(twoStories({ cMakesY: true }), 'c'))).toContain('article a');
		// c starting to make y changes what y's page and the pages listing y show.
		expect(changed(twoStories(), before)).toEqual(
			expect.arrayContaining(['claim y', 'article a', 'article b']),
		);
	});

	it('changes every key when a record changes', () => {
		const edited = twoStories();
		edited.sources[0]!.data.title = 'A corrected title';
		expect(changed(twoStories(), edited)).toEqual([...keysOf(edited).keys()].sort());
	});
});
