import { beforeAll, describe, expect, it } from 'vitest';
import { PER_PAGE } from '../../src/consts';
import { measurePage, pageBudget } from '../../scripts/bench/page-weight';
import { brokenLinks, byTag, links, readSite, select, type Page } from '../helpers/dist';
import { paginatedCorpus, paginatedDist } from '../helpers/setup-sites';

/*
 * The real content fits each index on one page; the generated site the setup
 * builds (tests/helpers/setup-sites.ts) does not. Its indexes must list every entry exactly once across
 * their pages, link the pages both ways, and keep each page within the budget.
 * Their HTML is checked with the other sites' in html-validity.test.ts.
 */

const { counts } = paginatedCorpus();
let dist: string;
let site: Map<string, Page>;

beforeAll(() => {
	dist = paginatedDist();
	site = readSite(dist);
});

/** The pages of an index, in order: `/claims/`, `/claims/page/2/`, … */
function pagesOf(index: string): string[] {
	const later = [...site.keys()]
		.filter((path) => path.startsWith(`/${index}/page/`) && /\/page\/\d+\/$/.test(path))
		.sort((a, b) => Number(a.split('/').at(-2)) - Number(b.split('/').at(-2)));
	return [`/${index}/`, ...later];
}

/** The detail pages an index page links to, from its main content. */
function listed(path: string, detail: string): string[] {
	const main = select(site.get(path)!.tree, byTag('main'))[0]!;
	return links(main).filter((link) => new RegExp(`^/${detail}/(?!page/\\d)[^/]+/$`).test(link));
}

describe('indexes too long for one page', () => {
	it.each([
		['articles', 'articles', counts.articles],
		['claims', 'claims', counts.claims],
		['sources', 'sources', counts.sources],
	])('/%s/ lists every entry once across its pages', (index, detail, total) => {
		const pages = pagesOf(index);
		expect(pages.length).toBeGreaterThan(1);
		const all = pages.flatMap((path) => [...new Set(listed(path, detail))]);
		expect(all).toHaveLength(total);
		expect(new Set(all).size).toBe(total);
	});

	it('link each page to the next and the previous, and mark the current one', () => {
		for (const index of ['articles', 'claims', 'sources']) {
			const pages = pagesOf(index);
			pages.forEach((path, i) => {
				const nav = select(site.get(path)!.tree, byTag('nav')).filter((el) =>
					String(el.properties.ariaLabel).startsWith('Pages of'),
				);
				expect(nav, path).toHaveLength(2);
				const rel = (name: string) =>
					select(nav[0]!, (el) => el.tagName === 'a' && String(el.properties.rel) === name).map(
						(el) => el.properties.href,
					);
				expect(rel('next'), path).toEqual(i + 1 < pages.length ? [pages[i + 1]] : []);
				expect(rel('prev'), path).toEqual(i > 0 ? [pages[i - 1]] : []);
				const current = select(nav[0]!, (el) => el.properties.ariaCurrent === 'page');
				expect(
					current.map((el) => el.properties.href),
					path,
				).toEqual([path]);
			});
		}
		expect(brokenLinks(site)).toEqual([]);
	});

	it('has the home page show the first stories and link to all of them', () => {
		const main = select(site.get('/')!.tree, byTag('main'))[0]!;
		const stories = select(main, (el) => el.tagName === 'li' && select(el, byTag('h3')).length > 0);
		expect(counts.stories).toBeGreaterThan(PER_PAGE.stories);
		expect(stories).toHaveLength(PER_PAGE.stories);
		expect(links(main)).toContain('/articles/');
	});

	it('keeps the home page and every index page within the page-weight budget', () => {
		const heavy = ['/', ...['articles', 'claims', 'sources', 'topics'].flatMap(pagesOf)]
			.map((path) => measurePage(dist, path))
			.filter((weight) => weight.total.all > pageBudget.allIn)
			.map((weight) => `${weight.path}: ${weight.total.all} bytes`);
		expect(heavy).toEqual([]);
	});
});
