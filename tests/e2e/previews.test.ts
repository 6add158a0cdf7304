import { describe, expect, it } from 'vitest';
import { browserAvailable, openSite } from '../helpers/browser';
import { contentIds, readData } from '../helpers/content';
import { threeVersionsDist, threeVersionsFixture as fixture } from '../helpers/setup-sites';
import { verdicts } from '../../src/schemas/verdict';

/** A version of the three-version site (tests/helpers/setup-sites.ts). */
const path = `/articles/${contentIds('articles', fixture)[0]}/`;

describe.runIf(browserAvailable())('claim and source previews in Chromium', () => {
	const live = openSite(threeVersionsDist());

	async function open(options: { javaScriptEnabled?: boolean; width?: number; height?: number } = {}) {
		const { width = 1280, height = 900, ...rest } = options;
		const context = await live.browser.newContext({ viewport: { width, height }, ...rest });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(live.url + path);
		return { page, errors, card: page.locator('#preview-card'), close: () => context.close() };
	}

	it('shows a claim’s text and verdict when the pointer rests on its number, and keeps it while over the card', async () => {
		const { page, card, errors, close } = await open();
		const ref = page.locator('mark.claim-marker a.claim-ref').nth(1);
		const claimId = await ref.evaluate((el) => el.closest('mark')!.getAttribute('data-claim')!);
		const claim = readData('claims', claimId, fixture);
		await ref.hover();
		await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
		expect(await card.getAttribute('role')).toBe('tooltip');
		expect(await ref.getAttribute('aria-describedby')).toBe('preview-card');
		const shown = (await card.textContent())!.replace(/\s+/g, ' ');
		expect(shown).toContain(claim.claim.trim());
		expect(shown).toContain(verdicts[claim.verdict as keyof typeof verdicts].label);

		await card.hover();
		await page.waitForTimeout(400);
		expect(await card.isVisible()).toBe(true);
		await page.mouse.move(5, 5);
		await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(false);
		expect(await ref.getAttribute('aria-describedby')).toBeNull();
		expect(errors).toEqual([]);
		await close();
	});

	it('shows on keyboard focus and hides on Escape', async () => {
		const { page, card, close } = await open();
		for (let i = 0; i < 200; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.matches('a.claim-ref'))) break;
		}
		await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
		const box = await card.boundingBox();
		const link = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON());
		expect(box!.y).toBeGreaterThan(link.bottom - 1);
		await page.keyboard.press('Escape');
		await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(false);
		// Focus stays where it was, so reading goes on from the same place.
		expect(await page.evaluate(() => document.activeElement?.matches('a.claim-ref'))).toBe(true);
		await close();
	});

	it('shows a source’s outlet, title and date as cited for a source link', async () => {
		const { page, card, close } = await open();
		const link = page.locator('.references a[data-outlet]').first();
		const sourceId = (await link.getAttribute('href'))!.split('/').at(-2)!;
		const source = readData('sources', sourceId, fixture);
		await link.focus();
		await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
		const shown = (await card.textContent())!;
		expect(shown).toContain(source.outlet);
		expect(shown).toContain(source.title);
		expect(shown).toContain(source.date ?? 'No date given');
		await close();
	});

	it.each([1280, 375])(
		'opens above a claim number near the bottom of the screen, wholly on screen, at %ipx',
		async (width) => {
			// A screen low enough that the short article scrolls far enough to bring a number to its foot.
			const { page, card, close } = await open({ width, height: 500 });
			const refs = page.locator('.prose a.claim-ref');
			const ref = refs.nth(Math.floor((await refs.count()) / 2));
			// Bring the number to the last lines of the screen, then focus it where it is.
			await ref.evaluate((el) => {
				el.scrollIntoView({ block: 'end' });
				window.scrollBy(0, -4);
				(el as HTMLElement).focus({ preventScroll: true });
			});
			await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
			const box = (await card.boundingBox())!;
			const link = (await ref.boundingBox())!;
			const viewport = page.viewportSize()!;
			expect(link.y + link.height).toBeGreaterThan(viewport.height - 60);
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
			expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
			expect(box.y + box.height).toBeLessThanOrEqual(link.y);
			await close();
		},
	);

	it('leaves plain links and no card without JavaScript', async () => {
		const { page, card, close } = await open({ javaScriptEnabled: false });
		expect(await card.count()).toBe(0);
		await page.locator('a.claim-ref').first().focus();
		expect(await page.locator('[role="tooltip"]').count()).toBe(0);
		await close();
	});
});
