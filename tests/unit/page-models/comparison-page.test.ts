import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsInRow, compareStory } from '../../../src/compare/story';
import { buildSiteGraph } from '../../../src/record/graph';
import { findContentProblems } from '../../../src/record/integrity';
import {
	alignedRows,
	citationAudit,
	comparisonPage,
	comparisonPairPage,
	provenanceBeside,
} from '../../../src/page-models/comparison-page';
import { pairSlug } from '../../../src/site/paths';
import { compareStoryContent } from '../../fixtures/compare/story';
import { projectRoot } from '../../helpers/astro';
import { readContentSet } from '../../helpers/content';

const threeVersions = join(projectRoot, 'tests/fixtures/three-versions');

describe('comparisonPage of a story of two versions', () => {
	const story = buildSiteGraph(compareStoryContent()).stories[0]!;
	const comparison = compareStory(story);
	const page = comparisonPage(story, comparison);

	it('counts the versions in words', () => {
		expect(page.counted).toBe('two versions');
		expect(page.description).toContain('The two versions of “Workers”');
	});

	it('shows its one pair on the page, its rows linked from the picture', () => {
		expect(page.pairsHere).toBe(true);
		expect(page.pairs.map((view) => [view.href, view.idPrefix, view.heading])).toEqual([
			['#pair-1', 'pair-1', 'The scraped page (first) and the rewrite (second)'],
		]);
		const rows = comparison.pairs[0]!.alignment.rows.length;
		const anchors = Array.from({ length: rows }, (_, i) => `#pair-1-row-${i + 1}`);
		expect(page.picture.blocks.length).toBeGreaterThan(0);
		for (const block of page.picture.blocks) expect(anchors).toContain(block.href);
		expect(page.toc.map((entry) => entry.text)).toContain('The texts, aligned');
	});

	it('sets out each row of the aligned texts: its label, each side in its passages, and its editorial notes', () => {
		const pair = comparison.pairs[0]!;
		const claims = story.claims;
		const rows = alignedRows(pair, claims, 'pair-1');
		expect(rows.map((row) => row.id)).toEqual(pair.alignment.rows.map((_, i) => `pair-1-row-${i + 1}`));
		rows.forEach((row, i) => {
			const source = pair.alignment.rows[i]!;
			// Every sentence of each side is shown once, in order, grouped by its passage.
			const [a, b] = row.sides;
			expect(a!.paragraphs.flat().map(({ sentence }) => sentence)).toEqual(source.sentencesA);
			expect(b!.paragraphs.flat().map(({ sentence }) => sentence)).toEqual(source.sentencesB);
			for (const side of row.sides) {
				for (const group of side.paragraphs)
					expect(new Set(group.map(({ sentence }) => sentence.block)).size).toBe(1);
				expect(side.place === undefined).toBe(side.paragraphs.length === 0);
			}
			if (row.status === 'only-a') expect(row.label).toBe(`Only in ${pair.a.name}`);
			if (row.status === 'only-b') expect(row.label).toBe(`Only in ${pair.b.name}`);
			// A note only for a claim the row's passages mark.
			const marked = claimsInRow(pair, source);
			for (const claim of row.notes) expect(marked).toContain(claim.entry.id);
		});
		expect(rows.some((row) => row.status === 'only-b')).toBe(true);
		expect(rows.flatMap((row) => row.notes).length).toBeGreaterThan(0);
		// Only the editorial claims passed in get notes.
		expect(alignedRows(pair, [], 'pair-1').flatMap((row) => row.notes)).toEqual([]);
	});

	it('names the provenance beside a version only where its name does not say it', () => {
		expect(page.versions.map(({ name, provenance }) => [name, provenance])).toEqual([
			['the scraped page', undefined],
			['the rewrite', undefined],
		]);
		expect(provenanceBeside('AP brief', 'Wire brief')).toEqual({ provenance: 'wire brief' });
		expect(provenanceBeside('rewrite', 'Rewrite')).toEqual({});
	});

	it('sorts every claim into the shared or the one-sided matrix, by how many versions make it', () => {
		const made = (id: string) => story.claims.find((c) => c.entry.id === id)!.appearances.length;
		const { shared, oneSided } = page.claims;
		expect([...shared.rows, ...oneSided.rows].map((row) => row.claim.entry.id).sort()).toEqual(
			story.claims.map((claim) => claim.entry.id).sort(),
		);
		for (const row of shared.rows) expect(made(row.claim.entry.id)).toBeGreaterThan(1);
		for (const row of oneSided.rows) expect(made(row.claim.entry.id)).toBe(1);
		expect(shared.caption).toBe(`Made by more than one version (${shared.rows.length})`);
	});

	it('sums each pair up in one line that names both versions', () => {
		const [line] = page.findings;
		expect(line!.lead).toBe('The scraped page and the rewrite:');
		expect(line!.text).toMatch(
			/^\d+ passages? matched \(\d+ kept, \d+ reworded\), \d+ only in the scraped page/,
		);
		expect(line!.after).toBeUndefined();
	});
});

describe('comparisonPage of a story of three versions', () => {
	const content = readContentSet(threeVersions);
	const story = buildSiteGraph(content).stories[0]!;
	const comparison = compareStory(story);
	const page = comparisonPage(story, comparison);
	const names = comparison.versions.map((version) => version.name);

	it('starts from content the build accepts', () => {
		expect(findContentProblems(content)).toEqual([]);
		expect(names).toEqual(['the scraped page', 'the wire brief', 'the rewrite']);
	});

	it('counts the versions in words', () => {
		expect(page.counted).toBe('three versions');
		expect(page.picture.title).toBe('How the passages of the three versions line up');
	});

	it('gives every pair one line here and a page of its own', () => {
		expect(page.pairsHere).toBe(false);
		expect(page.pairs.map((view) => view.href)).toEqual([
			'/compare/millbrook-bridge/scraped-page-wire-brief/',
			'/compare/millbrook-bridge/scraped-page-rewrite/',
			'/compare/millbrook-bridge/wire-brief-rewrite/',
		]);
		const pairLines = page.findings.slice(0, 3);
		expect(pairLines.map((line) => line.lead)).toEqual([
			'The scraped page and the wire brief:',
			'The scraped page and the rewrite:',
			'The wire brief and the rewrite:',
		]);
		expect(pairLines.map((line) => line.after!.href)).toEqual(page.pairs.map((view) => view.href));
		const [first] = comparison.pairs;
		const rows = first!.alignment.counts.rows;
		expect(page.pairs[0]!.short).toBe(
			`${rows.kept + rows.reworded} passages matched, ${rows['only-a'] + rows['only-b']} in one of the two only`,
		);
		expect(page.toc.map((entry) => entry.text)).toContain('The versions, two by two');
	});

	it('draws a column per version, each passage linked to its row on a pair’s page', () => {
		expect(page.picture.columns.map((column) => column.lines.join(' ')).sort()).toEqual(
			['Rewrite', 'Scraped page', 'Wire brief'].sort(),
		);
		const passages = comparison.versions.reduce((sum, version) => sum + version.blocks.length, 0);
		expect(page.picture.blocks).toHaveLength(passages);
		for (const block of page.picture.blocks) {
			expect(block.href).toMatch(/^\/compare\/millbrook-bridge\/[a-z-]+\/#aligned-row-\d+$/);
			const [path] = block.href.split('#');
			expect(page.pairs.map((view) => view.href)).toContain(path);
		}
		// The rewrite's forecast is in no other version.
		expect(page.picture.blocks.filter((block) => block.only).map((block) => block.label)).toContain(
			'Rewrite, passage 6: in this version only',
		);
	});

	it('keeps the claims matrix to one column per version', () => {
		for (const row of [...page.claims.shared.rows, ...page.claims.oneSided.rows]) {
			expect(row.versions.map((version) => version.articleId)).toEqual(comparison.versions.map((v) => v.id));
		}
	});
});

describe('comparisonPairPage', () => {
	const story = buildSiteGraph(readContentSet(threeVersions)).stories[0]!;
	const comparison = compareStory(story);

	it('names the two versions and links back to the story’s comparison', () => {
		const page = comparisonPairPage(story, comparison, 1);
		expect(pairSlug(page.pair.pair)).toBe('scraped-page-rewrite');
		expect(page.title).toBe(
			'The scraped page and the rewrite, side by side: The Millbrook bridge closes for repairs',
		);
		expect(page.storyHref).toBe('/compare/millbrook-bridge/');
		expect(page.pair.idPrefix).toBe('aligned');
		expect(page.pair.figures.columns).toEqual(['Figure', 'In the scraped page', 'In the rewrite', 'Finding']);
	});

	it('sets beside the passages the editorial judgements either text of the pair makes', () => {
		// The sum is worded otherwise than the record by the scraped page and the rewrite, so in every pair
		// with one of them; the rewrite alone drops the council from the closure; the wire brief changes nothing.
		const editorial = (index: number) =>
			comparisonPairPage(story, comparison, index).editorial.map((claim) => claim.entry.id);
		const pairs = comparison.pairs.map((pair) => [pair.a.id, pair.b.id].sort().join(' and '));
		expect(Object.fromEntries(pairs.map((pair, index) => [pair, editorial(index)]))).toEqual({
			'rewrite and scraped-page': ['bridge-closes-six-weeks', 'repairs-cost'],
			'scraped-page and wire-brief': ['repairs-cost'],
			'rewrite and wire-brief': ['bridge-closes-six-weeks', 'repairs-cost'],
		});
		const wire = comparison.versions.find((version) => version.id === 'wire-brief')!;
		expect(wire.sentences.flatMap((sentence) => sentence.claims)).not.toContain('repairs-cost');
	});

	it('names the story and the index when asked for a pair the comparison does not have', () => {
		expect(() => comparisonPairPage(story, comparison, comparison.pairs.length)).toThrow(
			'The comparison of "millbrook-bridge" has no pair 3',
		);
	});
});

describe('citationAudit', () => {
	const content = readContentSet(threeVersions);
	/** The fixture with the rewrite's one reading-list item dated before the events it is cited for. */
	const predating = () => {
		const copy = structuredClone(content);
		const gazette = copy.sources.find((source) => source.id === 'gazette-cracks')!;
		gazette.data = { ...gazette.data, date: '2024' };
		return copy;
	};
	const auditOf = (set: typeof content) => {
		const story = buildSiteGraph(set).stories[0]!;
		return citationAudit(story, compareStory(story));
	};

	it('leads with the flags that say a source cannot bear its claims, then those of form, then the rest', () => {
		const plain = auditOf(content);
		expect(plain.groups.map((group) => [group.heading, group.sources.map((source) => source.href)])).toEqual([
			['No address', ['#audit-gazette-cracks']],
		]);
		expect(plain.lead).toEqual([]);
		const audit = auditOf(predating());
		expect(audit.groups.map((group) => group.heading)).toEqual([
			'Dated before the events it is cited for',
			'No address',
		]);
		expect(audit.tally).toBe(
			'1 of 2 cited sources flagged: 1 dated before the events it is cited for; 1 with no address.',
		);
		expect(audit.sources.map((source) => [source.anchor, source.status.text])).toEqual([
			['audit-gazette-cracks', 'Flagged: dated before the events it is cited for; no address'],
			['audit-council-closure-notice', 'No flag'],
		]);
		// The strongest check first, with its symbol and label beside the words.
		const [first] = audit.sources[0]!.checks;
		expect([first!.symbol, first!.label]).toEqual(['!', 'Does not hold']);
		expect(audit.lead).toEqual([expect.stringMatching(/^The one citation the rewrite makes/)]);
	});

	it('names each event once, in words, with the claims cited for it by their words and linked to their pages', () => {
		const [gazette] = auditOf(predating()).sources;
		const dated = gazette!.checks.find((check) => check.events)!;
		expect(dated.text).toBe('Dated 2024 as cited: before the event it is cited for, so it cannot report it.');
		expect(dated.events).toEqual([
			{
				text: "10 February 2025: The local paper reports that inspectors found cracks in two of the bridge's supports.",
				href: '#event-cracks-reported',
				claims: [
					{ text: "Inspectors found cracks in the bridge's supports.", href: '/claims/cracks-found/' },
				],
			},
		]);
		expect(gazette!.meta).toBe('Millbrook Gazette, 2024');
	});
});
