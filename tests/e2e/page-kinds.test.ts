import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';
import { axeRuleIds, axeViolations, colourRules } from '../helpers/axe';
import { browserAvailable, launchChromium } from '../helpers/browser';
import { largestOfEachKind } from '../helpers/dist';
import { serveStatic } from '../helpers/serve';

const dist = join(projectRoot, 'dist');
const screenshots = join(projectRoot, 'test-results/screenshots');

/**
 * One page of each kind the build wrote, the largest, found by walking dist/,
 * so a kind added later is checked without touching this file. Pages of one
 * kind share their template; every page is still crawled, link by link, in
 * tests/build/site.test.ts.
 */
const pages = largestOfEachKind(dist);

const widths = [
	['desktop', 1280],
	['phone', 375],
] as const;

declare global {
	interface Window {
		cspViolations: string[];
	}
}

describe.runIf(browserAvailable())('each kind of page in Chromium', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	const contexts = new Map<string, BrowserContext>();
	const rulesRun = new Set<string>();
	let axeRuns = 0;

	beforeAll(async () => {
		rmSync(screenshots, { recursive: true, force: true });
		mkdirSync(screenshots, { recursive: true });
		server = await serveStatic(join(projectRoot, 'dist'));
		browser = await launchChromium();
		for (const [name, width] of widths) {
			const context = await browser.newContext({ viewport: { width, height: 900 } });
			// Records what the page's Content-Security-Policy blocks, from the first script on.
			await context.addInitScript(() => {
				window.cspViolations = [];
				document.addEventListener('securitypolicyviolation', (event) =>
					window.cspViolations.push(
						`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
					),
				);
			});
			contexts.set(name, context);
		}
	});
	afterAll(async () => {
		console.info(
			`Browser checks: ${pages.length} kinds of page at ${widths.length} widths; ` +
				`axe: ${rulesRun.size} rules, ${axeRuns} runs`,
		);
		await browser?.close();
		await server?.close();
	});

	/** Opens `path` and records everything that goes wrong while it loads. */
	async function open(context: BrowserContext, path: string) {
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

	describe.each(widths)('at %s width', (name, width) => {
		it.each(pages)('%s', async (path) => {
			const { page, errors, status } = await open(contexts.get(name)!, path);
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
	});

	it('would notice a page that breaks these rules', async () => {
		// A page made to fail every check above, so a check that can no longer fail is caught.
		const context = contexts.get('phone')!;
		await context.route(`${server.url}/broken-on-purpose/`, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="script-src 'self'"><title>Broken</title></head>
					<body><main><h1>Broken</h1><script>console.log('inline')</script><img src="/no-such.png">
					<p style="color:#ccc;background:#fff">Faint text</p><div style="width:2000px">Too wide</div></main></body></html>`,
			}),
		);
		const { page, errors } = await open(context, '/broken-on-purpose/');
		expect(await page.evaluate(() => window.cspViolations)).toEqual([
			expect.stringMatching(/^script-src-elem blocked inline/),
		]);
		expect(errors).toContainEqual(expect.stringMatching(/404: .*\/no-such\.png/));
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
		).toBeGreaterThan(0);
		const violations = await axeViolations(page, 'broken');
		expect(violations).toContainEqual(expect.stringMatching(/^broken: color-contrast .* at p/));
		expect(violations).toContainEqual(expect.stringMatching(/^broken: image-alt .* at img/));
		await page.close();
		await context.unroute(`${server.url}/broken-on-purpose/`);
	});

	it('answers an unknown address with the 404 page and status 404', async () => {
		const { page, errors, status } = await open(contexts.get('desktop')!, '/no-such-page/');
		expect(status).toBe(404);
		expect(errors).toEqual([]);
		expect(await page.locator('h1').textContent()).toBeTruthy();
		await page.close();
	});
});
