import { describe, expect, it } from 'vitest';
import {
	compareFigures,
	extractFigures,
	parseNumberWords,
	type PlacedFigure,
} from '../../../src/text/figures';

describe('extractFigures', () => {
	it.each([
		['25,000 workers', [['count', '25000', undefined]]],
		['25 000 workers', [['count', '25000', undefined]]],
		['25\u00a0000 workers', [['count', '25000', undefined]]],
		['twenty-five thousand workers', [['count', '25000', undefined]]],
		['Over 25,000 workers', [['count', '25000', 'over']]],
		[
			'around 25,000 and approximately 1,000',
			[
				['count', '25000', 'around'],
				['count', '1000', 'approximately'],
			],
		],
		['3.5 million people', [['count', '3500000', undefined]]],
		['hundreds attack nightly', [['vague', 'hundreds', undefined]]],
		['thousands of North Koreans', [['vague', 'thousands', undefined]]],
		['dated March 2023', [['date', '2023-03', undefined]]],
		['in 2024', [['year', '2024', undefined]]],
		['signed last year', [['relative', 'last year', undefined]]],
		['recently signed', [['relative', 'recently', undefined]]],
		['cited [2] and the Geran-2 drone', []],
		['the two nations', []],
	])('%j', (text, expected) => {
		expect(extractFigures(text).map((f) => [f.kind, f.key, f.qualifier])).toEqual(expected);
	});
});

describe('parseNumberWords', () => {
	it.each([
		['twenty-five thousand', 25000],
		['two hundred and five', 205],
		['one million', 1e6],
		['thousand', undefined],
		['twelve', 12],
		['constructor', undefined],
		['two constructor', undefined],
		['hasownproperty thousand', undefined],
	])('%s → %s', (words, value) => {
		expect(parseNumberWords(words)).toBe(value);
	});
});

const placed = (text: string, sentence: number): PlacedFigure[] =>
	extractFigures(text).map((figure) => ({ ...figure, sentence }));

describe('compareFigures', () => {
	const statuses = (a: PlacedFigure[], b: PlacedFigure[], pairs: [number, number][] = []) =>
		compareFigures(
			a,
			b,
			(i) => pairs.filter(([x]) => x === i).map(([, y]) => y),
			(j) => pairs.filter(([, y]) => y === j).map(([x]) => x),
		).map((f) => [f.key, f.status, f.instead.map((other) => other.key)]);

	it('matches digits and words by value', () => {
		expect(statuses(placed('25,000 workers', 0), placed('twenty-five thousand workers', 0))).toEqual([
			['25000', 'same', []],
		]);
	});

	it('flags a figure hedged differently', () => {
		expect(statuses(placed('Over 25,000 workers', 0), placed('around 25,000 workers', 0))).toEqual([
			['25000', 'qualifier', []],
		]);
	});

	it('flags a figure one version alone gives', () => {
		expect(statuses(placed('hundreds attack', 0), placed('drones attack', 0))).toEqual([
			['hundreds', 'only-a', []],
		]);
	});

	it('reports what the matching sentence says instead, once', () => {
		expect(statuses(placed('signed last year', 0), placed('recently signed', 3), [[0, 3]])).toEqual([
			['last year', 'changed', ['recently']],
		]);
	});

	it('does not take an amount for a time', () => {
		expect(statuses(placed('5,000 builders', 0), placed('builders last year', 0), [[0, 0]])).toEqual([
			['5000', 'only-a', []],
			['last year', 'only-b', []],
		]);
	});
});
