import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './astro';
import { axeRuleIds, axeViolations, colourRules } from './axe';
import { browserAvailable, launchChromium } from './browser';
import { largestOfEachKind } from './dist';
import { serveStatic } from './serve';

/*
 * The browser checks of each kind of page, at one width. Each width has a test
 * file of its own (tests/e2e/page-kinds-*.test.ts), so the two run side by side.
 */

const dist = join(projectRoot, 'dist');
const screenshots = join(projectRoot, 'test-results/screenshots');

declare global {
	interface Window {
		cspViolations: string[];
	}
}

/** What a width's own tests get: its browser context and a way to open a page in it. */
export interface PageKindsAtWidth {
	context: () => BrowserContext;
	open: (context: BrowserContext, path: string) => Promise<Opened>;
	serverUrl: () => string;
}
interface Opened {
	page: import('playwright-core').Page;
	errors: string[];
	status: number | undefined;
}

/**
 * Checks one page of each kind the build wrote, the largest, found by walking
 * dist/, so a kind added later is checked without touching the tests. Pages of
 * one kind share their template; every page is still crawled, link by link, in
 * tests/build/site.test.ts. `more` adds tests that use the same browser.
 */
export function describePageKinds(name: string, width: number, more: (at: PageKindsAtWidth) => void) {
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
			browser = await launchChromium();
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

		/** Opens `path` and records everything that goes wrong while it loads. */
		async function open(context: BrowserContext, path: string): Promise<Opened> {
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('console', (message) => {
				// A 404 page reports its own status as an error; that one is expected.
				const isOwnStatus =
					message.location().url === server.url + path && /status of 404/.test(message.text());
				if (message.type() === 'error' && !isOwnStatus) errors.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
			page.on('requestfailed', (request) =>
				errors.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
			);
			page.on('response', (response) => {
				if (response.status() >= 400 && response.url() !== server.url + path) {
					errors.push(`${response.status()}: ${response.url()}`);
				}
			});
			const response = await page.goto(server.url + path, { waitUntil: 'load' });
			return { page, errors, status: response?.status() };
		}

		it.each(pages)('%s', async (path) => {
			const { page, errors, status } = await open(context, path);
			try {
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

				for (const link of await page.locator('a.external').all()) {
					const glyph = await link.evaluate((el) => getComputedStyle(el, '::after').content);
					expect.soft(glyph, 'external-link glyph').toContain('↗');
				}

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
			} finally {
				await page.close();
			}
		});

		more({ context: () => context, open, serverUrl: () => server.url });
	});
}
