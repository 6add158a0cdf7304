import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareStory } from '../../../src/compare/story';
import { readText } from '../../../src/compare/text';
import { buildSiteGraph } from '../../../src/record/graph';
import { findContentProblems } from '../../../src/record/integrity';
import { compareStoryContent } from '../../fixtures/compare/story';
import { articleEntry } from '../../helpers/content';
import { render } from '../../helpers/markdown';

/*
 * The sidebar and the comparison read one text: the markers and plain text the
 * site's Markdown plugin records while the page is rendered. Whatever Markdown
 * a marker sits in, both see the same claims, over the same words.
 */

/** Markdown the plugin accepts that a line-by-line reading would get wrong, with what a reader sees. */
const cases: { name: string; markdown: string; text: string[]; marked: [string, string][] }[] = [
	{
		name: 'an id written as an attribute',
		markdown: 'One :claim[passage]{id=x} here.',
		text: ['One passage here.'],
		marked: [['x', 'passage']],
	},
	{
		name: 'a marker in a blockquote',
		markdown: '> A :claim[b]{#y} c.',
		text: ['A b c.'],
		marked: [['y', 'b']],
	},
	{
		name: 'a reference link inside a marker',
		markdown: 'See :claim[the [report][r] in full]{#z}.\n\n[r]: https://example.org/report',
		text: ['See the report in full.'],
		marked: [['z', 'the report in full']],
	},
	{
		name: 'an HTML entity',
		markdown: 'Fish :claim[&amp; chips&nbsp;here]{#f}.',
		text: ['Fish & chips\u00a0here.'],
		marked: [['f', '& chips\u00a0here']],
	},
	{
		name: 'a marker in a table cell',
		markdown: '| Who | What |\n| - | - |\n| NHK | :claim[25,000 workers]{#w} |',
		text: ['Who', 'What', 'NHK', '25,000 workers'],
		marked: [['w', '25,000 workers']],
	},
	{
		name: 'a setext heading',
		markdown: 'A :claim[heading]{#h} set out\n===\n\nAnd text.',
		text: ['A heading set out', 'And text.'],
		marked: [['h', 'heading']],
	},
];

describe('the comparison reads the text as the sidebar does', () => {
	it.each(cases)('$name', async ({ markdown, text, marked }) => {
		const { html, data, problems } = await render(markdown);
		expect(problems).toEqual([]);
		const { blocks, sentences } = readText(data.textBlocks);

		expect(blocks.map((block) => block.text)).toEqual(text);
		// The sidebar's markers: ids and words.
		expect(data.claimMarkers.map((marker) => [marker.claimId, marker.text])).toEqual(marked);
		// The comparison's claim spans: the same ids over the same words.
		const spans = blocks.flatMap((block) =>
			block.claims.map((span) => [span.claimId, block.text.slice(span.start, span.end)]),
		);
		expect(spans).toEqual(marked);
		expect([...new Set(sentences.flatMap((sentence) => sentence.claims))]).toEqual(marked.map(([id]) => id));
		// The page highlights the same claims.
		expect([...html.matchAll(/data-claim="([^"]+)"/g)].map((match) => match[1])).toEqual(
			marked.map(([id]) => id),
		);
		for (const block of blocks) expect(block.text).not.toMatch(/:claim|[[\]{}#=>]|&\w+;/);
	});
});

describe('the claims matrix sees every claim a version marks', () => {
	// The fixture's scraped page, its markers written in each of the ways above.
	const scraped = readFileSync(new URL('../../fixtures/compare/scraped.md', import.meta.url), 'utf8');
	const frontmatter = scraped.slice(0, scraped.indexOf('\n---\n') + 5);
	const body = [
		'The workers\n---',
		'Over 25,000 North Korean workers will go to Alabuga, :claim[NHK reported over 25,000 workers]{id=workers} [1].',
		'> Russia and North Korea signed the treaty last year, and :claim[North Korea allegedly supplies munitions]{#supplies} to Russia.',
		'Sergei Shoigu promised :claim[1,000 [deminers][d] &amp; sappers]{#deminers} for Kursk.',
		'[d]: https://example.org/deminers',
	].join('\n\n');

	const content = compareStoryContent();
	content.articles[0] = articleEntry('scraped', `${frontmatter}\n${body}\n`);
	const comparison = compareStory(buildSiteGraph(content).stories[0]!);
	const reading = comparison.versions.find((version) => version.id === 'scraped')!;

	it('starts from content the build accepts', () => {
		expect(findContentProblems(content)).toEqual([]);
	});

	it('counts each marked claim as made, with the words the sidebar shows', () => {
		const markers = content.articles[0]!.markers;
		expect(markers.map((marker) => marker.claimId)).toEqual(['workers', 'supplies', 'deminers']);
		for (const marker of markers) {
			const row = comparison.claims.find((claim) => claim.claim.entry.id === marker.claimId)!;
			const inScraped = row.versions.find((version) => version.articleId === 'scraped')!;
			expect(inScraped.made, marker.claimId).toBe(true);
			expect(inScraped.wordings).toEqual([marker.text]);
		}
		expect(comparison.storySummary.shared).toBe(3);
		expect(reading.blocks.map((block) => [block.kind, block.text])).toEqual([
			['heading', 'The workers'],
			[
				'paragraph',
				'Over 25,000 North Korean workers will go to Alabuga, NHK reported over 25,000 workers [1].',
			],
			[
				'paragraph',
				'Russia and North Korea signed the treaty last year, and North Korea allegedly supplies munitions to Russia.',
			],
			['paragraph', 'Sergei Shoigu promised 1,000 deminers & sappers for Kursk.'],
		]);
		expect(reading.inlineNumbers).toEqual([1]);
	});
});
