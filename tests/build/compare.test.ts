import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { outcomeLabels } from '../../src/compare/labels';
import { claimOrder, contentIds, readArticle, readData } from '../helpers/content';
import { byTag, hasClass, links, type Page, builtSite, select, text } from '../helpers/dist';
import { threeVersionsDist, threeVersionsFixture as fixture } from '../helpers/setup-sites';

/*
 * The comparison pages as a reader sees them, checked against the content
 * read straight from the files: which claims each version marks, which
 * sources it cites and what they record. Nothing here reuses the site's code.
 * Read on the three-version site (tests/helpers/setup-sites.ts), whose story
 * has what a real one has: a headline claim, figures and attributions worded
 * otherwise than the record, a numbered reference and sources with and
 * without an address.
 */

let site: Map<string, Page>;
const page = (path: string) => {
	const found = site.get(path);
	if (!found) throw new Error(`No page at ${path}`);
	return found;
};

beforeAll(() => {
	site = builtSite(threeVersionsDist());
});

/** Each article with the claims it makes, its headline lines' first. */
const articles = contentIds('articles', fixture).map((id) => {
	const article = readArticle(id, fixture);
	return { id, ...article, madeClaims: claimOrder(article.data, article.markedClaims) };
});
const stories = contentIds('stories', fixture).filter(
	(story) => articles.filter((a) => a.data.story === story).length > 1,
);
const squash = (value: string) => value.replace(/\s+/g, '');

/** A copy of an element without the descendants that carry any of `classes`. */
function prune(el: Element, classes: string[]): Element {
	return {
		...el,
		children: el.children
			.filter((child) => !(child.type === 'element' && classes.some((name) => hasClass(name)(child))))
			.map((child) => (child.type === 'element' ? prune(child, classes) : child)),
	};
}

describe.each(stories)('the comparison of story %s', (story) => {
	const path = `/compare/${story}/`;
	const versions = articles.filter((article) => article.data.story === story);
	const makers = new Map<string, string[]>();
	for (const version of versions) {
		for (const claim of new Set(version.madeClaims.map(({ claimId }) => claimId)))
			makers.set(claim, [...(makers.get(claim) ?? []), version.id]);
	}
	const shared = [...makers].filter(([, by]) => by.length > 1).map(([claim]) => claim);
	const oneSided = [...makers].filter(([, by]) => by.length === 1).map(([claim]) => claim);
	/**
	 * The pages that align the texts, found from the comparison's links: two
	 * versions on the story's own page; three or more, a page for each pair.
	 */
	const alignedPaths = () =>
		versions.length === 2
			? [path]
			: [...new Set(links(page(path)))].filter((link) => new RegExp(`^${path}[^/#]+/$`).test(link));
	const alignedRows = () => alignedPaths().flatMap((aligned) => select(page(aligned).tree, hasClass('row')));

	it('has a page, linked from the home page, each version, each claim and each cited source, and back', () => {
		const compare = page(path);
		expect(links(page('/'))).toContain(path);
		for (const version of versions) {
			expect(links(page(`/articles/${version.id}/`))).toContain(path);
			expect(links(compare)).toContain(`/articles/${version.id}/`);
		}
		for (const claim of makers.keys()) {
			expect(links(page(`/claims/${claim}/`))).toContain(`${path}#compared-${claim}`);
			expect(links(compare)).toContain(`/claims/${claim}/`);
		}
		for (const source of new Set(versions.flatMap((v) => v.data.references.map((r: any) => r.source)))) {
			expect(links(page(`/sources/${source}/`))).toContain(`${path}#audit-${source}`);
			expect(links(compare)).toContain(`/sources/${source}/`);
		}
	});

	it('shows the texts whole, two at a time, aligned side by side, with word-level differences marked', () => {
		const pairs = alignedPaths();
		expect(pairs).toHaveLength((versions.length * (versions.length - 1)) / 2);
		const shownOn = new Map(versions.map((version) => [version.id, [] as string[]]));
		for (const aligned of pairs) {
			const rows = select(page(aligned).tree, hasClass('row'));
			expect(rows.length, aligned).toBeGreaterThan(0);
			const sideText = (side: string) =>
				squash(
					rows
						.flatMap((row) => select(row, hasClass(side)))
						.flatMap((cell) => select(cell, hasClass('sentence')))
						.map((sentence) => text(prune(sentence, ['relation', 'visually-hidden'])))
						.join(' '),
				);
			const sides = [sideText('side-a'), sideText('side-b')];
			// Two versions, each whole on one side of the rows, whichever the page puts where.
			const whole = versions.flatMap((version) => {
				const paragraphs = version.textBlocks.map((block) => squash(block.text));
				const side = sides.findIndex((all) => paragraphs.every((paragraph) => all.includes(paragraph)));
				return side === -1 ? [] : [{ id: version.id, side }];
			});
			expect(whole.map(({ side }) => side).sort(), `${aligned}: ${JSON.stringify(whole)}`).toEqual([0, 1]);
			for (const { id } of whole) shownOn.get(id)!.push(aligned);
		}
		// Each version beside each other version once.
		for (const [id, shown] of shownOn) expect(shown, id).toHaveLength(versions.length - 1);
		const rows = alignedRows();
		const inRows = (tag: string) => rows.flatMap((row) => select(row, byTag(tag)));
		expect(inRows('del').length).toBeGreaterThan(0);
		expect(inRows('ins').length).toBeGreaterThan(0);
		for (const change of [...inRows('del'), ...inRows('ins')]) {
			expect(text(change)).toMatch(/^\[not in the other version: /);
		}
	});

	it('lists every shared claim and every one-sided claim, each in its table', () => {
		const compare = page(path);
		const rowIds = (tableId: string) =>
			select(compare.tree, (el) => el.properties.id === tableId)
				.flatMap((table) => select(table, byTag('tr')))
				.map((row) => String(row.properties.id ?? ''))
				.filter(Boolean);
		expect(rowIds('shared-claims').sort()).toEqual(shared.map((claim) => `compared-${claim}`).sort());
		expect(rowIds('one-sided-claims').sort()).toEqual(oneSided.map((claim) => `compared-${claim}`).sort());
		for (const claim of makers.keys()) {
			const row = select(compare.tree, (el) => el.properties.id === `compared-${claim}`)[0]!;
			const cells = select(row, byTag('td')).slice(0, versions.length).map(text);
			const by = makers.get(claim)!;
			expect(
				cells.filter((cell) => cell === 'Not made'),
				claim,
			).toHaveLength(versions.length - by.length);
			for (const version of versions.filter((v) => by.includes(v.id))) {
				// The words the text marks, or the headline line that makes the claim.
				const headline = version.madeClaims.find((made) => made.claimId === claim && made.headline)?.headline;
				const words =
					version.markers.find((marker) => marker.claimId === claim && !marker.headline)?.text ??
					String(version.data[headline!]);
				expect(
					cells.some((cell) => cell.includes(words.replace(/\s+/g, ' '))),
					`${claim}: words of ${version.id}`,
				).toBe(true);
			}
		}
		// No cell repeats its column's heading: stacked on a phone, the heading is the cell's label.
		const cells = ['shared-claims', 'one-sided-claims']
			.flatMap((tableId) => select(compare.tree, (el) => el.properties.id === tableId))
			.flatMap((table) => select(table, byTag('td')));
		const noted = cells.filter((cell) => select(cell, byTag('li')).length > 0);
		expect(noted.length).toBeGreaterThan(0);
		for (const cell of cells) {
			const label = String(cell.properties.dataLabel);
			expect(text(cell), label).not.toContain(`${label}:`);
		}
	});

	it('flags in the citation audit what the sources record', () => {
		const compare = page(path);
		const inlineNumbers = new Map(versions.map((v) => [v.id, /\\\[\d+\\\]/.test(v.body)]));
		const claims = contentIds('claims', fixture).map((id) => readData('claims', id, fixture));
		for (const version of versions) {
			for (const reference of version.data.references) {
				const source = readData('sources', reference.source, fixture);
				const entry = select(compare.tree, (el) => el.properties.id === `audit-${reference.source}`)[0]!;
				const flags = select(entry, hasClass('check'))
					.filter((check) =>
						text(check).startsWith(`${outcomeLabels.flag.symbol} ${outcomeLabels.flag.label}`),
					)
					.map(text);
				const says = (words: string) => flags.some((flag) => flag.includes(words));
				expect(says('no address'), `${reference.source}: no address`).toBe(!source.url);
				if (reference.number === undefined && inlineNumbers.get(version.id)) {
					expect(says('without a number'), `${reference.source}: unnumbered`).toBe(true);
				}
				// A version cites it for a claim it cannot bear: dated before the events, or not to be told apart.
				const citations = claims.flatMap((claim) =>
					(claim.byVersion as { article: string; citation: string; sources?: string[] }[]).filter(
						(entry) =>
							versions.some((v) => v.id === entry.article) &&
							(entry.sources ?? []).includes(reference.source),
					),
				);
				const cannotBear = citations.some((entry) =>
					['predates-events', 'unresolvable'].includes(entry.citation),
				);
				expect(says('Cited for'), `${reference.source}: support`).toBe(cannotBear);
				if (source.url) {
					expect(text(entry)).toContain(new URL(source.url).hostname);
				}
				// Our note on the source stands beside the computed checks, labelled as ours.
				const note = select(entry, hasClass('editorial'))[0]!;
				expect(text(note)).toContain(source.note.trim().replace(/\s+/g, ' '));
				expect(text(note)).toMatch(/^Editorial/);
			}
		}
	});

	it('groups the audit’s flags by what they mean, flagged sources first, with no raw ids or ISO dates', () => {
		const compare = page(path);
		const section = select(
			compare.tree,
			(el) =>
				el.tagName === 'section' &&
				el.children.some((child) => child.type === 'element' && child.properties.id === 'audit-heading'),
		)[0]!;
		const cited = [
			...new Set(
				versions.flatMap((version) => version.data.references.map((ref: { source: string }) => ref.source)),
			),
		];
		const unlinked = cited.filter((id) => !readData('sources', id, fixture).url);
		// The sources with no address, and only they, under the heading that says so, each linked to its entry.
		const group = select(section, (el) => el.properties.id === 'audit-flag-link')[0];
		const groupLinks = group
			? links(select(section, (el) => el.tagName === 'li' && el.children.includes(group))[0]!)
			: [];
		expect(groupLinks.sort()).toEqual(unlinked.map((id) => `#audit-${id}`).sort());
		expect(group && text(group)).toMatch(/^No address \(\d+\)$/);
		// Each source once, its flags in words, the flagged ones before the rest.
		const entries = select(section, hasClass('source'));
		expect(entries.map((entry) => String(entry.properties.id).replace(/^audit-/, '')).sort()).toEqual(
			[...cited].sort(),
		);
		const flagged = entries.map((entry) => text(select(entry, hasClass('status'))[0]!).includes('Flagged'));
		expect(flagged).toEqual([...flagged].sort((a, b) => Number(b) - Number(a)));
		// Claims by their words, dates in words: no claim id and no ISO date is shown.
		const said = text(section);
		for (const id of contentIds('claims', fixture)) expect(said, id).not.toContain(id);
		expect(said).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
	});

	it('sets the editorial judgement on contradicted claims and on claims a version words otherwise than the record, beside the passages that make them', () => {
		const compare = page(path);
		type Worded = { article: string; wording?: { judged: string[] }; note?: string };
		const changedBy = (id: string) =>
			(readData('claims', id, fixture).byVersion as Worded[]).filter(
				(entry) => entry.wording && entry.wording.judged[0] !== 'faithful',
			);
		const editorial = [...makers.keys()].filter(
			(id) => readData('claims', id, fixture).verdict === 'contradicted' || changedBy(id).length > 0,
		);
		expect(editorial.length).toBeGreaterThan(0);
		const section = select(
			compare.tree,
			(el) =>
				el.tagName === 'section' &&
				el.children.some((child) => child.type === 'element' && child.properties.id === 'editorial-heading'),
		)[0]!;
		const said = text(section);
		const rows = alignedRows();
		const inText = new Set(versions.flatMap((version) => version.markedClaims));
		const plain = (value: string) => value.trim().replace(/\s+/g, ' ');
		for (const id of editorial) {
			const claim = readData('claims', id, fixture);
			// Our reasons in the editorial section: the rationale where the record contradicts it, and each
			// changed wording's judgement, linked to its reason on the claim's page.
			if (claim.verdict === 'contradicted') expect(said, id).toContain(plain(claim.rationale));
			for (const entry of changedBy(id))
				expect(links(section), `${id} in ${entry.article}`).toContain(
					`/claims/${id}/#wording-${entry.article}`,
				);
			// Beside the first passage that makes it, a note that leads to the claim; a claim only a headline makes has none there.
			if (inText.has(id))
				expect(
					rows.some((row) =>
						select(row, hasClass('editorial')).some((note) => links(note).includes(`/claims/${id}/`)),
					),
					id,
				).toBe(true);
		}
		expect(
			select(compare.tree, hasClass('editorial')).every((note) => text(note).startsWith('Editorial')),
		).toBe(true);
	});

	it('says once what Editorial marks, near the top, and links to it where the audit uses the label', () => {
		const compare = page(path);
		const said = text(compare.tree).toLowerCase();
		const note = 'judgements a computer cannot make are ours';
		expect(said.split(note).length - 1).toBe(1);
		expect(said).not.toContain('no rule can compute');
		const [explained] = select(compare.tree, (el) => el.properties.id === 'editorial-note');
		expect(explained && text(explained).toLowerCase()).toContain(note);
		expect(links(compare).filter((link) => link === '#editorial-note').length).toBeGreaterThan(0);
	});

	it('sets the versions in the picture in the order of the claims tables’ columns', () => {
		const compare = page(path);
		const [names] = select(compare.tree, (el) => el.tagName === 'g' && hasClass('names')(el));
		const columns = select(names!, byTag('text')).map((column) => text(column).toLowerCase());
		const [matrix] = select(compare.tree, hasClass('matrix'));
		const headers = select(select(matrix!, byTag('thead'))[0]!, byTag('th')).map(text);
		const inColumns = versions.map((v) => columns.indexOf(v.data.name.toLowerCase()));
		const inHeaders = versions.map((v) => headers.findIndex((header) => header.endsWith(v.data.name)));
		expect([...inColumns, ...inHeaders]).not.toContain(-1);
		const ids = versions.map((v) => v.id);
		const order = (places: number[]) =>
			versions.map((v) => v.id).sort((a, b) => places[ids.indexOf(a)]! - places[ids.indexOf(b)]!);
		expect(order(inColumns)).toEqual(order(inHeaders));
	});

	it('sums each version up in its sidebar, with a link to the comparison', () => {
		for (const version of versions) {
			const mine = [...new Set(version.madeClaims.map(({ claimId }) => claimId))];
			const sharedHere = mine.filter((claim) => makers.get(claim)!.length > 1).length;
			const summary = select(page(`/articles/${version.id}/`).tree, hasClass('comparison-summary'))[0]!;
			expect(text(summary)).toContain(
				`${sharedHere} claims shared, ${mine.length - sharedHere} only in this version`,
			);
			expect(text(summary)).toMatch(/\d+ figures? differs?, \d+ citations? flagged/);
			expect(links(summary)).toContain(path);
		}
	});
});
