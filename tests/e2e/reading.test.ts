import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, openSite } from '../helpers/browser';
import { claimOrder, contentIds, readArticle } from '../helpers/content';
import { threeVersionsDist, threeVersionsFixture as fixture } from '../helpers/setup-sites';

/**
 * The version of the three-version site (tests/helpers/setup-sites.ts) with
 * the most marked passages: every article page reads the same way, so one
 * (the richest) is read here; every page's links are crawled in
 * tests/build/site.test.ts.
 */
const articleIds = [
	contentIds('articles', fixture).reduce((most, id) =>
		readArticle(id, fixture).markedClaims.length > readArticle(most, fixture).markedClaims.length ? id : most,
	),
];
const widths = [1280, 375];

describe.runIf(browserAvailable())('reading the site in Chromium', () => {
	const live = openSite(threeVersionsDist());

	async function open(path: string, width: number, options: { javaScriptEnabled?: boolean } = {}) {
		const context = await live.browser.newContext({ viewport: { width, height: 900 }, ...options });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (message) => {
			// The browser reports the 404 page's own status as an error; that one is expected.
			const isOwnStatus = message.location().url === live.url + path && /status of 404/.test(message.text());
			if (message.type() === 'error' && !isOwnStatus) errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		const response = await page.goto(live.url + path);
		return { page, errors, status: response?.status(), close: () => context.close() };
	}

	describe.each(articleIds)('article %s', (id) => {
		const path = `/articles/${id}/`;

		it('goes from a marker to its sidebar entry and back, by mouse', async () => {
			const { page, close } = await open(path, 1280);
			const marker = page.locator('mark.claim-marker').nth(2);
			const passageId = await marker.getAttribute('id');
			const claimId = await marker.getAttribute('data-claim');
			await marker.locator('a.claim-ref').click();
			await expect.poll(() => new URL(page.url()).hash).toBe(`#claim-${claimId}`);
			const entry = page.locator(`[id="claim-${claimId}"]`);
			await expect.poll(() => entry.evaluate((el) => el.matches(':target'))).toBe(true);
			expect(await inViewport(page, `claim-${claimId}`)).toBe(true);

			await entry.locator(`a[href="#${passageId}"]`).click();
			await expect.poll(() => new URL(page.url()).hash).toBe(`#${passageId}`);
			expect(await inViewport(page, passageId!)).toBe(true);
			await close();
		});

		it('goes from a marker to its sidebar entry and back, by keyboard alone', async () => {
			const { page, close } = await open(path, 1280);
			const focused = () =>
				page.evaluate(() => ({
					href: document.activeElement?.getAttribute('href') ?? '',
					isRef: document.activeElement?.classList.contains('claim-ref') ?? false,
					outline: getComputedStyle(document.activeElement!).outlineStyle,
					entry: document.activeElement?.closest('li.entry')?.id ?? '',
					passage: document.activeElement?.closest('mark.claim-marker')?.id ?? '',
				}));
			await tabUntil(page, async () => (await focused()).isRef);
			const { href, outline } = await focused();
			expect(outline).not.toBe('none');
			await page.keyboard.press('Enter');
			await expect.poll(() => new URL(page.url()).hash).toBe(href);
			// The next Tab continues from the entry the reader jumped to, not from the top.
			await page.keyboard.press('Tab');
			expect((await focused()).entry).toBe(href.slice(1));

			await tabUntil(page, async () => (await focused()).href.startsWith('#passage-'));
			const back = (await focused()).href;
			expect((await focused()).entry).toBe(href.slice(1));
			await page.keyboard.press('Enter');
			await expect.poll(() => new URL(page.url()).hash).toBe(back);
			expect(await inViewport(page, back.slice(1))).toBe(true);
			// …and from the passage the reader came back to.
			await page.keyboard.press('Tab');
			expect((await focused()).passage).toBe(back.slice(1));
			await close();
		});

		it('keeps the sidebar in view beside the text on a wide screen', async () => {
			const { page, close } = await open(path, 1280);
			await page.locator('mark.claim-marker').last().scrollIntoViewIfNeeded();
			const box = await page.locator('aside.sidebar').boundingBox();
			expect(box!.y).toBeGreaterThanOrEqual(0);
			expect(box!.y).toBeLessThan(900);
			expect(box!.x).toBeGreaterThan(640);
			await close();
		});

		it('puts the sidebar after the text on a phone, one link away', async () => {
			const { page, close } = await open(path, 375);
			const text = await page.locator('.prose').boundingBox();
			const sidebar = await page.locator('aside.sidebar').boundingBox();
			expect(sidebar!.y).toBeGreaterThan(text!.y + text!.height);
			await page.getByRole('link', { name: /Jump to the \d+ claims/ }).click();
			expect(await inViewport(page, 'claims-heading')).toBe(true);
			await close();
		});

		it.each(widths)('shows the claims of one verdict, and every claim again, at %s px', async (width) => {
			const { page, errors, close } = await open(path, width);
			const entries = page.locator('aside.sidebar li.entry');
			const verdicts = await entries.evaluateAll((els) =>
				els.map((el) => (el as HTMLElement).dataset.verdict!),
			);
			const fewest = [...new Set(verdicts)].sort(
				(a, b) => verdicts.filter((s) => s === a).length - verdicts.filter((s) => s === b).length,
			)[0]!;
			const filter = page.getByRole('group', { name: 'Show claims' });
			const button = filter.locator(`button[data-verdict="${fewest}"]`);
			// From the keyboard: the filter's buttons are ordinary buttons.
			await button.focus();
			await page.keyboard.press('Space');
			expect(await button.getAttribute('aria-pressed')).toBe('true');
			const shown = await entries.evaluateAll((els) =>
				els.filter((el) => !(el as HTMLElement).hidden).map((el) => (el as HTMLElement).dataset.verdict),
			);
			expect(shown).toEqual(verdicts.filter((verdict) => verdict === fewest));
			expect(await filter.getByRole('status').textContent()).toBe(
				`Showing ${shown.length} of ${verdicts.length} claims`,
			);

			// In the text, only the passages of the claims shown keep their verdict's line; the others share one muted line.
			const highlighted = () =>
				page
					.locator('mark.claim-marker')
					.evaluateAll((marks) =>
						marks.map(
							(mark) =>
								[
									document.getElementById(`claim-${mark.getAttribute('data-claim')}`)?.dataset.verdict,
									!mark.classList.contains('outside-filter'),
									getComputedStyle(mark).textDecorationColor,
								] as const,
						),
					);
			const passages = await highlighted();
			for (const [verdict, lit] of passages) expect(lit).toBe(verdict === fewest);
			const muted = new Set(passages.filter(([, lit]) => !lit).map(([, , colour]) => colour));
			expect(muted.size).toBe(1);
			for (const [verdict, lit, colour] of passages) if (lit) expect(muted.has(colour), verdict).toBe(false);

			await filter.getByRole('button', { name: /^All/ }).click();
			expect(await entries.evaluateAll((els) => els.filter((el) => !(el as HTMLElement).hidden).length)).toBe(
				verdicts.length,
			);
			expect(await button.getAttribute('aria-pressed')).toBe('false');
			expect((await highlighted()).every(([, lit]) => lit)).toBe(true);
			expect(errors).toEqual([]);
			await close();
		});

		it('highlights and reveals the entry of the passage being read, at 1280 px', async () => {
			const { page, errors, close } = await open(path, 1280);
			const marks = page.locator('.prose mark.claim-marker');
			const late = marks.nth((await marks.count()) - 1);
			const claimId = await late.getAttribute('data-claim');
			// Bring its first line above the reading line (a third of the way down the screen),
			// or as near as the page goes: to its end.
			await late.evaluate((el) => {
				const target = scrollY + el.getBoundingClientRect().top - innerHeight * 0.25;
				scrollTo(0, Math.min(target, document.documentElement.scrollHeight - innerHeight));
			});
			const entry = page.locator(`[id="claim-${claimId}"]`);
			await expect
				.poll(() => entry.evaluate((el) => el.classList.contains('reading')), { timeout: 5000 })
				.toBe(true);
			expect(await page.locator('.entry.reading').count()).toBe(1);
			// Brought into the sidebar's view, and the sidebar is on screen.
			await expect
				.poll(
					() =>
						entry.evaluate((el) => {
							const box = el.getBoundingClientRect();
							const list = el.closest('aside')!.getBoundingClientRect();
							return box.top >= list.top - 1 && box.top < Math.min(list.bottom, window.innerHeight);
						}),
					{ timeout: 5000 },
				)
				.toBe(true);
			// Compact: the verdict and who makes it show; the rest waits behind its summary.
			expect(await entry.locator('.verdict').isVisible()).toBe(true);
			expect(await entry.locator('details.more > dl').isVisible()).toBe(false);
			await entry.locator('details.more summary').click();
			expect(await entry.locator('details.more > dl').isVisible()).toBe(true);
			expect(errors).toEqual([]);
			await close();
		});

		it('opens the sidebar at its heading and filter, and follows the reading once the page scrolls, at 1280 px', async () => {
			const { page, errors, close } = await open(path, 1280);
			await settle(page);
			const heading = page.locator('#claims-heading');
			const filter = page.getByRole('group', { name: 'Show claims' });
			expect(await inSidebarView(heading)).toBe(true);
			expect(await inSidebarView(filter)).toBe(true);

			const marks = page.locator('.prose mark.claim-marker');
			const late = marks.nth((await marks.count()) - 1);
			const entry = page.locator(`[id="claim-${await late.getAttribute('data-claim')}"]`);
			expect(await inSidebarView(entry)).toBe(false);
			await late.evaluate((el) => {
				const target = scrollY + el.getBoundingClientRect().top - innerHeight * 0.25;
				scrollTo(0, Math.min(target, document.documentElement.scrollHeight - innerHeight));
			});
			await expect.poll(() => inSidebarView(entry), { timeout: 5000 }).toBe(true);
			expect(await inSidebarView(heading)).toBe(false);
			expect(errors).toEqual([]);
			await close();
		});

		// The browser puts the page where the address leads; following the reading from there would carry
		// the sidebar to the entry of whatever passage then sits at the reading line.
		it.each([
			['a passage of the text, at its entry', 'passage'],
			['the last entry, there', 'entry'],
			['its heading, at its heading and filter', 'heading'],
		])('opens the sidebar, at an address leading to %s, at 1280 px', async (_, kind) => {
			const { page: first, close: closeFirst } = await open(path, 1280);
			const marks = first.locator('.prose mark.claim-marker');
			const middle = marks.nth(Math.floor((await marks.count()) / 2));
			const passage = { id: await middle.getAttribute('id'), claim: await middle.getAttribute('data-claim') };
			const lastEntry = await first.locator('aside.sidebar li.entry').last().getAttribute('id');
			await closeFirst();

			const target = { passage: passage.id, entry: lastEntry, heading: 'claims-heading' }[kind];
			const { page, errors, close } = await open(`${path}#${target}`, 1280);
			await settle(page);
			if (kind === 'passage') {
				const entry = page.locator(`[id="claim-${passage.claim}"]`);
				expect(await inSidebarView(entry)).toBe(true);
				expect(await entry.evaluate((el) => el.classList.contains('reading'))).toBe(true);
			} else {
				expect(await inSidebarView(page.locator(`[id="${target}"]`))).toBe(true);
			}
			if (kind === 'heading')
				expect(await inSidebarView(page.getByRole('group', { name: 'Show claims' }))).toBe(true);
			expect(errors).toEqual([]);
			await close();
		});

		it('shows every entry whole below the text at 375 px, with no highlight following the reading', async () => {
			const { page, close } = await open(path, 375);
			const entry = page.locator('aside.sidebar li.entry').first();
			await entry.scrollIntoViewIfNeeded();
			expect(await entry.locator('details.more > dl').isVisible()).toBe(true);
			expect(await entry.locator('details.more summary').isVisible()).toBe(false);
			await page.locator('.prose mark.claim-marker').last().scrollIntoViewIfNeeded();
			await page.waitForTimeout(300);
			expect(await page.locator('.entry.reading').count()).toBe(0);
			await close();
		});

		it('never starts a line with a claim number or the punctuation after it, at phone widths', async () => {
			const { page, close } = await open(path, 320);
			const starts: string[] = [];
			// Every width from 320 to 420 px moves each line's end across a few words.
			for (let width = 320; width <= 420; width += 4) {
				await page.setViewportSize({ width, height: 900 });
				starts.push(
					...(await page.evaluate((at) => {
						/** The box of a text's character at `index`. */
						const charBox = (text: Text, index: number) => {
							const range = document.createRange();
							range.setStart(text, index);
							range.setEnd(text, index + 1);
							return range.getBoundingClientRect();
						};
						const found: string[] = [];
						for (const ref of document.querySelectorAll<HTMLElement>('article a.claim-ref')) {
							const number = ref.getBoundingClientRect();
							const walker = document.createTreeWalker(ref.closest('mark')!, NodeFilter.SHOW_TEXT);
							let before: Text | undefined;
							while (walker.nextNode() && !ref.contains(walker.currentNode))
								before = walker.currentNode as Text;
							const after = ref.closest('mark')!.nextSibling;
							const word =
								before && before.data.trimEnd().length > 0
									? charBox(before, before.data.trimEnd().length - 1)
									: undefined;
							const mark = after instanceof Text && /^[^\s]/.test(after.data) ? charBox(after, 0) : undefined;
							// A line starts below the last one's bottom: boxes that overlap share a line.
							if (word && number.top >= word.bottom)
								found.push(`${at} px: number ${ref.textContent} starts a line`);
							if (mark && mark.top >= number.bottom)
								found.push(
									`${at} px: "${after!.textContent![0]}" after number ${ref.textContent} starts a line`,
								);
						}
						return found;
					}, width)),
				);
			}
			expect(starts).toEqual([]);
			await close();
		});

		it('leads from a claim number to its entry even when the filter hides it', async () => {
			const { page, close } = await open(path, 1280);
			const marker = page.locator('mark.claim-marker').first();
			const claimId = await marker.getAttribute('data-claim');
			const entry = page.locator(`[id="claim-${claimId}"]`);
			const verdict = await entry.getAttribute('data-verdict');
			const other = page.locator(
				`[data-claim-filter] button[data-verdict]:not([data-verdict="${verdict}"], [data-verdict=""])`,
			);
			await other.first().click();
			expect(await entry.isHidden()).toBe(true);

			await marker.locator('a.claim-ref').click();
			await expect.poll(() => new URL(page.url()).hash).toBe(`#claim-${claimId}`);
			expect(await entry.isVisible()).toBe(true);
			expect(await inViewport(page, `claim-${claimId}`)).toBe(true);
			await close();
		});

		it.each(widths)('reads the same with JavaScript turned off, at %s px', async (width) => {
			const { page, errors, close } = await open(path, width, { javaScriptEnabled: false });
			expect(errors).toEqual([]);
			const { data, markedClaims } = readArticle(id, fixture);
			// The headline lines' claims are marked too, before the text's.
			const made = claimOrder(data, markedClaims);
			// Nothing of the text or the sidebar is left hidden, waiting for a script; beside
			// the text the entries' details wait behind their summaries, which open without one.
			const summary = page.locator('aside.sidebar details.more summary').first();
			if (await summary.isVisible()) await summary.click();
			expect(await page.locator('aside.sidebar details.more dl').first().isVisible()).toBe(true);
			await page
				.locator('aside.sidebar details.more')
				.evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
			for (const selector of ['.prose', 'aside.sidebar']) {
				const words = await page.locator(selector).evaluate((el) => ({
					shown: (el as HTMLElement).innerText.split(/\s+/).length,
					all: (el.textContent ?? '').split(/\s+/).length,
				}));
				expect(words.shown, selector).toBeGreaterThan(words.all * 0.95);
			}
			expect(await page.locator('mark.claim-marker').count()).toBe(made.length);
			const sidebar = page.locator('aside.sidebar');
			await sidebar.scrollIntoViewIfNeeded();
			expect(await sidebar.isVisible()).toBe(true);
			expect(await sidebar.locator('li.entry').count()).toBe(
				new Set(made.map(({ claimId }) => claimId)).size,
			);
			// Without the script there is no filter, only the counts, and every claim is listed.
			expect(await page.locator('[data-claim-filter]').isHidden()).toBe(true);
			expect(await sidebar.getByRole('list', { name: 'Claims by verdict' }).isVisible()).toBe(true);
			await page.locator('a.claim-ref').first().click();
			await expect.poll(() => new URL(page.url()).hash).toMatch(/^#claim-/);
			await page.locator('aside.sidebar a.claim-link').first().click();
			await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/claims\//);
			await close();
		});
	});
});

async function inViewport(page: Page, id: string): Promise<boolean> {
	return page.evaluate((target) => {
		const rect = document.getElementById(target)!.getBoundingClientRect();
		return rect.top >= 0 && rect.top < window.innerHeight;
	}, id);
}

/** Whether the element's box is wholly inside the part of the sidebar that shows on screen. */
function inSidebarView(locator: Locator): Promise<boolean> {
	return locator.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const list = el.closest('aside')!.getBoundingClientRect();
		return box.top >= Math.max(list.top, 0) - 1 && box.bottom <= Math.min(list.bottom, innerHeight) + 1;
	});
}

/** Waits for the page's scripts to have seen it as it opened: the observers report within a frame or two. */
function settle(page: Page): Promise<void> {
	return page.evaluate(
		() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
	);
}

/** Presses Tab until `done` says so, at most 400 times. */
async function tabUntil(page: Page, done: () => Promise<boolean>) {
	for (let i = 0; i < 400; i++) {
		await page.keyboard.press('Tab');
		if (await done()) return;
	}
	throw new Error('Tab never reached the element');
}
