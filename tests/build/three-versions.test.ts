import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { measurePage, pageBudget } from '../../scripts/bench/page-weight';
import { contentIds, readArticle, readData } from '../helpers/content';
import { brokenLinks, builtSite, byTag, hasClass, links, type Page, select, text } from '../helpers/dist';
import { threeVersionsDist, threeVersionsFixture } from '../helpers/setup-sites';
import { verdicts } from '../../src/schemas/verdict';
import { wordingJudgements } from '../../src/schemas/wording';

/*
 * A made-up story told in three versions (tests/fixtures/three-versions: a
 * scraped page, a rewrite and a wire brief), built by the global setup in a
 * copy of the project (tests/helpers/setup-sites.ts). What is checked is read from the fixture's files, not from the
 * site's code: each version is named as its file names it, everywhere. Its
 * pages' HTML is checked in html-validity.test.ts; in Chromium, with axe, at
 * both widths, the comparison and the largest pair page in
 * tests/e2e/page-kinds.test.ts.
 */

const storyId = 'millbrook-bridge';
const comparePath = `/compare/${storyId}/`;

const ids = contentIds('articles', threeVersionsFixture);
const versions = ids.map((id) => {
	const { data, body } = readArticle(id, threeVersionsFixture);
	return { id, name: `the ${data.name}` as string, body };
});
const nameOf = (id: string) => versions.find((version) => version.id === id)!.name;
const capital = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

let dist: string;
let site: Map<string, Page>;

const page = (path: string) => {
	const found = site.get(path);
	if (!found) throw new Error(`No page at ${path}`);
	return found;
};
/** The pair pages, found from the comparison page's links. */
const pairPaths = () =>
	[...new Set(links(page(comparePath)))].filter((link) =>
		new RegExp(`^/compare/${storyId}/[^/#]+/$`).test(link),
	);

beforeAll(() => {
	dist = threeVersionsDist();
	site = builtSite(dist);
});

describe('a story told in three versions', () => {
	it('has a comparison page and a page for each pair of versions, every link landing', () => {
		expect(versions).toHaveLength(3);
		const pairs = pairPaths();
		expect(pairs).toHaveLength(3);
		// Each pair of versions, whichever order the site puts them in.
		const pairsOfIds = versions.flatMap((a, i) => versions.slice(i + 1).map((b) => [a.id, b.id].sort()));
		expect(
			pairs.map((path) => ids.filter((id) => path.includes(`/${id}-`) || path.endsWith(`-${id}/`)).sort()),
		).toEqual(expect.arrayContaining(pairsOfIds));
		for (const path of pairs) expect(links(page(path))).toContain(comparePath);
		for (const id of ids) expect(links(page(`/articles/${id}/`))).toContain(comparePath);
		expect(brokenLinks(site)).toEqual([]);
	});

	it('never names two versions alike', () => {
		const names = versions.map((version) => version.name);
		expect(new Set(names).size).toBe(3);
		// "the rewrite and the rewrite", "the rewrite, the rewrite": one name where two versions are meant.
		const doubled = new RegExp(`\\b(${names.join('|')})(?:,| and) \\1\\b`, 'i');
		for (const [path, built] of site) expect(text(built.tree), path).not.toMatch(doubled);

		// The claims matrix: one column per version, headed with its name.
		for (const table of ['shared-claims', 'one-sided-claims']) {
			const matrix = select(page(comparePath).tree, (el) => el.properties.id === table)[0]!;
			const headings = select(select(matrix, byTag('thead'))[0]!, byTag('th')).map(text);
			expect(headings.slice(1, -1).sort(), table).toEqual(names.map((name) => `In ${name}`).sort());
		}

		// The picture: one column per version, each under its own name.
		const picture = select(page(comparePath).tree, hasClass('picture'))[0]!;
		const columns = select(select(picture, hasClass('names'))[0]!, byTag('text')).map(text);
		expect(columns.sort()).toEqual(names.map((name) => capital(name.replace(/^the /, ''))).sort());

		// Each pair's page: two different versions side by side, named in every row and table heading.
		for (const path of pairPaths()) {
			const pair = page(path);
			const sideNames = (side: string) =>
				new Set(
					select(pair.tree, hasClass(side)).flatMap((cell) =>
						select(cell, hasClass('version-name')).map(text),
					),
				);
			const [a, b] = [sideNames('side-a'), sideNames('side-b')];
			expect([a.size, b.size], path).toEqual([1, 1]);
			expect([...a][0], path).not.toBe([...b][0]);
			for (const table of select(pair.tree, byTag('table'))) {
				const headings = select(table, byTag('th'))
					.filter((th) => th.properties.scope === 'col')
					.map(text);
				expect(new Set(headings).size, `${path}: ${headings.join(' | ')}`).toBe(headings.length);
			}
		}

		// Each version's sidebar names every other version once, as in it or not, and never itself.
		for (const { id } of versions) {
			const others = ids.filter((other) => other !== id).map(nameOf);
			const entries = select(page(`/articles/${id}/`).tree, (el) => el.tagName === 'dd').filter(
				(dd) => select(dd, hasClass('version')).length > 0,
			);
			expect(entries.length, id).toBeGreaterThan(0);
			for (const entry of entries) {
				const named = select(entry, hasClass('version')).map((span) =>
					text(span)
						.replace(/^(Also in|Not in) /, '')
						.replace(/ \(claim \d+ there\)$/, ''),
				);
				expect(named.sort(), id).toEqual([...others].sort());
			}
			const notIn = select(page(`/articles/${id}/`).tree, hasClass('version'))
				.map(text)
				.filter((line) => line.startsWith('Not in '));
			expect(notIn.length, id).toBeGreaterThan(0);
			for (const line of notIn) expect(others.map((name) => `Not in ${name}`)).toContain(line);
		}
	});

	it('counts the versions in words', () => {
		expect(text(page(comparePath).tree)).toContain('The three versions of this story');
		expect(text(page('/').tree)).toMatch(/appear in all three versions/);
		// The story's own pages: its comparison, its pairs, its versions and the home page that sums it up.
		for (const path of [comparePath, ...pairPaths(), ...ids.map((id) => `/articles/${id}/`), '/']) {
			expect(text(page(path).tree), path).not.toMatch(/\b3 versions\b/);
		}
	});

	it('lists the references of each version that has them, and says so of one that has none', () => {
		const cited = ids.map((id) => {
			const { references = [], referencesHeading = 'References' } = readArticle(
				id,
				threeVersionsFixture,
			).data;
			return { id, references: references as unknown[], referencesHeading: String(referencesHeading) };
		});
		// The fixture has both kinds.
		expect(new Set(cited.map(({ references }) => references.length > 0))).toEqual(new Set([true, false]));
		for (const { id, references, referencesHeading } of cited) {
			const tree = page(`/articles/${id}/`).tree;
			const headings = select(tree, byTag('h2')).map(text);
			if (references.length > 0) {
				expect(headings, id).toContain(referencesHeading);
			} else {
				expect(
					headings.filter((heading) => /reference/i.test(heading)),
					id,
				).toEqual([]);
				expect(text(tree), id).toContain('lists no references');
			}
		}
	});

	it('draws the overview picture, each passage a named link to its place in the aligned texts', () => {
		const compare = page(comparePath);
		const figure = select(compare.tree, hasClass('picture'))[0]!;
		expect(figure.tagName).toBe('figure');
		const svg = select(figure, byTag('svg'))[0]!;
		const titleId = String(svg.properties.ariaLabelledBy);
		expect(text(select(svg, (el) => el.properties.id === titleId)[0]!)).toBe(
			'How the passages of the three versions line up',
		);
		expect(text(select(svg, byTag('desc'))[0]!)).toMatch(/in one version only/);
		// A passage for each paragraph, heading and list item of each version.
		const passages = versions.reduce(
			(sum, version) => sum + version.body.split(/\n\s*\n/).filter((block) => block.trim() !== '').length,
			0,
		);
		const blocks = select(svg, byTag('a'));
		expect(blocks).toHaveLength(passages);
		for (const block of blocks) {
			const label = text(select(block, byTag('title'))[0]!);
			expect(
				versions.some((version) => label.startsWith(`${capital(version.name.slice(4))}, passage `)),
			).toBe(true);
			expect(String(block.properties.href)).toMatch(
				new RegExp(`^/compare/${storyId}/[^/]+/#aligned-row-\\d+$`),
			);
		}
		// Matching passages are joined; the key says in words what each line and pattern means.
		const lines = select(select(svg, hasClass('links'))[0]!, byTag('path'));
		expect(lines.length).toBeGreaterThan(0);
		const drawn = new Set(lines.flatMap((line) => (line.properties.className as string[]) ?? []));
		const key = text(select(figure, hasClass('legend'))[0]!);
		for (const [status, words] of [
			['kept', 'Kept'],
			['reworded', 'Reworded'],
		] as const) {
			if (drawn.has(status)) expect(key).toContain(words);
			else expect(key).not.toContain(words);
		}
		expect(key).toContain('In one version only');
	});

	it('keeps the comparison pages small: HTML and everything they load under the budget, gzip', () => {
		for (const path of [comparePath, ...pairPaths()]) {
			const html = readFileSync(join(dist, path, 'index.html'));
			expect(gzipSync(html).length, path).toBeLessThan(30 * 1024);
			expect(measurePage(dist, path).total.all, path).toBeLessThanOrEqual(pageBudget.allIn);
		}
	});
});

describe('the home page of a site of one story', () => {
	const claims = contentIds('claims', threeVersionsFixture).map((id) => ({
		id,
		...(readData('claims', id, threeVersionsFixture) as {
			verdict: keyof typeof verdicts;
			byVersion: { wording?: { judged: (keyof typeof wordingJudgements)[] } }[];
		}),
	}));
	/** Every element of the page, in document order, to compare places by. */
	const order = () => select(page('/').tree, () => true);
	const findings = () =>
		select(page('/').tree, (el) => String(el.properties.ariaLabelledBy ?? '').endsWith('-findings'))[0]!;
	const line = (lead: string) => select(findings(), byTag('li')).find((li) => text(li).startsWith(lead))!;

	it('leads with the findings, then the versions, then the timeline', () => {
		const all = order();
		const versionsHeading = all.find((el) => el.tagName === 'h2' && text(el) === 'The versions');
		const timeline = all.find((el) => el.properties.id === `timeline-${storyId}`);
		expect(versionsHeading).toBeDefined();
		expect(timeline).toBeDefined();
		expect(all.indexOf(findings())).toBeLessThan(all.indexOf(versionsHeading!));
		expect(all.indexOf(versionsHeading!)).toBeLessThan(all.indexOf(timeline!));
		// The timeline is folded away, closed, with the way to it in full on the comparison page.
		const details = all.find((el) => el.tagName === 'details' && select(el, (e) => e === timeline).length);
		expect(details?.properties.open).toBeFalsy();
		expect(links(page('/'))).toContain(`${comparePath}#timeline-${storyId}`);
	});

	it('counts the claims by verdict and by wording judgement as the records do, each verdict linked to its claims', () => {
		const verdictLine = line('Verdicts.');
		expect(text(verdictLine)).toContain(`Of ${claims.length} claims`);
		for (const verdict of Object.keys(verdicts) as (keyof typeof verdicts)[]) {
			const count = claims.filter((claim) => claim.verdict === verdict).length;
			const link = select(verdictLine, byTag('a')).find(
				(a) => a.properties.href === `/claims/#verdict-${verdict}`,
			);
			if (count === 0) expect(link).toBeUndefined();
			else expect(text(link!)).toBe(`${count} ${verdicts[verdict].label.toLowerCase()}`);
		}
		const wordingLine = text(line('Wording.')).toLowerCase();
		for (const [id, { label }] of Object.entries(wordingJudgements)) {
			const count = claims.filter((claim) =>
				claim.byVersion.some((version) => version.wording?.judged.includes(id as never)),
			).length;
			const phrase = `${label.toLowerCase()}, ${count} claim`;
			if (count === 0) expect(wordingLine).not.toContain(`${label.toLowerCase()},`);
			else expect(wordingLine).toContain(count === 1 ? `${phrase}` : `${phrase}s`);
		}
	});

	it('shows the same findings at the head of the comparison page', () => {
		const section = select(
			page(comparePath).tree,
			(el) => String(el.properties.ariaLabelledBy) === 'findings-heading',
		)[0]!;
		const onComparison = select(section, byTag('li')).map(text);
		for (const li of select(findings(), byTag('li'))) expect(onComparison).toContain(text(li));
	});
});

describe('how a claim travelled, on the built claim page', () => {
	// The fixture's claim with relays among its evidence, found from its records.
	const claims = contentIds('claims', threeVersionsFixture).map((id) => ({
		id,
		data: readData('claims', id, threeVersionsFixture),
	}));
	const evidence = (id: string) => readData('evidence', id, threeVersionsFixture);
	const travelled = claims.filter(({ data }) =>
		data.evidence?.some(({ item }: { item: string }) => evidence(item).kind === 'relay'),
	);

	it('draws a picture with an accessible name, a mark for each version, and a table from origin to versions', () => {
		expect(travelled.length).toBeGreaterThan(0);
		for (const { id, data } of travelled) {
			const claimPage = page(`/claims/${id}/`);
			const [svg] = select(claimPage.tree, (el) => el.tagName === 'svg' && el.properties.role === 'img');
			expect(svg, id).toBeDefined();
			expect(String(svg!.properties.ariaLabel ?? '')).toContain(data.claim);

			const versionsOfClaim = data.byVersion.filter((entry: { wording?: unknown }) => entry.wording);
			const marks = text(svg!);
			for (const { article } of versionsOfClaim) {
				expect(marks).toContain(capital(readArticle(article, threeVersionsFixture).data.name as string));
			}
			// Every version of the story, the third among them.
			expect(versionsOfClaim).toHaveLength(versions.length);

			const [table] = select(claimPage.tree, byTag('table'));
			const rows = select(select(table!, byTag('tbody'))[0]!, byTag('tr'));
			const roles = rows.map((row) => text(select(row, byTag('th'))[0]!).split(' ')[0]);
			const relays = data.evidence.filter(({ item }: { item: string }) => evidence(item).kind === 'relay');
			expect(roles[0]).toBe('Origin');
			expect(roles.filter((role) => role === 'Relay')).toHaveLength(relays.length);
			expect(roles.slice(-versionsOfClaim.length)).toEqual(versionsOfClaim.map(() => 'Version'));
			// Each relay's words, as the record holds them, are in the table.
			for (const { item } of relays) expect(text(table!)).toContain(evidence(item).quote);
		}
	});
});
