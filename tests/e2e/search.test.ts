import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { citationSupports } from '../../src/schemas/citation-support';
import { verdicts } from '../../src/schemas/verdict';
import { SEARCHED_PAGES, searchIndexes } from '../../src/publishing/search-indexes';
import { browserAvailable, openSite } from '../helpers/browser';
import { contentIds, readData } from '../helpers/content';
import { paginatedDist, threeVersionsDist, threeVersionsFixture } from '../helpers/setup-sites';

/** The search page's results. */
const results = (page: Page) => page.locator('#search-results li');

/*
 * Search on the three-version site (tests/helpers/setup-sites.ts), whose every
 * page is about one bridge: "bridge" is on more than ten pages, "cracks" on a
 * claim's among others.
 */
describe.runIf(browserAvailable())('site search in Chromium', () => {
	const dist = threeVersionsDist();
	const live = openSite(dist);

	/** What the page loading now has fetched and reported. */
	let recording = { errors: [] as string[], fetched: [] as string[] };
	let tab: Page | undefined;
	const viewport = { viewport: { width: 1280, height: 900 } };

	/**
	 * Opens a page, recording every file it fetches and every error it reports.
	 * Pages open one after another in one tab, as a reader's would: a new tab in
	 * a new browser context for each costs as much again as the search itself.
	 * `firstVisit` opens it in a browser that has fetched nothing yet.
	 */
	async function open(path: string, { firstVisit = false } = {}) {
		const context = firstVisit ? await live.browser.newContext(viewport) : undefined;
		const page = context
			? recorded(await context.newPage())
			: (tab ??= recorded(await live.browser.newPage(viewport)));
		recording = { errors: [], fetched: [] };
		const { errors, fetched } = recording;
		await page.goto(live.url + path);
		return { page, errors, fetched, close: async () => context?.close() };
	}
	function recorded(page: Page): Page {
		page.on('pageerror', (error) => recording.errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') recording.errors.push(message.text());
		});
		page.on('request', (request) => recording.fetched.push(new URL(request.url()).pathname));
		return page;
	}

	it('finds a claim by typing "cracks" on the search page, from the keyboard', async () => {
		const { page, errors, fetched, close } = await open('/search/', { firstVisit: true });
		expect(fetched.some((path) => path.startsWith('/pagefind/'))).toBe(false);
		await page.keyboard.press('Tab'); // skip link
		await page.getByRole('searchbox', { name: /Words to find/ }).focus();
		await page.keyboard.type('cracks');
		await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
		expect(fetched.some((path) => path === '/pagefind/pagefind.js')).toBe(true);

		const hrefs = await results(page)
			.locator('h2 a')
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(hrefs.some((href) => href.startsWith('/claims/'))).toBe(true);
		await expect
			.poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 })
			.toMatch(/results? for “cracks”/);
		expect(await results(page).locator('mark').count()).toBeGreaterThan(0);

		// The first result is three Tabs away (the button, the choice of kind), and opens with Enter.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.closest('#search-results') !== null);
		expect(focused).toBe(true);
		await Promise.all([
			page.waitForURL(/\/(claims|articles|sources|topics)\//),
			page.keyboard.press('Enter'),
		]);
		expect(errors).toEqual([]);
		await close();
	});

	it('reaches every result, ten more at a time, from the keyboard', async () => {
		const { page, errors, close } = await open('/search/?q=bridge');
		await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBe(10);
		const status = page.locator('#search-status');
		const total = Number((await status.textContent())!.match(/^(\d+) results for/)![1]);
		expect(total).toBeGreaterThan(10);
		const more = page.getByRole('button', { name: 'Show more results' });
		await more.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBe(Math.min(20, total));
		// Focus lands on the 11th result, so reading goes on from there.
		const eleventh = results(page).nth(10).locator('h2 a');
		expect(await eleventh.evaluate((link) => link === document.activeElement)).toBe(true);
		for (let shown = 20; shown < total; shown += 10) {
			await more.click();
			await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBe(Math.min(shown + 10, total));
		}
		expect(await more.isVisible()).toBe(false);
		expect(await status.textContent()).toBe(`${total} results for “bridge”.`);
		expect(errors).toEqual([]);
		await close();
	});

	// "alabugx": a word Pagefind answers with every "a", the longest word of the index it starts with.
	it.each(['qwzxvbnmplk', 'alabugx', 'Bridgeqwzxv'])(
		'finds nothing for "%s", a word that appears nowhere',
		async (word) => {
			const { page, close } = await open(`/search/?q=${word}`);
			await expect
				.poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 })
				.toBe(`Nothing found for “${word}”.`);
			expect(await results(page).count()).toBe(0);
			expect(await page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(false);
			await close();
		},
	);

	it.each(['cracks', 'bridge'])(
		'keeps labels, dates and claim numbers out of the excerpts for %s',
		async (query) => {
			const { page, close } = await open(`/search/?q=${query}`);
			await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
			const excerpts = await results(page).locator('p:not(.meta)').allTextContents();
			for (const excerpt of excerpts) {
				expect(excerpt).not.toMatch(
					/Published here|last updated|Verdict on the public record|in its sidebar|sidebar entry/,
				);
				for (const { symbol } of Object.values(verdicts)) expect(excerpt).not.toContain(symbol);
			}
			await close();
		},
	);

	it('keeps the symbols of what each version cites out of the excerpts', async () => {
		const { page, close } = await open('/search/?q=citation');
		await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
		const excerpts = await results(page).locator('p:not(.meta)').allTextContents();
		const symbolThenLabel = Object.values(citationSupports).map(({ symbol, label }) => `${symbol}${label}`);
		expect(excerpts.join(' ')).toMatch(/citation/i);
		for (const excerpt of excerpts) {
			for (const run of symbolThenLabel)
				expect(excerpt.replace(/\s+/g, '')).not.toContain(run.replace(/\s+/g, ''));
		}
		await close();
	});

	/** The paths of the results shown, in their order. */
	const resultPaths = (page: Page) =>
		results(page)
			.locator('h2 a')
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

	it('never runs a definition list’s label into its value in an excerpt', async () => {
		// The labels the indexed pages use: "Outlet", "Date as cited", "Kind" and the rest.
		const labels = new Set(
			readdirSync(dist, { recursive: true, encoding: 'utf8' })
				.filter((file) => SEARCHED_PAGES.test(file))
				.flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<dt[^>]*>([^<]+)<\/dt>/g)])
				.map((match) => match[1]!.trim()),
		);
		expect([...labels]).toEqual(expect.arrayContaining(['Outlet', 'Date as cited', 'Kind']));
		// "Millbrook" is the outlet of every source and piece of evidence, in their lists of facts.
		const { page, close } = await open('/search/?q=Millbrook');
		await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
		expect(await resultPaths(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/sources\//)]));
		const excerpts = await results(page).locator('p:not(.meta)').allTextContents();
		for (const excerpt of excerpts) {
			for (const label of labels) expect(excerpt).not.toMatch(new RegExp(`${label}[\\p{Lu}\\d]`, 'u'));
			// Nor one value into the next.
			expect(excerpt).not.toMatch(/Council(No|\d)|given(No|https)/);
		}
		await close();
	});

	it('finds a claim first by a word of its own, and no page for a word only its neighbours hold', async () => {
		const { page, close } = await open('/search/?q=sailings');
		await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
		const found = await resultPaths(page);
		expect(found[0]).toBe('/claims/ferry-extra-sailings/');
		// No list of other pages is indexed: index pages end in their folder, as /claims/ does.
		for (const path of found) expect(path).toMatch(/^\/(articles|claims|sources|evidence|topics)\/[^/]+\/$/);
		// "shut" is in one version's headline, which every claim page citing that version links
		// to, and in the headline of a relay we read: those two pages hold it, the claims do not.
		await page.goto(`${live.url}/search/?q=shut`);
		await expect
			.poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 })
			.toMatch(/results? for/);
		const holding = (collection: string, prefix: string) =>
			contentIds(collection, threeVersionsFixture)
				.filter((id) => /\bshut\b/i.test(String(readData(collection, id, threeVersionsFixture).title)))
				.map((id) => `/${prefix}/${id}/`);
		const headlines = readdirSync(join(threeVersionsFixture, 'content/articles'))
			.filter((file) =>
				/^title: .*\bshut\b/im.test(
					readFileSync(join(threeVersionsFixture, 'content/articles', file), 'utf8'),
				),
			)
			.map((file) => `/articles/${file.replace(/\.md$/, '')}/`);
		expect(headlines).toEqual(['/articles/rewrite/']);
		expect((await resultPaths(page)).sort()).toEqual(
			[...headlines, ...holding('evidence', 'evidence')].sort(),
		);
		await close();
	});

	it('ranks the claim about a figure above the versions that give it', async () => {
		const { page, close } = await open('/search/?q=million');
		await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(2);
		const found = await resultPaths(page);
		expect(found[0]).toBe('/claims/repairs-cost/');
		expect(found.slice(1)).toEqual(expect.arrayContaining(['/articles/rewrite/', '/articles/scraped-page/']));
		await close();
	});

	/**
	 * The figure written in digits that the most of the fixture's claims give
	 * ("25,000" in a story about a figure; "3" in the bridge story, from "3
	 * March" and "£3 million"), and the pages of the claims whose text holds it.
	 */
	function figureOfTheClaims(): { figure: string; claims: string[] } {
		const claims = contentIds('claims', threeVersionsFixture).map((id) => ({
			path: `/claims/${id}/`,
			text: String(readData('claims', id, threeVersionsFixture).claim),
		}));
		const holds = (text: string, figure: string) =>
			new RegExp(`(?<![\\d,.])${figure.replace(/[.]/g, '\\.')}(?![\\d]|[,.]\\d)`).test(text);
		const figures = [
			...new Set(claims.flatMap(({ text }) => text.match(/\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/g) ?? [])),
		];
		const held = figures.map((figure) => ({
			figure,
			claims: claims.filter(({ text }) => holds(text, figure)).map(({ path }) => path),
		}));
		return held.sort((a, b) => b.claims.length - a.claims.length || b.figure.length - a.figure.length)[0]!;
	}

	it('finds the claims giving a figure first, and keeps to claims when asked, from the keyboard', async () => {
		const { figure, claims } = figureOfTheClaims();
		expect(claims.length).toBeGreaterThan(1);
		const { page, errors, close } = await open(`/search/?q=${encodeURIComponent(figure)}`);
		const status = page.locator('#search-status');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/results? for/);
		const total = Number((await status.textContent())!.match(/^(\d+) results? for/)![1]);
		expect(total).toBeGreaterThan(claims.length);
		const found = await resultPaths(page);
		expect(found.slice(0, claims.length).sort()).toEqual([...claims].sort());

		// The choices count the pages of each kind found, all of them together first.
		const kinds = page.getByRole('group', { name: 'Show' });
		expect(await kinds.getByRole('radio', { name: `Everything (${total})` }).isChecked()).toBe(true);
		const claimsLabel = await kinds
			.getByRole('radio', { name: /^Claims \(\d+\)$/ })
			.evaluate((radio) => (radio as HTMLInputElement).labels![0]!.textContent!);
		const claimCount = Number(claimsLabel.match(/\((\d+)\)/)![1]);
		expect(claimCount).toBeGreaterThanOrEqual(claims.length);
		expect(claimCount).toBeLessThan(total);

		// Arrow keys move through the choices, and each choice searches again.
		await kinds.getByRole('radio', { name: /^Everything/ }).focus();
		await page.keyboard.press('ArrowRight');
		const narrowed = `${claimCount} ${claimCount === 1 ? 'claim' : 'claims'} of ${total} results for “${figure}”.`;
		await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe(narrowed);
		const claimPaths = await resultPaths(page);
		expect(claimPaths).toHaveLength(Math.min(claimCount, 10));
		for (const path of claimPaths) expect(path).toMatch(/^\/claims\/[^/]+\/$/);
		expect(claimPaths).toEqual(expect.arrayContaining(claims));

		// The address names the query and the kind, so the search can be linked and opened again.
		const address = new URL(page.url());
		expect([address.searchParams.get('q'), address.searchParams.get('kind')]).toEqual([figure, 'claim']);
		await page.goto(address.href);
		await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe(narrowed);
		expect(await kinds.getByRole('radio', { name: /^Claims/ }).isChecked()).toBe(true);
		expect(await resultPaths(page)).toEqual(claimPaths);
		expect(errors).toEqual([]);
		await close();
	});

	it('runs no definition list’s label into the next word in the excerpts for a figure', async () => {
		const { figure } = figureOfTheClaims();
		const labels = new Set(
			readdirSync(dist, { recursive: true, encoding: 'utf8' })
				.filter((file) => SEARCHED_PAGES.test(file))
				.flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<dt[^>]*>([^<]+)<\/dt>/g)])
				.map((match) => match[1]!.trim()),
		);
		expect(labels.size).toBeGreaterThan(3);
		const { page, close } = await open(`/search/?q=${encodeURIComponent(figure)}`);
		await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
		const more = page.getByRole('button', { name: 'Show more results' });
		while (await more.isVisible()) await more.click();
		const excerpts = await results(page).locator('p:not(.meta)').allTextContents();
		expect(excerpts.join(' ')).toContain(figure);
		for (const excerpt of excerpts)
			for (const label of labels) expect(excerpt).not.toMatch(new RegExp(`(?<!\\p{L})${label}\\S`, 'u'));
		await close();
	});

	it('says when none of the pages found is of the kind asked for', async () => {
		// The ferry is in a claim and the version that makes it; no piece of evidence mentions it.
		const { page, close } = await open('/search/?q=ferry&kind=evidence');
		const status = page.locator('#search-status');
		await expect
			.poll(() => status.textContent(), { timeout: 10_000 })
			.toMatch(/^No pieces of evidence among \d+ results? for “ferry”\.$/);
		expect(await results(page).count()).toBe(0);
		await page.getByRole('radio', { name: /^Everything/ }).check();
		await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
		expect(new URL(page.url()).searchParams.has('kind')).toBe(false);
		await close();
	});

	it('runs the query a reader typed into the header box on another page', async () => {
		const { page, errors, close } = await open('/claims/');
		await page.getByRole('searchbox', { name: 'Search the site' }).fill('cracks');
		await Promise.all([page.waitForURL(/\/search\/\?q=cracks/), page.keyboard.press('Enter')]);
		await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
		expect(await page.getByRole('searchbox', { name: /Words to find/ }).inputValue()).toBe('cracks');
		expect(errors).toEqual([]);
		await close();
	});

	it('works under a strict Content-Security-Policy that allows only WebAssembly beyond its own scripts', async () => {
		const html = readFileSync(join(dist, 'search/index.html'), 'utf8');
		const hashes = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(
			(match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`,
		);
		// The search script is inline while it is small enough for Vite to inline, a file of its own after.
		expect(
			hashes.length + [...html.matchAll(/<script type="module" src="\/_astro\//g)].length,
		).toBeGreaterThan(0);
		// Sent as a header, so it binds Pagefind's worker too, as a host's policy would.
		const policy = [
			"default-src 'self'",
			`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
			"style-src 'self' 'unsafe-inline'",
		].join('; ');
		const context = await live.browser.newContext();
		await context.route('**/*', async (route) => {
			const response = await route.fetch();
			await route.fulfill({
				response,
				headers: { ...response.headers(), 'content-security-policy': policy },
			});
		});
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto(`${live.url}/search/?q=cracks`);
		await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
		expect(violations).toEqual([]);
		await context.close();
	});

	it('says when nothing is found', async () => {
		const { page, close } = await open('/search/?q=zyxwvutsrq');
		await expect
			.poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 })
			.toMatch(/Nothing found/);
		expect(await results(page).count()).toBe(0);
		await close();
	});
});

describe.runIf(browserAvailable())('site search over an index in parts, in Chromium', () => {
	// Built with SEARCH_PAGES_PER_INDEX=200 (tests/build/setup.ts), so its index has several parts.
	const dist = paginatedDist();
	const live = openSite(dist);

	it('finds a page of every part, each by its heading', async () => {
		const { merge } = JSON.parse(readFileSync(join(dist, 'pagefind/indexes.json'), 'utf8')) as {
			merge: string[];
		};
		const indexed = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
			SEARCHED_PAGES.test(file),
		);
		const { parts } = searchIndexes(indexed, 200);
		expect(merge).toEqual(parts.slice(1).map(({ path }) => path));
		expect(parts.length).toBeGreaterThan(2);

		const page = await live.browser.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		for (const { pages } of parts) {
			const file = pages.at(-1)!;
			const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(join(dist, file), 'utf8'))![1]!;
			const query = heading.replace(/<[^>]+>/g, ' ').replace(/&#?\w+;/g, ' ');
			await page.goto(`${live.url}/search/?q=${encodeURIComponent(query)}`);
			await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
			const hrefs = await results(page)
				.locator('h2 a')
				.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
			expect(hrefs, query).toContain(`/${file.replace(/index\.html$/, '')}`);
		}
		expect(errors).toEqual([]);
		await page.close();
	});
});
