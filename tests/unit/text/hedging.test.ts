import { describe, expect, it } from 'vitest';
import { findHedges } from '../../../src/compare/hedges';
import { cuesIn } from '../../../src/record/check-worthy';
import { hedgeKindsIn, readHedges } from '../../../src/text/hedging';

describe('readHedges: the one reading of attribution and hedging', () => {
	it.each<[string, string[]]>([
		['Seoul and Kyiv have accused Pyongyang of supplying artillery shells and troops.', ['accused']],
		['The ministry charged that the vote was rigged.', ['charged that']],
		['He insisted the deal was fair, officials told reporters.', ['insisted', 'told']],
		['It is understood the talks will resume.', ['It is understood']],
		['Per the ministry, 40 people were hurt.', ['Per']],
		['"We will win," he said.', ['said']],
		['The company denied the report.', ['denied']],
		['North Korea is considering sending workers, who may go to Alabuga.', ['considering', 'may']],
		['The plant reportedly makes drones.', ['reportedly']],
		['He could not attend the hearing.', []],
		['The said agreement was signed in May.', []],
		['Prices rose by 3% last year.', []],
	])('%s', (text, expected) => {
		expect(readHedges(text).map((reading) => reading.text)).toEqual(expected);
	});

	it('tells attribution from hedging', () => {
		expect([...hedgeKindsIn('Officials said the toll may rise.')].sort()).toEqual(['attribution', 'hedge']);
		expect([...hedgeKindsIn('The toll rose.')]).toEqual([]);
	});
});

describe('the coverage check and the comparison read alike', () => {
	it.each([
		'Seoul and Kyiv have accused Pyongyang of supplying artillery shells and troops.',
		'Reports suggest Moscow is eyeing workers.',
		'It seems Russia wants more.',
		'Pyongyang has allegedly been providing arms.',
	])('%s', (text) => {
		const comparison = new Set(findHedges(text).map((hedge) => hedge.kind));
		const coverage = new Set(
			cuesIn(text)
				.map((cue) => cue.kind)
				.filter((kind) => kind === 'attribution' || kind === 'hedge'),
		);
		expect(coverage).toEqual(comparison);
		expect(coverage.size).toBeGreaterThan(0);
	});
});
