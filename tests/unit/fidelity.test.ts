import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';
import { readArticle, readData } from '../helpers/content';

/**
 * Each article is checked word for word against the text it was taken from
 * (`tests/fixtures/originals/<article-id>.txt`, kept exactly as received).
 * Words and numbers are compared, not punctuation or Markdown: the claim
 * markers, list syntax and escapes are the site's, the words are the author's.
 */
const originals = join(projectRoot, 'tests/fixtures/originals');

/** Page furniture a scrape brings along, which the articles leave out. */
const furniture = ['Skip to content', 'Read also', 'Latest'];

/** Lower-case words and numbers, with the claim markers' syntax taken out. */
function words(text: string): string[] {
	const plain = text
		.replace(/:claim\[/g, '')
		.replace(/\]\{#[^}]*\}/g, '')
		.replace(/[‘’]/g, "'");
	return plain.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/** The parts of an article its frontmatter holds: headlines, tags and references as cited. */
function movedToFrontmatter(data: Record<string, any>): string[][] {
	const texts: string[] = [
		data.title,
		data.kicker,
		data.alternateHeadline,
		data.referencesHeading,
		...(data.tags ?? []),
		...(data.references ?? []).map(
			(reference: { source: string }) => readData('sources', reference.source).citedAs,
		),
	];
	return texts.filter((text): text is string => typeof text === 'string').map(words);
}

/**
 * Whether `run` is made up, end to end, of whole pieces, each used any number
 * of times.
 */
function madeOf(run: string[], pieces: string[][]): boolean {
	if (run.length === 0) return false;
	const sorted = [...pieces].filter((piece) => piece.length > 0).sort((a, b) => b.length - a.length);
	const ends = new Set([0]);
	for (let start = 0; start < run.length; start++) {
		if (!ends.has(start)) continue;
		for (const piece of sorted) {
			if (piece.every((word, i) => run[start + i] === word)) ends.add(start + piece.length);
		}
	}
	return ends.has(run.length);
}

/**
 * What the article adds to its original, and what it drops. A line of the
 * original made up wholly of furniture or of what the frontmatter holds (a
 * headline, a tag, the references running together on one line) is expected
 * to be missing from the body; every other word must be there, in order.
 */
function compare(original: string, id: string) {
	const { data, body } = readArticle(id);
	const pieces = [...movedToFrontmatter(data), ...furniture.map(words)];
	const kept = original
		.split('\n')
		.map(words)
		.filter((line) => !madeOf(line, pieces))
		.flat();
	const added: string[] = [];
	const dropped: string[] = [];
	for (const change of diffArrays(kept, words(body))) {
		if (change.added) added.push(change.value.join(' '));
		if (change.removed) dropped.push(change.value.join(' '));
	}
	return { added, dropped };
}

const checked = existsSync(originals)
	? readdirSync(originals)
			.filter((file) => file.endsWith('.txt'))
			.map((file) => file.replace(/\.txt$/, ''))
	: [];

describe('each article keeps its original text, word for word', () => {
	it('has an original for every article of the seed story', () => {
		expect(checked).toEqual(expect.arrayContaining(['000-rewrite', '001-scraped-page']));
	});

	it.each(checked)('%s adds no word and drops only furniture and what its frontmatter holds', (id) => {
		const original = readFileSync(join(originals, `${id}.txt`), 'utf8');
		expect(compare(original, id)).toEqual({ added: [], dropped: [] });
	});

	it('notices a changed, an added and a dropped word', () => {
		const id = '001-scraped-page';
		const original = readFileSync(join(originals, `${id}.txt`), 'utf8');
		const tampered = original
			.replace('Heaps of casualties', 'Piles of casualties')
			.replace('humming.', 'humming along.')
			.replace('and North Korean labor', 'and labor');
		const { added, dropped } = compare(tampered, id);
		expect(added).toEqual(['heaps', 'north korean']);
		expect(dropped).toEqual(['piles', 'along']);
	});
});
