import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/compare/sentences';
import { collapseSpaces, readText } from '../../../src/compare/text';
import { contentWords, normalise, stem, words } from '../../../src/text/words';
import { readMarkdown } from '../../helpers/markdown';

/** A Markdown text as the comparison reads it: through the site's Markdown plugins, then `readText`. */
const read = (markdown: string) => readText(readMarkdown(markdown).data.textBlocks);

describe('readText', () => {
	it.each([
		['plain text', 'plain text', []],
		['A :claim[b c]{#x} d', 'A b c d', [['x', 'b c']]],
		[
			':claim[one]{#x} and :claim[two]{#y}.',
			'one and two.',
			[
				['x', 'one'],
				['y', 'two'],
			],
		],
		['cited \\[1\\]\\[2\\].', 'cited [1][2].', []],
		['a [link](https://example.org) here', 'a link here', []],
		['*stress* and __strong__', 'stress and strong', []],
		['spaces   :claim[  kept ]{#x}  collapse', 'spaces kept collapse', [['x', 'kept']]],
		[
			'one line\nand the next :claim[across\na break]{#x}',
			'one line and the next across a break',
			[['x', 'across a break']],
		],
	])('%j → %j', (markdown, text, spans) => {
		const [block] = read(markdown).blocks;
		expect(block!.text).toBe(text);
		expect(block!.claims.map((span) => [span.claimId, block!.text.slice(span.start, span.end)])).toEqual(
			spans,
		);
	});

	it('reads paragraphs, headings and list items, leaving out thematic breaks', () => {
		const { blocks } = read(
			'First line\nsame paragraph.\n\n## A heading\n\n- Label: item one\n- item two\n\n---\n\n1. numbered',
		);
		expect(blocks.map((block) => [block.kind, block.text])).toEqual([
			['paragraph', 'First line same paragraph.'],
			['heading', 'A heading'],
			['item', 'Label: item one'],
			['item', 'item two'],
			['item', 'numbered'],
		]);
		expect(blocks[2]!.labelLength).toBe('Label'.length);
		expect(blocks[3]!.labelLength).toBe(0);
	});

	it('numbers the sentences of all blocks in text order, each with the claims marked in it', () => {
		const { sentences } = read('One :claim[two]{#x}. Three.\n\nFour :claim[five. Six]{#y}.');
		expect(sentences.map(({ block, text, claims }) => [block, text, claims])).toEqual([
			[0, 'One two.', ['x']],
			[0, 'Three.', []],
			[1, 'Four five.', ['y']],
			[1, 'Six.', ['y']],
		]);
	});
});

describe('collapseSpaces', () => {
	it('moves each span to the same words and off the spaces around them', () => {
		const raw = '  a\n\t b  c ';
		const { text, claims } = collapseSpaces(raw, [
			{ claimId: 'b', start: raw.indexOf('b'), end: raw.indexOf('b') + 1 },
			{ claimId: 'bc', start: raw.indexOf('b') - 2, end: raw.length },
		]);
		expect(text).toBe('a b c');
		expect(claims.map((span) => [span.claimId, text.slice(span.start, span.end)])).toEqual([
			['b', 'b'],
			['bc', 'b c'],
		]);
	});
});

describe('words and stems', () => {
	it.each([
		["Russia's drones [1], 25,000 of them.", ['russia', 'drones', '25000', 'of', 'them']],
		['25 000 and 25\u202f000', ['25000', 'and', '25000']],
		['in 2022 500 people', ['in', '2022', '500', 'people']],
		['Geran-2 drones', ['geran-2', 'drones']],
	])('words(%j)', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});

	it.each([
		['operations', 'operating'],
		['Koreans', 'Korea'],
		['vehicles', 'vehicle'],
		['drones', 'drone'],
	])('%s and %s share a stem', (a, b) => {
		expect(stem(a.toLowerCase())).toBe(stem(b.toLowerCase()));
	});

	it('drops stop words and normalises punctuation and case', () => {
		expect(contentWords('The workers are going to Russia')).toEqual(['worke', 'go', 'russi']);
		expect(normalise('Over 25,000 workers.')).toBe(normalise('over 25000 Workers'));
	});
});

describe('splitSentences', () => {
	it.each([
		['One. Two.', ['One.', 'Two.']],
		['N. Korea sends workers. Russia agrees.', ['N. Korea sends workers.', 'Russia agrees.']],
		['The U.S. and Dr. Who met. Then left.', ['The U.S. and Dr. Who met.', 'Then left.']],
		['Cited here [1][2]. Next.', ['Cited here [1][2].', 'Next.']],
		['Is it? Yes!', ['Is it?', 'Yes!']],
		['No full stop', ['No full stop']],
	])('%j', (text, expected) => {
		expect(splitSentences(text).map((sentence) => sentence.text)).toEqual(expected);
	});

	it('keeps offsets into the text', () => {
		const text = 'One.  Two.';
		for (const sentence of splitSentences(text)) {
			expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
		}
	});
});
