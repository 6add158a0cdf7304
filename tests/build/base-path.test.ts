import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, connectChromium } from '../helpers/browser';
import { byTag, links, type Page, builtSite, select } from '../helpers/dist';
import { published, publishedDist, publishedHome, servePublished } from '../helpers/fixture-site';
import { landing, publishedUrls } from '../helpers/published';

/** The fixture site built to be served under a sub-path, as on GitHub Pages (tests/helpers/fixture-site.ts). */
describe('a build under a sub-path', () => {
	const base = published.BASE_PATH;
	const home = publishedHome;
	let dist: string;
	let site: Map<string, Page>;

	beforeAll(() => {
		dist = publishedDist();
		site = builtSite(dist);
	});

	it('puts the base path in front of every internal link and asset', () => {
		const outside: string[] = [];
		for (const [path, page] of site) {
			const urls = [
				...links(page),
				...select(page.tree, byTag('link')).map((el) => String(el.properties.href)),
				...select(page.tree, byTag('script')).flatMap((el) =>
					el.properties.src ? [String(el.properties.src)] : [],
				),
				...select(page.tree, byTag('form')).map((el) => String(el.properties.action)),
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
			expect(canonical?.properties.href, path).toBe(new URL(`${home}${path.slice(1)}`).href);
		}
	});

	it('publishes the feed, sitemap, robots.txt, open data and structured data under the base', () => {
		const urlsOf = publishedUrls(dist, site);
		const wrong: string[] = [];
		for (const [where, urls] of Object.entries(urlsOf)) {
			expect(urls.length, where).toBeGreaterThan(0);
			for (const url of urls) {
				// Addresses of cited sources are the only URLs allowed off this site.
				if (!url.startsWith(published.SITE_URL)) continue;
				const target = landing(dist, site, home, url);
				if (!target?.exists || !target.fragmentFound) wrong.push(`${where}: ${url}`);
			}
		}
		expect(wrong).toEqual([]);
		expect(urlsOf.robots).toEqual([`${home}sitemap-index.xml`]);
	});

	describe.runIf(browserAvailable())('searched in Chromium', () => {
		let server: Awaited<ReturnType<typeof servePublished>>;

		beforeAll(async () => {
			server = await servePublished();
		});
		afterAll(async () => {
			await server?.close();
		});

		it('loads the index from under the base and links results there', async () => {
			const browser = await connectChromium();
			try {
				const page = await browser.newPage();
				const failed: string[] = [];
				page.on('requestfailed', (request) => failed.push(request.url()));
				page.on('response', (response) => response.status() >= 400 && failed.push(response.url()));
				await page.goto(`${server.url}search/?q=crane`);
				const results = page.locator('#search-results li h2 a');
				await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
				const hrefs = await results.evaluateAll((found) =>
					found.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
				);
				expect(hrefs.every((href) => href.startsWith(`${base}`))).toBe(true);
				expect(hrefs.some((href) => href.startsWith(`${base}claims/`))).toBe(true);
				expect(failed).toEqual([]);
			} finally {
				await browser.close();
			}
		});
	});
});
