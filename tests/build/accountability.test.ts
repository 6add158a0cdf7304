import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString as text } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, projectRoot } from '../helpers/astro';
import { browserAvailable, launchChromium } from '../helpers/browser';
import { hasClass, type Page, readSite, select, walk } from '../helpers/dist';
import {
	correctedClaim,
	correctedClaimFile,
	published,
	publishedDist,
	publishedFixture,
	publishedHome,
	servePublished,
} from '../helpers/fixture-site';
import { jsonLd, readXml } from '../helpers/published';

/*
 * The fixture site in a git repository of its own, so its history is known:
 * everything committed on 1 January 2025, then one claim's verdict changed on
 * 1 February with a corrections entry that records it, built as production (a
 * real SITE_URL) under a sub-path, as a deploy would be
 * (tests/helpers/fixture-site.ts). The global setup builds it once; each
 * build that must fail gets a copy of its own.
 */

const { id: claimId, from, to } = correctedClaim;
const otherId = 'crane-delivered';
const third = 'confirmed';
const base = published.BASE_PATH;
const production = { SITE_URL: published.SITE_URL, CORRECTIONS_EMAIL: published.CORRECTIONS_EMAIL };

/** The build of `dir` failed with `message`, once, with no stack trace and no page written. */
function expectFailure(
	dir: string,
	{ status, output }: { status: number | null; output: string },
	message: string,
) {
	expect(status, output).not.toBe(0);
	expect(output).toContain(message);
	expect(output.split(message).length - 1, output).toBe(1);
	expect(output).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
	const dist = join(dir, 'dist');
	const pages = existsSync(dist) ? walk(dist).filter((file) => file.endsWith('.html')) : [];
	expect(pages).toEqual([]);
}

/** A copy of the published fixture for one build that must fail, removed afterwards. */
function withCopy(test: (copy: ReturnType<typeof publishedFixture>) => void) {
	const copy = publishedFixture();
	try {
		test(copy);
	} finally {
		copy.remove();
	}
}

const attr = (page: Page, selector: (el: any) => boolean, name: string) =>
	select(page.tree, selector).map((el) => String(el.properties[name]));

describe('a production build with a correction in its history', () => {
	let site: Map<string, Page>;
	let dist: string;
	beforeAll(() => {
		dist = publishedDist();
		site = readSite(dist);
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
			expect.objectContaining({ date: '2025-02-01', verdict: { from, to } }),
		]);
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
		const browser = await launchChromium();
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

	it('stops on a verdict change with no corrections entry, before it is committed', () => {
		withCopy(({ dir }) => {
			const file = join(dir, correctedClaimFile);
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^verdict: .*$/m, `verdict: ${third}`));
			expectFailure(
				dir,
				astroBuild(dir, production),
				`${correctedClaimFile} → verdict: the verdict changed from "${to}" to "${third}" in the file as it is now with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: ${to}, to: ${third} }`,
			);
		});
	});

	it('stops on a verdict change with no corrections entry, after it is committed', () => {
		withCopy(({ dir, git, commitAll }) => {
			const file = join(dir, correctedClaimFile);
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^verdict: .*$/m, `verdict: ${third}`));
			commitAll('A verdict changed without a word', '2025-03-01T12:00:00+00:00');
			const commit = git(['rev-parse', '--short=7', 'HEAD']).trim();
			expectFailure(
				dir,
				astroBuild(dir, production),
				`${correctedClaimFile} → verdict: the verdict changed from "${to}" to "${third}" in commit ${commit} with no`,
			);
		});
	});

	it('stops on a correction with a bad date, naming the file, field and line', () => {
		withCopy(({ dir }) => {
			const file = join(dir, correctedClaimFile);
			const text = readFileSync(file, 'utf8');
			writeFileSync(file, text.replace('"2025-02-01"', '"2025-02-30"'));
			// The line of the field the entry is under, as an author's editor shows it.
			const line = text.slice(0, text.search(/^corrections:/m)).split('\n').length;
			expectFailure(
				dir,
				astroBuild(dir, production),
				`${correctedClaimFile} → corrections[0].date, line ${line}: expected the date of the change in quotes, such as "2025-06-17"`,
			);
		});
	});
});

describe('a production build refuses to go out without', () => {
	it('a corrections contact, saying how to set one', () => {
		withCopy(({ dir }) =>
			expectFailure(
				dir,
				astroBuild(dir, { SITE_URL: production.SITE_URL }),
				`src/publisher.ts → corrections: a production build (SITE_URL ${production.SITE_URL}) needs somewhere readers can report a mistake; expected CORRECTIONS_EMAIL`,
			),
		);
	});

	it('its history, saying how to fetch it', () => {
		withCopy(({ dir }) => {
			rmSync(join(dir, '.git'), { recursive: true, force: true });
			expectFailure(
				dir,
				astroBuild(dir, production),
				'git history → content: the project is not in a git repository; a production build dates every record',
			);
			expect(astroBuild(dir, { ...production, PRODUCTION: 'false' }).status).toBe(0);
		});
	});
});
