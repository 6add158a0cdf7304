import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString as text } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, projectRoot } from '../helpers/astro';
import { browserAvailable, launchChromium } from '../helpers/browser';
import { datedGit } from '../helpers/git';
import { hasClass, type Page, readSite, select, walk } from '../helpers/dist';
import { jsonLd, readXml } from '../helpers/published';
import { serveStatic } from '../helpers/serve';

/*
 * A copy of the site in a git repository of its own, so its history is known:
 * everything committed on 1 January 2025, then one claim's verdict changed on
 * 1 February with a corrections entry that records it. Built as production
 * (a real SITE_URL), as a deploy would be.
 */

const project = copyProject();
const dist = join(project.dir, 'dist');
// A claim judged an opinion on no evidence: its verdict can move to "not found" and still keep its rule.
const claimIds = readdirSync(join(projectRoot, 'content/claims')).map((file) => file.replace(/\.yaml$/, ''));
const claimId = claimIds.find((id) => {
	const text = readFileSync(join(projectRoot, 'content/claims', `${id}.yaml`), 'utf8');
	return /^verdict: not-checkable$/m.test(text) && !/^evidence:/m.test(text);
})!;
const otherId = claimIds.find((id) => id !== claimId)!;
const claimFile = join(project.dir, 'content/claims', `${claimId}.yaml`);
const original = readFileSync(claimFile, 'utf8');
const from = /^verdict: (\S+)$/m.exec(original)![1]!;
const [to, third] = ['not-found', 'confirmed'];
const production = {
	SITE_URL: 'https://sourceline.example',
	CORRECTIONS_EMAIL: 'corrections@sourceline.example',
};

const git = datedGit(project.dir);

function commitAll(message: string, date: string) {
	git(['add', '-A']);
	git(['commit', '-q', '-m', message], date);
}

const correction = [
	'corrections:',
	'  - date: "2025-02-01"',
	'    kind: correction',
	'    change: The verdict was changed after a reader’s report.',
	'    reason: The cited source’s title, as cited, bears the claim out differently.',
	'    verdict:',
	`      from: ${from}`,
	`      to: ${to}`,
	'',
].join('\n');

function build(env: Record<string, string>) {
	rmSync(dist, { recursive: true, force: true });
	return astroBuild(project.dir, env);
}

/** The build failed with `message`, once, with no stack trace and no page written. */
function expectFailure({ status, output }: { status: number | null; output: string }, message: string) {
	expect(status, output).not.toBe(0);
	expect(output).toContain(message);
	expect(output.split(message).length - 1, output).toBe(1);
	expect(output).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
	const pages = existsSync(dist) ? walk(dist).filter((file) => file.endsWith('.html')) : [];
	expect(pages).toEqual([]);
}

const attr = (page: Page, selector: (el: any) => boolean, name: string) =>
	select(page.tree, selector).map((el) => String(el.properties[name]));

afterAll(() => project.remove());

describe('a production build with a correction in its history', () => {
	let site: Map<string, Page>;
	beforeAll(() => {
		writeFileSync(join(project.dir, '.gitignore'), 'node_modules\ndist\n.astro\n');
		git(['init', '-q', '-b', 'main']);
		commitAll('The site as first published', '2025-01-01T12:00:00+00:00');
		writeFileSync(claimFile, `${original.replace(/^verdict: .*$/m, `verdict: ${to}`)}${correction}`);
		commitAll('A claim’s verdict corrected', '2025-02-01T12:00:00+00:00');
		const { status, output } = build(production);
		expect(status, output).toBe(0);
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
			`/claims/${claimId}/#correction-2025-02-01`,
		);
		const feed = readXml(dist, 'corrections.xml');
		expect(feed.rss.channel.item.map((item: any) => item.link)).toEqual([
			`https://sourceline.example/claims/${claimId}/#correction-2025-02-01`,
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
		expect(link.pathname).toBe(production.CORRECTIONS_EMAIL);
		expect(link.searchParams.get('subject')).toContain(
			text(select(page.tree, (el) => el.tagName === 'h1')[0]!),
		);
		expect(link.searchParams.get('body')).toContain(`https://sourceline.example/claims/${claimId}/`);
	});

	it('looks right in a browser at 1280 and 375 pixels', async () => {
		if (!browserAvailable()) return;
		const server = await serveStatic(dist);
		const browser = await launchChromium();
		try {
			mkdirSync(join(projectRoot, 'test-results/screenshots'), { recursive: true });
			for (const width of [1280, 375]) {
				const page = await browser.newPage({ viewport: { width, height: 900 } });
				for (const [name, path] of [
					['claim-with-correction', `claims/${claimId}/`],
					['corrections', 'corrections/'],
				]) {
					await page.goto(`${server.url}/${path}`);
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

	it('stops on a verdict change with no corrections entry, before or after it is committed', () => {
		writeFileSync(claimFile, readFileSync(claimFile, 'utf8').replace(/^verdict: .*$/m, `verdict: ${third}`));
		expectFailure(
			build(production),
			`content/claims/${claimId}.yaml → verdict: the verdict changed from "${to}" to "${third}" in the file as it is now with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: ${to}, to: ${third} }`,
		);
		commitAll('A verdict changed without a word', '2025-03-01T12:00:00+00:00');
		const commit = git(['rev-parse', '--short=7', 'HEAD']).trim();
		expectFailure(
			build(production),
			`content/claims/${claimId}.yaml → verdict: the verdict changed from "${to}" to "${third}" in commit ${commit} with no`,
		);
	});

	it('stops on a correction with a bad date, naming the file and field', () => {
		git(['reset', '-q', '--hard', 'HEAD~1']);
		writeFileSync(claimFile, readFileSync(claimFile, 'utf8').replace('"2025-02-01"', '"2025-02-30"'));
		expectFailure(
			build(production),
			`content/claims/${claimId}.yaml → corrections[0].date, line ${original.split('\n').length}: expected the date of the change in quotes, such as "2025-06-17"`,
		);
		git(['checkout', '-q', '--', '.']);
	});
});

describe('a production build refuses to go out without', () => {
	it('a corrections contact, saying how to set one', () => {
		expectFailure(
			build({ SITE_URL: 'https://sourceline.example' }),
			'src/publisher.ts → corrections: a production build (SITE_URL https://sourceline.example) needs somewhere readers can report a mistake; expected CORRECTIONS_EMAIL',
		);
	});

	it('its history, saying how to fetch it', () => {
		rmSync(join(project.dir, '.git'), { recursive: true, force: true });
		expectFailure(
			build(production),
			'git history → content: the project is not in a git repository; a production build dates every record',
		);
		expect(build({ ...production, PRODUCTION: 'false' }).status).toBe(0);
	});
});
