import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';
import { axeRuleIds, axeViolations, colourRules } from '../helpers/axe';
import { browserAvailable, connectChromium } from '../helpers/browser';
import { largestOfEachKind } from '../helpers/dist';
import { serveStatic } from '../helpers/serve';
import { threeVersionsDist } from '../helpers/setup-sites';

/*
 * The browser checks of each kind of page, at desktop and at phone width, on
 * the three-version site (tests/helpers/setup-sites.ts), which has every kind
 * of page a real story has, the pages comparing two of its versions among them.
 * One server and one browser for both widths; each width has a context of its own.
 */

const dist = threeVersionsDist();
const screenshots = join(projectRoot, 'test-results/screenshots');

declare global {
	interface Window {
		cspViolations: string[];
	}
}

interface Opened {
	page: Page;
	errors: string[];
	status: number | undefined;
}

/**
 * One page of each kind the build wrote, the largest, found by walking dist/,
 * so a kind added later is checked without touching the tests. Pages of one
 * kind share their template; every page of the published fixture site is
 * crawled, link by link, in tests/build/site.test.ts.
 */
const pages = largestOfEachKind(dist);

describe.runIf(browserAvailable())('each kind of page in Chromium', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	const rulesRun = new Set<string>();
	let axeRuns = 0;

	beforeAll(async () => {
		// Only this file's pictures: other files put theirs beside them.
		mkdirSync(screenshots, { recursive: true });
		for (const file of readdirSync(screenshots).filter((file) => /^(desktop|phone)/.test(file)))
			rmSync(join(screenshots, file), { force: true });
		server = await serveStatic(dist);
		browser = await connectChromium();
	});
	afterAll(async () => {
		console.info(
			`Browser checks: ${pages.length} kinds of page at 2 widths; axe: ${rulesRun.size} rules, ${axeRuns} runs`,
		);
		await browser?.close();
		await server?.close();
	});

	/**
	 * The checks at one width, in one context and one tab; `more` adds tests
	 * that use them. Each page is a new document in the same tab, in the light
	 * scheme a new tab starts in: a new tab for every page would cost the browser
	 * about as much again as the checks themselves.
	 */
	function atWidth(
		name: string,
		width: number,
		more: (at: { context: () => BrowserContext; open: (path: string) => Promise<Opened> }) => void,
	) {
		describe(`at ${name} width`, () => {
			let context: BrowserContext;
			/** The width's one tab, and what it is loading now: its path, and where its errors go. */
			let tab: Page | undefined;
			let loading = { path: '', errors: [] as string[] };

			beforeAll(async () => {
				context = await browser.newContext({ viewport: { width, height: 900 } });
				// Records what the page's Content-Security-Policy blocks, from the first script on.
				await context.addInitScript(() => {
					window.cspViolations = [];
					document.addEventListener('securitypolicyviolation', (event) =>
						window.cspViolations.push(
							`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
						),
					);
				});
			});
			afterAll(async () => {
				await context?.close();
			});

			/** Opens `path` in the width's one tab and records everything that goes wrong while it loads. */
			async function open(path: string): Promise<Opened> {
				tab ??= await newTab();
				loading = { path, errors: [] };
				await tab.emulateMedia({ colorScheme: 'light' });
				const response = await tab.goto(server.url + path, { waitUntil: 'load' });
				return { page: tab, errors: loading.errors, status: response?.status() };
			}

			async function newTab(): Promise<Page> {
				const page = await context.newPage();
				const report = (error: string) => loading.errors.push(error);
				page.on('console', (message) => {
					// A 404 page reports its own status as an error; that one is expected.
					const isOwnStatus =
						message.location().url === server.url + loading.path && /status of 404/.test(message.text());
					if (message.type() === 'error' && !isOwnStatus) report(`console: ${message.text()}`);
				});
				page.on('pageerror', (error) => report(`page error: ${error.message}`));
				page.on('requestfailed', (request) =>
					report(`failed: ${request.url()} ${request.failure()?.errorText}`),
				);
				page.on('response', (response) => {
					if (response.status() >= 400 && response.url() !== server.url + loading.path) {
						report(`${response.status()}: ${response.url()}`);
					}
				});
				return page;
			}

			it.each(pages)('%s', async (path) => {
				const { page, errors, status } = await open(path);
				expect.soft(status, 'HTTP status').toBe(200);
				expect.soft(errors, 'console errors and failed requests').toEqual([]);
				expect.soft(await page.evaluate(() => window.cspViolations), 'CSP violations').toEqual([]);

				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect.soft(overflow, 'horizontal scrolling (px)').toBeLessThanOrEqual(0);

				for (const aside of await page.locator('aside').all()) {
					await aside.scrollIntoViewIfNeeded();
					expect.soft(await aside.isVisible(), 'sidebar visible').toBe(true);
					const box = await aside.boundingBox();
					expect
						.soft(box && box.x >= 0 && box.x + box.width <= width, 'sidebar within the screen')
						.toBe(true);
				}

				const glyphs = await page
					.locator('a.external')
					.evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));
				for (const glyph of glyphs) expect.soft(glyph, 'external-link glyph').toContain('↗');

				// Full-page pictures of each kind, to look at; they check nothing, so only when asked for.
				const screenshot = async (scheme: string) => {
					if (!process.env.SCREENSHOTS) return;
					await page.screenshot({
						path: join(
							screenshots,
							`${name}${scheme}${path.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/-$/, '') || '-home'}.png`,
						),
						fullPage: true,
					});
				};
				await screenshot('');

				// In dark only the colour rules run again, since the markup does not change with the scheme.
				if (rulesRun.size === 0) for (const id of await axeRuleIds(page)) rulesRun.add(id);
				await page.emulateMedia({ colorScheme: 'light' });
				const violations = await axeViolations(page, `${path} (${name}, light)`);
				await page.emulateMedia({ colorScheme: 'dark' });
				violations.push(...(await axeViolations(page, `${path} (${name}, dark)`, colourRules)));
				await screenshot('-dark');
				axeRuns += 2;
				expect.soft(violations, `axe violations:\n${violations.join('\n')}`).toEqual([]);
			});

			more({ context: () => context, open });
		});
	}

	atWidth('desktop', 1280, ({ open }) => {
		it('answers an unknown address with the 404 page and status 404', async () => {
			const { page, errors, status } = await open('/no-such-page/');
			expect(status).toBe(404);
			expect(errors).toEqual([]);
			expect(await page.locator('h1').textContent()).toBeTruthy();
		});
	});

	atWidth('phone', 375, ({ context, open }) => {
		it('would notice a page that breaks these rules', async () => {
			// A page made to fail every check above, so a check that can no longer fail is caught. Its last
			// faint text is in a section laid out only when scrolled to, which axe must still check.
			const url = `${server.url}/broken-on-purpose/`;
			await context().route(url, (route) =>
				route.fulfill({
					contentType: 'text/html',
					body: `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="script-src 'self'"><title>Broken</title></head>
					<body><main><h1>Broken</h1><script>console.log('inline')</script><img src="/no-such.png">
					<p style="color:#ccc;background:#fff">Faint text</p><div style="width:2000px">Too wide</div>
					<div style="height:3000px"></div><section style="content-visibility:auto;contain-intrinsic-size:auto 50rem">
					<div style="height:1500px"></div><p id="faint-below" style="color:#ccc;background:#fff">Faint text, laid out only
					when scrolled to</p></section><div style="height:2000px;background:#fff"></div></main></body></html>`,
				}),
			);
			const { page, errors } = await open('/broken-on-purpose/');
			expect(await page.evaluate(() => window.cspViolations)).toEqual([
				expect.stringMatching(/^script-src-elem blocked inline/),
			]);
			expect(errors).toContainEqual(expect.stringMatching(/404: .*\/no-such\.png/));
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
			).toBeGreaterThan(0);
			const violations = await axeViolations(page, 'broken');
			expect(violations).toContainEqual(expect.stringMatching(/^broken: color-contrast .* at main > p/));
			expect(violations).toContainEqual(expect.stringMatching(/^broken: image-alt .* at img/));
			expect(violations).toContainEqual(expect.stringMatching(/^broken: color-contrast .* at #faint-below/));
			await context().unroute(url);
		});
	});
});
