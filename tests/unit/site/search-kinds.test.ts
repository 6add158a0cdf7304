import { describe, expect, it } from 'vitest';
import { kindInAddress, searchKinds } from '../../../src/site/search-kinds';
import { searchKindNames } from '../../../src/strings';

describe('kindInAddress', () => {
	it.each([
		['q=bridge&kind=claim', 'claim'],
		['kind=evidence', 'evidence'],
		['q=bridge', undefined],
		['q=bridge&kind=', undefined],
		['q=bridge&kind=listing', undefined],
		['q=bridge&kind=Claim', undefined],
	])('%s → %s', (search, expected) => {
		expect(kindInAddress(new URLSearchParams(search))).toBe(expected);
	});
});

describe('searchKindNames', () => {
	it('names every kind search finds, and only those', () => {
		expect(Object.keys(searchKindNames).sort()).toEqual([...searchKinds].sort());
	});
});
