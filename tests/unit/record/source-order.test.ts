import { describe, expect, it } from 'vitest';
import { sourceReadingOrder } from '../../../src/record/graph';

describe('sourceReadingOrder', () => {
	it('lists sources by version in version order, then by place in its list, each at its first citation', () => {
		expect(
			sourceReadingOrder([
				{ id: 'b-rewrite', provenance: 'rewrite', sources: ['wire', 'later'] },
				{ id: 'z-scraped', provenance: 'scraped-page', sources: ['own', 'wire'] },
				{ id: 'a-rewrite', provenance: 'rewrite', sources: ['first-rewrite', 'own'] },
			]),
		).toEqual(['own', 'wire', 'first-rewrite', 'later']);
	});

	it('is the same whatever order the versions come in', () => {
		const versions = [
			{ id: 'x', provenance: 'rewrite', sources: ['s1', 's2'] },
			{ id: 'y', provenance: 'scraped-page', sources: ['s2', 's3'] },
		];
		expect(sourceReadingOrder([...versions].reverse())).toEqual(sourceReadingOrder(versions));
	});
});
