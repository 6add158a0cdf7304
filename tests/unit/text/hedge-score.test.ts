import { describe, expect, it } from 'vitest';
import { scoreHedges } from '../../../scripts/bench/hedge-score';
import { labelledSets, readLabelledSet } from '../../../scripts/bench/hedges';

describe('scoreHedges', () => {
	it('counts what the reading finds and misses, per label', () => {
		const [attribution, hedge] = scoreHedges([
			{ text: 'The minister said so.', attribution: true, hedge: false, from: 'x' },
			{ text: 'Prices may rise.', attribution: false, hedge: true, from: 'x' },
			{ text: 'Lawmakers met on Monday.', attribution: true, hedge: false, from: 'x' },
		]);
		expect(attribution).toMatchObject({
			truePositives: 1,
			falseNegatives: 1,
			falsePositives: 0,
			recall: 0.5,
		});
		expect(attribution!.missed).toEqual(['Lawmakers met on Monday.']);
		expect(hedge).toMatchObject({ truePositives: 1, falseNegatives: 0, precision: 1, recall: 1 });
	});
});

// The floor the site's reading holds on the labelled news sentences (`npm run bench:hedges` prints the figures).
describe.each(labelledSets)('the reading of hedges and attributions, on the %s set', (name) => {
	const scores = Object.fromEntries(scoreHedges(readLabelledSet(name)).map((score) => [score.label, score]));
	it('finds at least 95% of attributions, and wrongly finds few', () => {
		expect(scores.attribution!.recall).toBeGreaterThanOrEqual(0.95);
		expect(scores.attribution!.precision).toBeGreaterThanOrEqual(0.95);
	});
	it('finds at least 95% of hedges, and wrongly finds few', () => {
		expect(scores.hedge!.recall).toBeGreaterThanOrEqual(0.95);
		expect(scores.hedge!.precision).toBeGreaterThanOrEqual(0.95);
	});
});
