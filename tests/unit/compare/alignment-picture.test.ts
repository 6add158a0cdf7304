import { describe, expect, it } from 'vitest';
import {
	alignmentPicture,
	breakLines,
	describeFates,
	pictureMeasures,
	type PicturePair,
	type PictureVersion,
} from '../../../src/compare/alignment-picture';

const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });
const version = (title: string, ...texts: string[]): PictureVersion => ({
	title,
	name: `the ${title.toLowerCase()}`,
	blocks: texts.map(paragraph),
});
const row = (status: 'kept' | 'reworded' | 'only-a' | 'only-b', blocksA: number[], blocksB: number[]) => ({
	status,
	blocksA,
	blocksB,
});
const href = (pair: number, rowIndex: number) => `#p${pair}-r${rowIndex}`;

describe('the names over the columns', () => {
	it('fit inside the picture, a full line over the first and the last column included', () => {
		const long = 'M'.repeat(pictureMeasures.nameLine);
		const picture = alignmentPicture([version(long, 'A.'), version(long, 'B.')], [], href);
		for (const column of picture.columns) {
			expect(column.x - pictureMeasures.nameWidth / 2).toBeGreaterThanOrEqual(0);
			expect(column.x + pictureMeasures.nameWidth / 2).toBeLessThanOrEqual(picture.width);
		}
	});
});

describe('alignmentPicture of two versions', () => {
	const scraped = version(
		'Scraped page',
		'A short line.',
		'A much longer paragraph of the scraped page.',
		'Its own.',
	);
	const rewrite = version('Rewrite', 'A short line.', 'A longer paragraph, reworded.');
	const pairs: PicturePair[] = [
		{ a: 0, b: 1, rows: [row('kept', [0], [0]), row('reworded', [1], [1]), row('only-a', [2], [])] },
	];
	const picture = alignmentPicture([scraped, rewrite], pairs, href);
	const blocksOf = (column: number) =>
		picture.blocks.filter(
			(block) => block.x === picture.columns[column]!.x - pictureMeasures.columnWidth / 2,
		);

	it('draws each version as a column of its passages, in reading order, as tall as their text', () => {
		expect(picture.columns.map((column) => column.lines)).toEqual([['Scraped page'], ['Rewrite']]);
		const left = blocksOf(0);
		expect(left).toHaveLength(3);
		expect(blocksOf(1)).toHaveLength(2);
		for (let i = 1; i < left.length; i++) {
			expect(left[i]!.y).toBeGreaterThanOrEqual(left[i - 1]!.y + left[i - 1]!.height);
		}
		expect(left[1]!.height).toBeGreaterThan(left[0]!.height);
		expect(left[2]!.height).toBeGreaterThanOrEqual(pictureMeasures.minBlock);
		expect(picture.height).toBeGreaterThanOrEqual(Math.max(...picture.blocks.map((b) => b.y + b.height)));
	});

	it('joins matching passages, a line for each, styled by how they match', () => {
		expect(picture.links.map((link) => link.status)).toEqual(['kept', 'reworded']);
		const [kept] = picture.links;
		const [from, to] = [blocksOf(0)[0]!, blocksOf(1)[0]!];
		const numbers = kept!.path.match(/[\d.]+/g)!.map(Number);
		// From the middle of the right edge of one passage to the middle of the left edge of the other.
		expect(numbers[0]).toBe(from.x + from.width);
		expect(numbers[1]).toBeCloseTo(from.y + from.height / 2, 0);
		expect(numbers.at(-2)).toBe(to.x);
		expect(numbers.at(-1)).toBeCloseTo(to.y + to.height / 2, 0);
		expect(picture.shown).toEqual({ kept: true, reworded: true, only: true });
	});

	it('names each passage with its version, its place and how it fares in the other version, and links it to its row', () => {
		expect(picture.blocks.map((block) => [block.label, block.href, block.only])).toEqual([
			['Scraped page, passage 1: kept in the rewrite', '#p0-r0', false],
			['Scraped page, passage 2: reworded in the rewrite', '#p0-r1', false],
			['Scraped page, passage 3: in this version only', '#p0-r2', true],
			['Rewrite, passage 1: kept in the scraped page', '#p0-r0', false],
			['Rewrite, passage 2: reworded in the scraped page', '#p0-r1', false],
		]);
	});
});

describe('alignmentPicture of three versions', () => {
	const versions = [
		version('Scraped page', 'Kept everywhere.', 'Only here.'),
		version('Wire brief', 'Kept everywhere.'),
		version('Rewrite', 'Kept everywhere.', 'Only here, reworded.'),
	];
	const pairs: PicturePair[] = [
		{ a: 0, b: 1, rows: [row('kept', [0], [0]), row('only-a', [1], [])] },
		{ a: 0, b: 2, rows: [row('kept', [0], [0]), row('reworded', [1], [1])] },
		{ a: 1, b: 2, rows: [row('only-a', [0], []), row('only-b', [], [0]), row('only-b', [], [1])] },
	];
	const picture = alignmentPicture(versions, pairs, href);

	it('sets the versions side by side in the order given, the order of the page’s tables, and joins neighbours', () => {
		expect(picture.columns.map((column) => column.lines.join(' '))).toEqual([
			'Scraped page',
			'Wire brief',
			'Rewrite',
		]);
		// Scraped page–wire brief: one kept; wire brief–rewrite: none. The scraped page and the rewrite are not neighbours.
		expect(picture.links.map((link) => link.status)).toEqual(['kept']);
		expect(picture.columns.map((column) => column.x)).toEqual(
			[...picture.columns.map((c) => c.x)].sort((a, b) => a - b),
		);
	});

	it('says how a passage fares in every other version, neighbour or not', () => {
		const labels = picture.blocks.map((block) => block.label);
		expect(labels).toContain('Scraped page, passage 1: kept in the wire brief and the rewrite');
		expect(labels).toContain('Scraped page, passage 2: reworded in the rewrite; not in the wire brief');
		expect(labels).toContain('Wire brief, passage 1: kept in the scraped page; not in the rewrite');
		expect(picture.blocks.filter((block) => block.only)).toEqual([]);
	});

	it('links a passage to its row beside the version to its right, or the last version to its left', () => {
		const hrefOf = (label: string) => picture.blocks.find((block) => block.label.startsWith(label))!.href;
		// The scraped page (first column) reads beside the wire brief: pair 0.
		expect(hrefOf('Scraped page, passage 2')).toBe('#p0-r1');
		// The wire brief (middle) reads beside the rewrite: pair 2.
		expect(hrefOf('Wire brief, passage 1')).toBe('#p2-r0');
		// The rewrite (last) reads beside the wire brief, to its left: pair 2.
		expect(hrefOf('Rewrite, passage 2')).toBe('#p2-r2');
	});
});

describe('describeFates', () => {
	it.each([
		[[{ name: 'the rewrite', fate: 'kept' }], 'kept in the rewrite'],
		[[{ name: 'the rewrite', fate: 'only' }], 'in this version only'],
		[
			[
				{ name: 'the rewrite', fate: 'reworded' },
				{ name: 'the wire brief', fate: 'only' },
				{ name: 'the transcript', fate: 'reworded' },
			],
			'reworded in the rewrite and the transcript; not in the wire brief',
		],
	] as const)('%j', (fates, expected) => {
		expect(describeFates([...fates])).toBe(expected);
	});
});

describe('breakLines', () => {
	it.each([
		['Rewrite', 13, ['Rewrite']],
		['Broadcast transcript', 13, ['Broadcast', 'transcript']],
		['A very long press release name', 13, ['A very long', 'press release', 'name']],
		['Unbreakablewordthatislong', 13, ['Unbreakablewordthatislong']],
	] as const)('%s', (text, width, expected) => {
		expect(breakLines(text, width)).toEqual(expected);
	});
});
