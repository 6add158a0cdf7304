import { join } from 'node:path';
import type { Element } from 'hast';
import { matches, select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { outcomeLabels } from '../../src/compare/labels';
import { projectRoot } from '../helpers/astro';
import { claimOrder, contentIds, readArticle, readData } from '../helpers/content';
import { links, type Page, builtSite, text } from '../helpers/dist';

/*
 * The comparison pages as a reader sees them, checked against the content
 * read straight from the files: which claims each version marks, which
 * sources it cites and what they record. Nothing here reuses the site's code.
 */

let site: Map<string, Page>;
const page = (path: string) => {
	const found = site.get(path);
	if (!found) throw new Error(`No page at ${path}`);
	return found;
};

beforeAll(() => {
	site = builtSite(join(projectRoot, 'dist'));
});

/** Each article with the claims it makes, its headline lines' first. */
const articles = contentIds('articles').map((id) => {
	const article = readArticle(id);
	return { id, ...article, madeClaims: claimOrder(article.data, article.markedClaims) };
});
const stories = contentIds('stories').filter(
	(story) => articles.filter((a) => a.data.story === story).length > 1,
);
const squash = (value: string) => value.replace(/\s+/g, '');

/** A copy of an element without the descendants that carry any of `classes`. */
function prune(el: Element, classes: string[]): Element {
	return {
		...el,
		children: el.children
			.filter((child) => !(child.type === 'element' && classes.some((name) => matches(`.${name}`, child))))
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

	it('shows both texts whole, aligned side by side, with word-level differences marked', () => {
		const compare = page(path);
		const rows = selectAll('.row', compare.tree);
		expect(rows.length).toBeGreaterThan(0);
		const sideText = (side: string) =>
			squash(
				rows
					.flatMap((row) => selectAll(`.${side} .sentence`, row))
					.map((sentence) => text(prune(sentence, ['relation', 'visually-hidden'])))
					.join(' '),
			);
		const sides = [sideText('side-a'), sideText('side-b')];
		for (const version of versions) {
			// Each version is whole on one side of the rows, whichever the page puts it on.
			const paragraphs = version.textBlocks.map((block) => squash(block.text));
			const side = sides.find((all) => all.includes(paragraphs[0]!));
			expect(side, `${version.id} is on one side`).toBeDefined();
			for (const paragraph of paragraphs) expect(side, version.id).toContain(paragraph);
		}
		const inRows = (tag: string) => rows.flatMap((row) => selectAll(tag, row));
		expect(inRows('del').length).toBeGreaterThan(0);
		expect(inRows('ins').length).toBeGreaterThan(0);
		for (const change of [...inRows('del'), ...inRows('ins')]) {
			expect(text(change)).toMatch(/^\[not in the other version: /);
		}
	});

	it('lists every shared claim and every one-sided claim, each in its table', () => {
		const compare = page(path);
		const rowIds = (tableId: string) =>
			selectAll(`#${tableId} tr[id]`, compare.tree).map((row) => String(row.properties.id));
		expect(rowIds('shared-claims').sort()).toEqual(shared.map((claim) => `compared-${claim}`).sort());
		expect(rowIds('one-sided-claims').sort()).toEqual(oneSided.map((claim) => `compared-${claim}`).sort());
		for (const claim of makers.keys()) {
			const row = select(`#compared-${claim}`, compare.tree)!;
			const cells = selectAll('td', row).slice(0, versions.length).map(text);
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
	});

	it('flags in the citation audit what the sources record', () => {
		const compare = page(path);
		const inlineNumbers = new Map(versions.map((v) => [v.id, /\\\[\d+\\\]/.test(v.body)]));
		const claims = contentIds('claims').map((id) => readData('claims', id));
		for (const version of versions) {
			for (const reference of version.data.references) {
				const source = readData('sources', reference.source);
				const entry = select(`#audit-${reference.source}`, compare.tree)!;
				const flags = selectAll('.check', entry)
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
				const note = select('.editorial', entry)!;
				expect(text(note)).toContain(source.note.trim().replace(/\s+/g, ' '));
				expect(text(note)).toMatch(/^Editorial/);
			}
		}
	});

	it('sets the editorial judgement on contradicted claims and on claims a version words otherwise than the record, beside the passages that make them', () => {
		const compare = page(path);
		type Worded = { article: string; wording?: { judged: string[] }; note?: string };
		const changedBy = (id: string) =>
			(readData('claims', id).byVersion as Worded[]).filter(
				(entry) => entry.wording && entry.wording.judged[0] !== 'faithful',
			);
		const editorial = [...makers.keys()].filter(
			(id) => readData('claims', id).verdict === 'contradicted' || changedBy(id).length > 0,
		);
		expect(editorial.length).toBeGreaterThan(0);
		const section = select('section:has(> #editorial-heading)', compare.tree)!;
		const said = text(section);
		const rows = selectAll('.row', compare.tree);
		const inText = new Set(versions.flatMap((version) => version.markedClaims));
		const plain = (value: string) => value.trim().replace(/\s+/g, ' ');
		for (const id of editorial) {
			const claim = readData('claims', id);
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
						selectAll('.editorial', row).some((note) => links(note).includes(`/claims/${id}/`)),
					),
					id,
				).toBe(true);
		}
		expect(selectAll('.editorial', compare.tree).every((note) => text(note).startsWith('Editorial'))).toBe(
			true,
		);
	});

	it('sums each version up in its sidebar, with a link to the comparison', () => {
		for (const version of versions) {
			const mine = [...new Set(version.madeClaims.map(({ claimId }) => claimId))];
			const sharedHere = mine.filter((claim) => makers.get(claim)!.length > 1).length;
			const summary = select('.comparison-summary', page(`/articles/${version.id}/`).tree)!;
			expect(text(summary)).toContain(
				`${sharedHere} claims shared, ${mine.length - sharedHere} only in this version`,
			);
			expect(text(summary)).toMatch(/\d+ figures? differs?, \d+ citations? flagged/);
			expect(links(summary)).toContain(path);
		}
	});
});
