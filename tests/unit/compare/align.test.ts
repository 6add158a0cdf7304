import { describe, expect, it } from 'vitest';
import { alignTexts, matchSentences, wordDiff } from '../../../src/compare/align';
import { bagOf, containment, similarity } from '../../../src/compare/similarity';
import { readText } from '../../../src/compare/text';
import { readMarkdown } from '../../helpers/markdown';

describe('similarity and containment', () => {
	it.each([
		['Russia makes drones', 'drones Russia makes', 1],
		['Russia makes drones', 'Ukraine grows wheat', 0],
		['', '', 0],
	])('similarity(%j, %j) = %d', (a, b, expected) => {
		expect(similarity(bagOf(a), bagOf(b))).toBe(expected);
	});

	it('containment is 1 when every word of the part is in the whole', () => {
		expect(containment(bagOf('drones surge'), bagOf('drones surge and workers arrive'))).toBe(1);
		expect(containment(bagOf('drones surge and workers arrive'), bagOf('drones surge'))).toBeLessThanOrEqual(
			0.5,
		);
	});
});

/** Aligns two small Markdown texts, read through the site's Markdown plugins, and describes the rows compactly. */
function rows(a: string, b: string) {
	const read = (markdown: string) => readText(readMarkdown(markdown).data.textBlocks);
	const alignment = alignTexts(read(a), read(b));
	return {
		alignment,
		rows: alignment.rows.map((row) => `${row.status} ${row.blocksA.join('+')}|${row.blocksB.join('+')}`),
	};
}

const p1 = 'North Korea will send twenty thousand workers to the drone factory in Tatarstan.';
const p2 = 'Shoigu announced that pioneers will be sent to the Kursk region for demining.';
const p3 = 'Heavy casualties follow the nightly attacks on Ukrainian cities.';

describe('alignTexts', () => {
	it.each([
		['identical texts', `${p1}\n\n${p2}`, `${p1}\n\n${p2}`, ['kept 0|0', 'kept 1|1']],
		['reordered paragraphs', `${p1}\n\n${p2}`, `${p2}\n\n${p1}`, ['kept 0|1', 'kept 1|0']],
		[
			'a dropped paragraph',
			`${p1}\n\n${p3}\n\n${p2}`,
			`${p1}\n\n${p2}`,
			['kept 0|0', 'only-a 1|', 'kept 2|1'],
		],
		[
			'an added paragraph',
			`${p1}\n\n${p2}`,
			`${p1}\n\n${p3}\n\n${p2}`,
			['kept 0|0', 'only-b |1', 'kept 1|2'],
		],
		['two paragraphs merged into one', `${p1}\n\n${p2}`, `${p1} ${p2}`, ['kept 0+1|0']],
		['one paragraph split into two', `${p1} ${p2}`, `${p1}\n\n${p2}`, ['kept 0|0+1']],
	])('%s', (_, a, b, expected) => {
		expect(rows(a, b).rows).toEqual(expected);
	});

	it('pairs a reworded sentence and marks the words each side lacks', () => {
		const { alignment } = rows(
			'North Korea will send 25,000 workers to the drone factory in Tatarstan.',
			'North Korea is set to dispatch 25,000 workers to the drone factory in Tatarstan.',
		);
		expect(alignment.rows.map((row) => row.status)).toEqual(['reworded']);
		const [a] = alignment.sentencesA;
		const [b] = alignment.sentencesB;
		expect(a!.relation).toBe('reworded');
		expect(a!.parts.filter((part) => part.change === 'removed').map((part) => part.text.trim())).toEqual([
			'will send',
		]);
		expect(b!.parts.filter((part) => part.change === 'added').map((part) => part.text.trim())).toEqual([
			'is set to dispatch',
		]);
	});

	it('records a merge of two sentences into one, on both sides', () => {
		const { alignment } = rows(
			'Russia and North Korea signed a partnership agreement. Pyongyang supplies Moscow with ammunition and weapons.',
			'Russia and North Korea signed a partnership agreement, with Pyongyang supplying Moscow ammunition and weapons.',
		);
		expect(alignment.sentencesA.map((s) => s.relation)).toEqual(['merged', 'merged']);
		expect(alignment.sentencesB.map((s) => s.relation)).toEqual(['merged']);
		expect(alignment.sentencesB[0]!.partners).toEqual([0, 1]);
		expect(alignment.counts.sentences.mergedOrSplit).toBe(1);
	});

	it('leaves a sentence with nothing like it unpaired', () => {
		const { alignment } = rows(`${p1} ${p3}`, p1);
		expect(alignment.sentencesA.map((s) => s.relation)).toEqual(['kept', 'only']);
		expect(alignment.counts.sentences).toMatchObject({ kept: 1, onlyA: 1, onlyB: 0 });
	});

	it('handles an empty side', () => {
		expect(rows('', p1).rows).toEqual(['only-b |0']);
		expect(rows(p1, '').rows).toEqual(['only-a 0|']);
	});

	it('aligns from sentences paired beforehand as it pairs them itself', () => {
		const read = (markdown: string) => readText(readMarkdown(markdown).data.textBlocks);
		const a = read(
			`${p1} ${p3}\n\n${p2}\n\nRussia and North Korea signed an agreement. Pyongyang supplies ammunition.`,
		);
		const b = read(
			`${p2}\n\nRussia and North Korea signed an agreement, with Pyongyang supplying ammunition.\n\n${p1}`,
		);
		const matching = matchSentences(a, b);
		expect(matching).toEqual({ a: [[2], [], [0], [1], [1]], b: [[2], [3, 4], [0]] });
		expect(alignTexts(a, b, matching)).toEqual(alignTexts(a, b));
	});
});

describe('wordDiff', () => {
	it('gives A the words B lacks, and B the words A lacks', () => {
		expect(wordDiff('a big dog', 'a dog', 'a')).toEqual([
			{ text: 'a ', change: 'same' },
			{ text: 'big ', change: 'removed' },
			{ text: 'dog', change: 'same' },
		]);
		expect(wordDiff('a big dog', 'a dog', 'b')).toEqual([
			{ text: 'a ', change: 'same' },
			{ text: 'big ', change: 'added' },
			{ text: 'dog', change: 'same' },
		]);
	});

	it.each([
		['a separator of thousands', 'It cost 25,000 dollars.', 'It cost 30,000 dollars.', '25,000 ', '30,000 '],
		['a decimal point', 'A rise of 3.5 per cent.', 'A rise of 4.5 per cent.', '3.5 ', '4.5 '],
		['both', 'Paid 1,250.75 in all.', 'Paid 1,250.70 in all.', '1,250.75 ', '1,250.70 '],
		[
			'a no-break space',
			'About 25\u00A0000 people.',
			'About 26\u00A0000 people.',
			'25\u00A0000 ',
			'26\u00A0000 ',
		],
		['a unit after it', 'A 2.5km walk.', 'A 3.5km walk.', '2.5km ', '3.5km '],
	])('keeps a number with %s whole', (_, a, b, removed, added) => {
		expect(wordDiff(a, b, 'a').filter((part) => part.change === 'removed')).toEqual([
			{ text: removed, change: 'removed' },
		]);
		expect(wordDiff(b, a, 'b').filter((part) => part.change === 'added')).toEqual([
			{ text: added, change: 'added' },
		]);
	});

	it('still parts a number from the punctuation of its sentence', () => {
		expect(wordDiff('In 2024, 25 died.', 'In 2023, 25 died.', 'a')).toEqual([
			{ text: 'In ', change: 'same' },
			{ text: '2024', change: 'removed' },
			{ text: ', 25 died.', change: 'same' },
		]);
	});
});
