import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../scripts/lib/html-text';
import {
	addVersionLink,
	escapeMarkdown,
	frontmatterSkeleton,
	joinHardWraps,
	normaliseCitation,
	prepareVersion,
	sameText,
	splitReferences,
} from '../../../src/authoring/new-version';
import { projectRoot } from '../../helpers/astro';
import { contentIds, readArticle, readData } from '../../helpers/content';
import { compareText } from '../../helpers/fidelity';

const originals = join(projectRoot, 'tests/fixtures/originals');
const ids = readdirSync(originals)
	.filter((file) => file.endsWith('.txt'))
	.map((file) => file.replace(/\.txt$/, ''));

/**
 * An article's Markdown with each claim marker reduced to the words it marks,
 * exactly as written: the markers are found by the parser the site uses
 * (remark with remark-directive), and each is replaced by the source of its
 * contents, so nothing else of the text is touched.
 */
function withoutMarkers(markdown: string): string {
	const tree = unified().use(remarkParse).use(remarkDirective).parse(markdown);
	const cuts: [number, number, string][] = [];
	visit(tree, 'textDirective', (node) => {
		if (node.name !== 'claim') return;
		const first = node.children[0]?.position?.start.offset ?? 0;
		const last = node.children.at(-1)?.position?.end.offset ?? 0;
		cuts.push([node.position!.start.offset!, node.position!.end.offset!, markdown.slice(first, last)]);
	});
	let text = markdown;
	for (const [start, end, words] of cuts.sort((a, b) => b[0] - a[0]))
		text = text.slice(0, start) + words + text.slice(end);
	return text;
}

const sourcesByCitation = new Map(
	contentIds('sources').map((id) => [normaliseCitation(readData('sources', id).citedAs), id]),
);

describe('new-version on each original reproduces its article', () => {
	it.each(ids)('%s: the same text, markers aside', (id) => {
		const { body } = readArticle(id);
		const { markdown } = prepareVersion(readFileSync(join(originals, `${id}.txt`), 'utf8'));
		expect(markdown.trim()).toBe(withoutMarkers(body).trim());
	});

	it.each(ids)('%s: the same headlines, tags and reference list', (id) => {
		const { data } = readArticle(id);
		const { recognised } = prepareVersion(readFileSync(join(originals, `${id}.txt`), 'utf8'));
		expect({
			title: recognised.title,
			kicker: recognised.kicker,
			alternateHeadline: recognised.alternateHeadline,
			tags: recognised.tags,
			referencesHeading: recognised.referencesHeading ?? 'References',
			references: recognised.references.map(({ number, citedAs }) => ({
				...(number === undefined ? {} : { number }),
				source: sourcesByCitation.get(normaliseCitation(citedAs)),
			})),
		}).toEqual({
			title: data.title,
			kicker: data.kicker,
			alternateHeadline: data.alternateHeadline,
			tags: data.tags ?? [],
			referencesHeading: data.referencesHeading ?? 'References',
			references: data.references,
		});
	});

	it.each(ids)('%s: what it writes passes the fidelity check untouched', (id) => {
		const original = readFileSync(join(originals, `${id}.txt`), 'utf8');
		const { markdown, recognised } = prepareVersion(original);
		const skeleton = frontmatterSkeleton(recognised, {
			versions: [],
			provenance: 'rewrite',
			name: 'rewrite',
			sourcesByCitation,
		});
		const data = yaml.load(skeleton.replace(/^---\n|\n---$/g, '')) as Record<string, any>;
		expect(compareText(original, data, markdown)).toEqual({ added: [], dropped: [] });
	});
});

describe('new-version on a saved HTML page', () => {
	const html = readFileSync(join(projectRoot, 'tests/fixtures/pages/news-page.html'), 'utf8');
	const page = htmlToText(html);
	const prepared = prepareVersion(page.text, page.hints);

	it('reads the page as text, leaving out navigation, scripts, forms and the footer', () => {
		expect(page.text).not.toMatch(/dataLayer|margin|Subscribe|Home World/);
		expect(page.dropped.map((item) => item.element)).toEqual(['nav', 'footer']);
		expect(page.hints).toEqual({
			title: 'Drone Plant Hires Workers From Abroad',
			headings: ['What We Know'],
		});
	});

	it('writes the article text, escaped, with its heading, list and trailing note', () => {
		expect(prepared.markdown).toBe(
			[
				'A factory in Tatarstan is said to be hiring 2,000 more workers.',
				'The plant, in the Alabuga zone, reportedly wants staff for \\[its\\] new lines. Officials declined to comment.',
				'## What We Know',
				'- Hiring began in March 2024, according to a local paper.\n- Wages are not known.',
				'---',
				'Editor’s note: an earlier version misspelt the zone.',
			].join('\n\n') + '\n',
		);
	});

	it('recognises the kicker, title, tags and references, and lists each removal', () => {
		expect(prepared.recognised).toEqual({
			title: 'Drone Plant Hires Workers From Abroad',
			kicker: 'Labour shortage?',
			tags: ['Russia', 'Drones'],
			references: [
				{ number: 1, citedAs: '[1] Local Paper, “Plant hires abroad”, 2024' },
				{ number: 2, citedAs: '[2] Wire Service, “Drones in Tatarstan”' },
			],
		});
		expect(prepared.removals.map(({ text, reason }) => `${text} — ${reason}`)).toEqual([
			'Skip to content — page furniture',
			'Labour shortage? — kept as kicker in the frontmatter',
			'Drone Plant Hires Workers From Abroad — kept as title in the frontmatter',
			'Read also: — page furniture',
			'[1] Local Paper, “Plant hires abroad”, 2024 — reference list, kept as cited in the frontmatter (references)',
			'[2] Wire Service, “Drones in Tatarstan” — reference list, kept as cited in the frontmatter (references)',
			'• Russia — tag list, kept in the frontmatter (tags)',
			'• Drones — tag list, kept in the frontmatter (tags)',
		]);
	});

	it('passes the fidelity check against the text it keeps as the original', () => {
		const skeleton = frontmatterSkeleton(prepared.recognised, {
			versions: [],
			provenance: 'scraped-page',
			name: 'scraped page',
			sourcesByCitation,
		});
		const data = yaml.load(skeleton.replace(/^---\n|\n---$/g, '')) as Record<string, any>;
		const citedAs = prepared.recognised.references.map((reference) => reference.citedAs);
		expect(compareText(page.text, data, prepared.markdown, citedAs)).toEqual({ added: [], dropped: [] });
	});
});

describe('the pieces', () => {
	it.each([
		['cited [1]', 'cited \\[1\\]'],
		['a *star* and a_b', 'a \\*star\\* and a\\_b'],
		['# not a heading', '\\# not a heading'],
		['<b> stays text', '\\<b> stays text'],
		['plain words, 25,000 of them.', 'plain words, 25,000 of them.'],
	])('escapeMarkdown(%j)', (text, expected) => {
		expect(escapeMarkdown(text)).toBe(expected);
	});

	it('splits references that ran together on one line', () => {
		expect(splitReferences('[1] A, “T”, link[2] B, “U”, [link] (https://x.org/)')).toEqual([
			{ number: 1, citedAs: '[1] A, “T”, link' },
			{ number: 2, citedAs: '[2] B, “U”, [link] (https://x.org/)' },
		]);
	});

	it.each([
		[
			'an empty list',
			'---\ntitle: x\nversions: []\n---\nText',
			'---\ntitle: x\nversions:\n  - new\n---\nText',
		],
		[
			'an inline list',
			'---\nversions: [a, b]\nlanguage: en\n---\n',
			'---\nversions:\n  - a\n  - b\n  - new\nlanguage: en\n---\n',
		],
		[
			'a block list',
			'---\nversions:\n  - a\nlanguage: en\n---\n',
			'---\nversions:\n  - a\n  - new\nlanguage: en\n---\n',
		],
		['no list', '---\ntitle: x\n---\n', '---\ntitle: x\nversions:\n  - new\n---\n'],
		['already listed', '---\nversions:\n  - new\n---\n', '---\nversions:\n  - new\n---\n'],
	])('addVersionLink to %s', (_name, source, expected) => {
		expect(addVersionLink(source, 'new')).toBe(expected);
	});

	it('writes a skeleton the YAML reader reads back, with known sources by id', () => {
		const skeleton = frontmatterSkeleton(
			{
				title: 'A "quoted" title: yes',
				tags: ['Russia'],
				references: [
					{ number: 1, citedAs: readData('sources', 'nhk-25000-workers').citedAs },
					{ number: 2, citedAs: '[2] Unknown, “New”' },
				],
			},
			{
				story: 's',
				versions: ['000-rewrite'],
				provenance: 'scraped-page',
				name: 'scraped page',
				sourcesByCitation,
			},
		);
		expect(yaml.load(skeleton.replace(/^---\n|\n---$/g, ''))).toMatchObject({
			title: 'A "quoted" title: yes',
			story: 's',
			name: 'scraped page',
			tags: ['Russia'],
			versions: ['000-rewrite'],
			references: [
				{ number: 1, source: 'nhk-25000-workers' },
				{ number: 2, source: 'TODO-source-id' },
			],
		});
	});
});

describe('new-version on a text with its headline twice and a numbered reading list', () => {
	const body =
		'A factory in Tatarstan is said to be hiring 2,000 more workers from abroad for its new drone lines, a local paper reported on Tuesday, citing people who had seen the plans. Officials declined to comment.';
	const text = [
		'Plant Hires Workers Abroad',
		'Plant Hires Workers Abroad',
		body,
		'Sources:',
		'1. Wire, "Drones in Tatarstan", 2024',
		'2. Paper, "Hiring abroad"',
	].join('\n');
	const prepared = prepareVersion(text);

	it('keeps the headline once, and says the second is a repeat', () => {
		expect(prepared.recognised.title).toBe('Plant Hires Workers Abroad');
		expect(prepared.removals.slice(0, 2)).toEqual([
			{ line: 1, text: 'Plant Hires Workers Abroad', reason: 'kept as title in the frontmatter' },
			{ line: 2, text: 'Plant Hires Workers Abroad', reason: 'repeated headline (the title again)' },
		]);
	});

	it('moves the list under its heading to the references, numbers kept, and leaves the body as it was', () => {
		expect(prepared.recognised.referencesHeading).toBe('Sources');
		expect(prepared.recognised.references).toEqual([
			{ number: 1, citedAs: 'Wire, "Drones in Tatarstan", 2024' },
			{ number: 2, citedAs: 'Paper, "Hiring abroad"' },
		]);
		expect(prepared.removals.slice(2).map(({ line, reason }) => [line, reason])).toEqual([
			[4, 'heading of the reference list (referencesHeading)'],
			[5, 'reference list, kept as cited in the frontmatter (references)'],
			[6, 'reference list, kept as cited in the frontmatter (references)'],
		]);
		expect(prepared.markdown).toBe(`${body}\n`);
	});
});

describe('new-version on a plain wire text', () => {
	const wire = [
		'Seoul says North Korean workers head to Russian drone plant',
		'',
		"SEOUL, June 20 (Wire) - South Korea's spy agency said on Friday that",
		'North Korea may send thousands of workers to a drone factory in',
		'Russia, officials told reporters.',
		'',
		'Seoul and Kyiv have accused Pyongyang of supplying artillery shells',
		'and troops.',
	].join('\n');

	it('takes the first line for the headline, whatever its case', () => {
		expect(prepareVersion(wire).recognised.title).toBe(
			'Seoul says North Korean workers head to Russian drone plant',
		);
	});

	it('joins hard-wrapped lines back into their paragraphs, words untouched', () => {
		const { markdown } = prepareVersion(wire);
		expect(markdown.trim().split('\n\n')).toEqual([
			"SEOUL, June 20 (Wire) - South Korea's spy agency said on Friday that North Korea may send thousands of workers to a drone factory in Russia, officials told reporters.",
			'Seoul and Kyiv have accused Pyongyang of supplying artillery shells and troops.',
		]);
	});

	it('keeps short lines and list items as they are', () => {
		expect(joinHardWraps(['A line that ends mid-sentence but is short', '- an item', 'Done.'])).toEqual([
			'A line that ends mid-sentence but is short',
			'- an item',
			'Done.',
		]);
	});

	it('knows a text already in the collection, by its words', () => {
		const kept = new Map([['002-seoul-says', wire.replace(/\n/g, ' ').toUpperCase()]]);
		expect(sameText(wire, kept)).toBe('002-seoul-says');
		expect(sameText(`${wire} More.`, kept)).toBeUndefined();
	});
});
