import { describe, expect, it } from 'vitest';
import { searchStatus } from '../../../src/scripts/search-status';
import { searchKindNames } from '../../../src/strings';

const claims = searchKindNames.claim;

describe('searchStatus', () => {
	it.each([
		[{ query: 'bridge', total: 0, shown: 0 }, 'Nothing found for “bridge”.'],
		[{ query: 'bridge', total: 1, shown: 1 }, '1 result for “bridge”.'],
		[{ query: 'bridge', total: 12, shown: 12 }, '12 results for “bridge”.'],
		[{ query: 'bridge', total: 12, shown: 10 }, '12 results for “bridge”; the first 10 are shown.'],
		[
			{ query: 'bridge', total: 12, kind: { nouns: claims, count: 3 }, shown: 3 },
			'3 claims of 12 results for “bridge”.',
		],
		[
			{ query: 'bridge', total: 12, kind: { nouns: claims, count: 1 }, shown: 1 },
			'1 claim of 12 results for “bridge”.',
		],
		[
			{ query: 'bridge', total: 40, kind: { nouns: claims, count: 15 }, shown: 10 },
			'15 claims of 40 results for “bridge”; the first 10 are shown.',
		],
		[
			{ query: 'ferry', total: 2, kind: { nouns: claims, count: 0 }, shown: 0 },
			'No claims among 2 results for “ferry”.',
		],
		[
			{ query: 'ferry', total: 1, kind: { nouns: searchKindNames.evidence, count: 1 }, shown: 1 },
			'1 piece of evidence of 1 result for “ferry”.',
		],
	])('%o → %s', (count, expected) => {
		expect(searchStatus(count)).toBe(expected);
	});
});
