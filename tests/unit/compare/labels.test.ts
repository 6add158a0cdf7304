import { describe, expect, it } from 'vitest';
import { entityFinding, figureFinding, figureRows } from '../../../src/compare/labels';
import { compareStory } from '../../../src/compare/story';
import { extractFigures } from '../../../src/text/figures';
import { buildSiteGraph } from '../../../src/record/graph';
import { compareStoryContent } from '../../fixtures/compare/story';

const figure = (text: string) => extractFigures(text)[0]!;

describe('findings in words', () => {
	it.each([
		['same', 'Both give it alike'],
		['qualifier', 'Both give it, hedged differently'],
		['only-a', 'Only in A'],
		['only-b', 'Only in B'],
	] as const)('a figure %s', (status, words) => {
		expect(figureFinding({ key: 'x', kind: 'count', inA: [], inB: [], status, instead: [] }, 'A', 'B')).toBe(
			words,
		);
	});

	it('says what the other version gives instead', () => {
		const lastYear = figure('last year');
		const recently = figure('recently');
		expect(
			figureFinding(
				{
					key: 'last year',
					kind: 'relative',
					inA: [lastYear],
					inB: [],
					status: 'changed',
					instead: [recently],
				},
				'A',
				'B',
			),
		).toBe('Changed: B says “recently” in the matching sentence');
	});

	it('names the other version’s form of a name', () => {
		expect(
			entityFinding(
				{
					key: 'alabuga',
					inA: ['Alabuga'],
					inB: ['Alabuga SEZ'],
					status: 'named-differently',
					related: ['Alabuga SEZ'],
				},
				'A',
				'B',
			),
		).toBe('Named differently: “Alabuga SEZ” in B');
	});
});

describe('figureRows', () => {
	it('lists disagreements first, each entry with its sentence, and a change on both sides', () => {
		const comparison = compareStory(buildSiteGraph(compareStoryContent()).stories[0]!);
		const rows = figureRows(comparison.pairs[0]!);
		const firstSame = rows.findIndex((row) => !row.differs);
		expect(rows.slice(firstSame).every((row) => !row.differs)).toBe(true);
		const changed = rows.find((row) => row.name === 'last year')!;
		expect(changed.cells[0]![0]).toMatch(/^“last year” in: /);
		expect(changed.cells[1]![0]).toMatch(/^“recently” in: /);
	});
});
