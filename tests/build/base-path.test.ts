import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject } from '../helpers/astro';
import { byTag, links, type Page, readSite, select } from '../helpers/dist';

/** The same site built to be served under a sub-path, as on GitHub Pages. */
describe('a build under a sub-path', () => {
	const base = '/analysis/';
	const project = copyProject();
	let site: Map<string, Page>;

	beforeAll(() => {
		const { status, output } = astroBuild(project.dir, { SITE_URL: 'https://example.org', BASE_PATH: base });
		expect(status, output).toBe(0);
		site = readSite(join(project.dir, 'dist'));
	});
	afterAll(() => project.remove());

	it('puts the base path in front of every internal link and asset', () => {
		const outside: string[] = [];
		for (const [path, page] of site) {
			const urls = [
				...links(page),
				...select(page.tree, byTag('link')).map((el) => String(el.properties.href)),
				...select(page.tree, byTag('script')).flatMap((el) =>
					el.properties.src ? [String(el.properties.src)] : [],
				),
			];
			for (const url of urls) {
				if (url.startsWith('#') || /^[a-z]+:/.test(url)) continue;
				if (!url.startsWith(base)) outside.push(`${path}: ${url}`);
			}
		}
		expect(outside).toEqual([]);
	});

	it('gives every page a canonical URL on the configured site and base', () => {
		for (const [path, page] of site) {
			if (path === '/404.html') continue;
			const canonical = select(
				page.tree,
				(el) => el.tagName === 'link' && String(el.properties.rel) === 'canonical',
			)[0];
			expect(canonical?.properties.href, path).toBe(`https://example.org${base}${path.slice(1)}`);
		}
	});
});
