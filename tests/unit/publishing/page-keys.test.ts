import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareStory } from '../../../src/compare/story';
import type { ContentSet } from '../../../src/loading/content-set';
import { buildSiteGraph, hasComparison } from '../../../src/record/graph';
import { pageKeys } from '../../../src/publishing/page-keys';
import { articlePage } from '../../../src/page-models/article-page';
import { claimPage } from '../../../src/page-models/claim-page';
import { comparisonPage } from '../../../src/page-models/comparison-page';
import { evidencePage } from '../../../src/page-models/evidence-page';
import { sourcePage } from '../../../src/page-models/source-page';
import { storyTimeline } from '../../../src/page-models/story-timeline';
import { topicPage } from '../../../src/page-models/topic-page';
import { projectRoot } from '../../helpers/astro';
import { loadContent } from '../../helpers/load-content';
import { marker, validContent } from '../fixtures';

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
		data: { title: 'Other', summary: 'Another.', timeline: [], removedClaims: [] },
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
function keysOf(content: ContentSet, everyPage?: unknown): Map<string, string> {
	const site = buildSiteGraph(content);
	const keys = pageKeys(site, undefined, everyPage);
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

	it('changes the keys of the pages that show an edited record, and no others', () => {
		// z is made only in the other story: its version, its story, the evidence it rests on
		// (e1 and e2, as x), and the source and topic pages that reach that story.
		const verdict = twoStories();
		verdict.claims.find((claim) => claim.id === 'z')!.data.rationale = 'A corrected reason.';
		expect(changed(twoStories(), verdict)).toEqual([
			'article c',
			'claim z',
			'evidence e1',
			'evidence e2',
			'source s1',
			'story other',
			'topic place',
		]);
		// s1 is cited in both stories, so every page that reaches either shows it.
		const title = twoStories();
		title.sources[0]!.data.title = 'A corrected title';
		expect(changed(twoStories(), title)).toEqual([...keysOf(title).keys()].sort());
	});

	it('changes every key when what every page shows changes, such as the corrections contact', () => {
		const contact = (email: string) => keysOf(twoStories(), { corrections: { email } });
		const [before, after] = [contact('desk@example.org'), contact('corrections@example.org')];
		expect([...after].filter(([page, key]) => before.get(page) === key)).toEqual([]);
		expect(contact('desk@example.org')).toEqual(before);
	});
});

/**
 * Every page of the fixture site as its page model sets it out, by page, with
 * its key: what the page shows, as far as the models say it.
 */
function pagesOf(content: ContentSet): Map<string, { key: string; shows: string }> {
	const site = buildSiteGraph(content);
	const keys = pageKeys(site);
	const pages = new Map<string, { key: string; shows: string }>();
	const add = (page: string, key: string, ...shows: unknown[]) =>
		pages.set(page, { key, shows: JSON.stringify(shows) });
	for (const node of site.articles)
		add(`article ${node.entry.id}`, keys.article(node), articlePage(site, node));
	for (const node of site.claims) add(`claim ${node.entry.id}`, keys.claim(node), claimPage(site, node));
	for (const node of site.sources) add(`source ${node.entry.id}`, keys.source(node), sourcePage(site, node));
	for (const node of site.topics) add(`topic ${node.entry.id}`, keys.topic(node), topicPage(node));
	for (const node of site.evidence)
		add(`evidence ${node.entry.id}`, keys.evidence(node), evidencePage(site, node));
	for (const node of site.stories)
		add(
			`story ${node.entry.id}`,
			keys.story(node),
			storyTimeline(site, node),
			hasComparison(node) ? comparisonPage(node, compareStory(node)) : undefined,
		);
	return pages;
}

/** `data` with every string of prose in it (a capital or a space: no id, date or URL) edited. */
function editProse(data: unknown): unknown {
	if (typeof data === 'string') return /[A-Z ]/.test(data) ? `${data} (edited)` : data;
	if (Array.isArray(data)) return data.map(editProse);
	if (data && typeof data === 'object')
		return Object.fromEntries(Object.entries(data).map(([name, value]) => [name, editProse(value)]));
	return data;
}

describe('pageKeys, against what each page shows', () => {
	it('changes the key of every page whose content changes when any one record is edited', async () => {
		const content = await loadContent(join(projectRoot, 'tests/fixtures/site'));
		const before = pagesOf(content);
		const records = Object.values(content).flat();
		expect(records.length).toBeGreaterThan(10);
		const stale: string[] = [];
		/** Records whose edit no page model shows: the test would prove nothing about them. */
		const unseen: string[] = [];
		for (const record of records) {
			const edited = structuredClone(content);
			const copy = Object.values(edited)
				.flat()
				.find((entry) => entry.filePath === record.filePath)!;
			copy.data = editProse(copy.data) as typeof copy.data;
			let seen = false;
			for (const [page, after] of pagesOf(edited)) {
				const was = before.get(page)!;
				seen ||= after.shows !== was.shows;
				if (after.shows !== was.shows && after.key === was.key)
					stale.push(`${page} after editing ${record.filePath}`);
			}
			if (!seen) unseen.push(record.filePath);
		}
		// A story told once has no comparison page: its own words show on the home page and the
		// indexes and the methodology page, which have no key and are rendered on every build.
		const toldOnce = buildSiteGraph(content)
			.stories.filter((story) => !hasComparison(story))
			.map((story) => story.entry.filePath);
		expect(toldOnce.length).toBeLessThan(content.stories.length);
		expect(unseen).toEqual(toldOnce);
		expect(stale).toEqual([]);
	});
});
