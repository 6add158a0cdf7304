import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString as text } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { verdicts } from '../../src/schemas/verdict';
import { projectRoot } from '../helpers/astro';
import { browserAvailable, connectChromium } from '../helpers/browser';
import { hasClass, type Page, builtSite, select } from '../helpers/dist';
import {
	correctedClaim,
	published,
	publishedDist,
	publishedHome,
	servePublished,
} from '../helpers/fixture-site';
import { jsonLd, readXml } from '../helpers/published';

/*
 * The fixture site in a git repository of its own, so its history is known:
 * everything committed on 1 January 2025, then one claim's verdict changed on
 * 1 February with a corrections entry that records it, built as production (a
 * real SITE_URL) under a sub-path, as a deploy would be
 * (tests/helpers/fixture-site.ts). The global setup builds it once. The
 * builds that must fail are in accountability-refusals.test.ts.
 */

const { id: claimId, from, to } = correctedClaim;
const otherId = 'crane-delivered';
const base = published.BASE_PATH;

const attr = (page: Page, selector: (el: any) => boolean, name: string) =>
	select(page.tree, selector).map((el) => String(el.properties[name]));

describe('a production build with a correction in its history', () => {
	let site: Map<string, Page>;
	let dist: string;
	beforeAll(() => {
		dist = publishedDist();
		site = builtSite(dist);
	});

	it('shows the correction, dated, at the top of the claim’s page', () => {
		const page = site.get(`/claims/${claimId}/`)!;
		const note = select(page.tree, (el) => el.properties.id === 'correction-2025-02-01')[0]!;
		expect(text(note)).toContain('Correction, 1 February 2025:');
		expect(text(note)).toContain('The verdict was changed after a reader’s report.');
		// Above what it corrects: before the verdict card.
		const html = readFileSync(join(dist, `claims/${claimId}/index.html`), 'utf8');
		expect(html.indexOf('correction-2025-02-01')).toBeLessThan(html.indexOf('class="verdict'));
	});

	it('dates each review from its history: the edited one moved, the others did not', () => {
		// The page's own dates: the line under its title, not the dates of the evidence it lists.
		const dates = (id: string) =>
			select(site.get(`/claims/${id}/`)!.tree, hasClass('dates')).flatMap((line) =>
				select(line, (el) => el.tagName === 'time').map((el) => el.properties.dateTime),
			);
		expect(dates(claimId)).toEqual(['2025-01-01T12:00:00+00:00', '2025-02-01T12:00:00+00:00']);
		expect(dates(otherId)).toEqual(['2025-01-01T12:00:00+00:00']);
		const review = jsonLd(site.get(`/claims/${claimId}/`)!).find((block) => block['@type'] === 'ClaimReview');
		expect(review).toMatchObject({
			datePublished: '2025-01-01T12:00:00+00:00',
			dateModified: '2025-02-01T12:00:00+00:00',
			correction: [{ '@type': 'CorrectionComment', datePublished: '2025-02-01', name: 'Correction' }],
		});
	});

	it('lists it in the corrections log, its feed and the open data', () => {
		const log = site.get('/corrections/')!;
		expect(attr(log, (el) => el.tagName === 'a', 'href')).toContain(
			`${base}claims/${claimId}/#correction-2025-02-01`,
		);
		const feed = readXml(dist, 'corrections.xml');
		expect(feed.rss.channel.item.map((item: any) => item.link)).toEqual([
			`${publishedHome}claims/${claimId}/#correction-2025-02-01`,
		]);
		const data = JSON.parse(readFileSync(join(dist, 'data.json'), 'utf8'));
		expect(data.claims.find((claim: any) => claim.id === claimId).corrections).toEqual([
			expect.objectContaining({
				date: '2025-02-01',
				verdict: { from: verdicts[from].label, to: verdicts[to].label },
			}),
		]);
	});

	it('dates each item of the feed as its page: when it was first published here', () => {
		const items: { link: string; pubDate: string }[] = readXml(dist, 'rss.xml').rss.channel.item;
		expect(items.length).toBeGreaterThan(0);
		for (const { link, pubDate } of items) {
			// RFC 822 as RSS 2.0 asks, in UTC: "Wed, 01 Jan 2025 12:00:00 GMT".
			expect(pubDate, link).toMatch(
				/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/,
			);
			const page = site.get(`/${decodeURIComponent(link.slice(publishedHome.length))}`)!;
			const [published] = select(page.tree, hasClass('dates')).flatMap((line) =>
				select(line, (el) => el.tagName === 'time').map((el) => String(el.properties.dateTime)),
			);
			expect(new Date(pubDate).getTime(), link).toBe(new Date(published!).getTime());
		}
	});

	it('links every page to a report with its title and address filled in', () => {
		const page = site.get(`/claims/${claimId}/`)!;
		const report = attr(
			page,
			(el) => el.tagName === 'a' && String(el.properties.href).startsWith('mailto:'),
			'href',
		);
		expect(report).toHaveLength(1);
		const link = new URL(report[0]!);
		expect(link.pathname).toBe(published.CORRECTIONS_EMAIL);
		expect(link.searchParams.get('subject')).toContain(
			text(select(page.tree, (el) => el.tagName === 'h1')[0]!),
		);
		expect(link.searchParams.get('body')).toContain(`${publishedHome}claims/${claimId}/`);
	});

	it('looks right in a browser at 1280 and 375 pixels', async () => {
		if (!browserAvailable()) return;
		const server = await servePublished();
		const browser = await connectChromium();
		try {
			mkdirSync(join(projectRoot, 'test-results/screenshots'), { recursive: true });
			for (const width of [1280, 375]) {
				const page = await browser.newPage({ viewport: { width, height: 900 } });
				for (const [name, path] of [
					['claim-with-correction', `claims/${claimId}/`],
					['corrections', 'corrections/'],
				]) {
					await page.goto(`${server.url}${path}`);
					const overflow = await page.evaluate(
						() => document.documentElement.scrollWidth > window.innerWidth,
					);
					expect(overflow, `${path} at ${width}px scrolls sideways`).toBe(false);
					await page.screenshot({
						path: join(projectRoot, `test-results/screenshots/${name}-${width}.png`),
						fullPage: true,
					});
				}
				await page.close();
			}
		} finally {
			await browser.close();
			await server.close();
		}
	});
});
