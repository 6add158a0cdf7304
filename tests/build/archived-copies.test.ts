import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contentIds, readArticle, readData } from '../helpers/content';
import { builtSite, byTag, select, text, type Page } from '../helpers/dist';
import { publishedDist } from '../helpers/fixture-site';

/*
 * Links to the outside pages the record rests on, as the built fixture site
 * writes them: each a Robust Link (https://robustlinks.mementoweb.org/spec/),
 * with the page as it was one link away. The fixture's evidence record carries
 * an archived copy; its source records carry none.
 */

let site: Map<string, Page>;
beforeAll(() => {
	site = builtSite(publishedDist());
});

const root = inject('publishedFixtureDir');
const records = (collection: 'sources' | 'evidence') =>
	contentIds(collection, root).map((id) => ({ id, data: readData(collection, id, root) }));
const evidence = records('evidence');
const sources = records('sources');
const outsideAddresses = new Set(
	[...evidence, ...sources].flatMap(({ data }) => (data.url ? [data.url] : [])),
);
const articles = contentIds('articles', root).map((id) => readArticle(id, root));
const archived = evidence.find(({ data }) => data.archived)!;

const anchors = (page: Page) => select(page.tree, byTag('a'));
const attr = (el: Element, name: string) => el.properties[name] as string | undefined;
/** Every link on every page to a page a source or a piece of evidence records. */
const outsideLinks = () =>
	[...site.values()].flatMap((page) =>
		anchors(page)
			.filter((a) => outsideAddresses.has(attr(a, 'href') ?? ''))
			.map((a) => ({ page: page.path, a })),
	);
const page = (path: string) => site.get(path) ?? expect.unreachable(`No page at ${path}`);

describe('links to the pages the record rests on', () => {
	it('are in the fixture to test: an evidence record with an archived copy, and a source with an address', () => {
		expect(archived?.data.archived.url).toMatch(/^https:\/\//);
		expect(sources.some(({ data }) => data.url)).toBe(true);
	});

	it('each carry data-originalurl equal to the link and a data-versiondate, on every page', () => {
		const found = outsideLinks();
		const pages = new Set(found.map(({ page }) => page));
		for (const { id } of evidence) expect(pages).toContain(`/evidence/${id}/`);
		for (const { id, data } of sources) if (data.url) expect(pages).toContain(`/sources/${id}/`);
		expect([...pages].some((path) => path.startsWith('/claims/'))).toBe(true);
		for (const { page, a } of found) {
			expect(attr(a, 'dataOriginalurl'), page).toBe(attr(a, 'href'));
			expect(attr(a, 'dataVersiondate'), page).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('date evidence by the day we consulted it, and give its recorded copy as data-versionurl and as a link', () => {
		const { id, data } = archived;
		for (const path of [`/evidence/${id}/`, ...[...site.keys()].filter((p) => p.startsWith('/claims/'))]) {
			const links = anchors(page(path));
			const original = links.find((a) => attr(a, 'href') === data.url);
			if (!original) continue;
			expect(attr(original, 'dataVersiondate'), path).toBe(data.consulted);
			expect(attr(original, 'dataVersionurl'), path).toBe(data.archived.url);
			const copy = links.find((a) => attr(a, 'href') === data.archived.url);
			expect(copy && text(copy), path).toMatch(/^archived copy, \d{1,2} \w+ \d{4}/);
			// A recorded copy, never a look-up beside it.
			expect(
				links.filter((a) => text(a).startsWith('look for an archived copy')).map((a) => attr(a, 'href')),
				path,
			).not.toContain(`https://web.archive.org/web/${data.consulted.replaceAll('-', '')}/${data.url}`);
		}
		expect(anchors(page(`/evidence/${id}/`)).some((a) => attr(a, 'href') === data.archived.url)).toBe(true);
	});

	it('offer a look-up in the Internet Archive, worded as one, where no copy is recorded', () => {
		for (const { id, data } of sources.filter(({ data }) => data.url && !data.archived)) {
			const links = anchors(page(`/sources/${id}/`));
			const original = links.find((a) => attr(a, 'href') === data.url)!;
			expect(attr(original, 'dataVersionurl')).toBeUndefined();
			// The day the earliest dated version citing it was published.
			const date = articles
				.filter(({ data }) => data.references?.some((ref: { source: string }) => ref.source === id))
				.map(({ data }) => data.date)
				.filter((day) => day !== 'undated')
				.sort()[0];
			expect(attr(original, 'dataVersiondate')).toBe(date);
			const lookup = links.find(
				(a) => attr(a, 'href') === `https://web.archive.org/web/${date.replaceAll('-', '')}/${data.url}`,
			);
			expect(lookup && text(lookup)).toMatch(
				/^look for an archived copy \(Wayback Machine, nearest to \d{1,2} \w+ \d{4}\)/,
			);
		}
	});
});

describe('the open data', () => {
	it('gives the recorded archived copy', () => {
		const data = JSON.parse(readFileSync(join(publishedDist(), 'data.json'), 'utf8'));
		const item = data.evidence.find((entry: { id: string }) => entry.id === archived.id);
		expect(item.archived).toEqual(archived.data.archived);
	});
});
