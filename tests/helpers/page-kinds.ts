import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './astro';
import { axeRuleIds, axeViolations, colourRules } from './axe';
import { browserAvailable, connectChromium } from './browser';
import { largestOfEachKind } from './dist';
import { serveStatic } from './serve';
import { threeVersionsDist } from './setup-sites';

/*
 * The browser checks of each kind of page of the three-version site
 * (./setup-sites.ts), which has every kind of page a real story has, the pages
 * comparing two of its versions among them, at one width. Each width has a
 * test file of its own (tests/e2e/page-kinds-*.test.ts), so the two run side
 * by side, in the run's one Chromium.
 */
const screenshots = join(projectRoot, 'test-results/screenshots');

declare global {
	interface Window {
		cspViolations: string[];
	}
}

/** What a width's own tests get: its browser context and a way to open a page in its tab. */
export interface PageKindsAtWidth {
	context: () => BrowserContext;
	open: (path: string) => Promise<Opened>;
	serverUrl: () => string;
}
interface Opened {
	page: Page;
	errors: string[];
	status: number | undefined;
}

/**
 * Checks one page of each kind the build wrote, the largest, found by walking
 * dist/, so a kind added later is checked without touching the tests. Pages of
 * one kind share their template; every page of the fixture site is crawled,
 * link by link, in tests/build/site.test.ts. `more` adds tests that use the
 * same browser.
 */
export function describePageKinds(name: string, width: number, more: (at: PageKindsAtWidth) => void) {
	const dist = threeVersionsDist();
	const pages = largestOfEachKind(dist);

	describe.runIf(browserAvailable())(`each kind of page in Chromium at ${name} width`, () => {
		let browser: Browser;
		let server: Awaited<ReturnType<typeof serveStatic>>;
		let context: BrowserContext;
		const rulesRun = new Set<string>();
		let axeRuns = 0;

		beforeAll(async () => {
			// Only this width's pictures: the other width's file runs at the same time.
			mkdirSync(screenshots, { recursive: true });
			for (const file of readdirSync(screenshots).filter((file) => file.startsWith(name)))
				rmSync(join(screenshots, file), { force: true });
			server = await serveStatic(dist);
			browser = await connectChromium();
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
			console.info(
				`Browser checks: ${pages.length} kinds of page at ${name} width; ` +
					`axe: ${rulesRun.size} rules, ${axeRuns} runs`,
			);
			await browser?.close();
			await server?.close();
		});

		/** The width's one tab, and what it is loading now: its path, and where its errors go. */
		let tab: Page | undefined;
		let loading = { path: '', errors: [] as string[] };

		/**
		 * Opens `path` in the width's one tab and records everything that goes wrong
		 * while it loads. Each page is a new document in the same tab, in the light
		 * scheme a new tab starts in: a new tab for every page would cost the
		 * browser about as much again as the checks themselves.
		 */
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
				expect.soft(box && box.x >= 0 && box.x + box.width <= width, 'sidebar within the screen').toBe(true);
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

		more({ context: () => context, open, serverUrl: () => server.url });
	});
}
