import { describe, expect, it } from 'vitest';
import { everyVersion, versionName, versionTitle } from '../../src/lib/strings';

describe('version names', () => {
	it('names a version as readers know it', () => {
		expect(versionName({ data: { name: 'scraped page' } })).toBe('the scraped page');
		expect(versionTitle({ data: { name: 'rewrite' } })).toBe('Rewrite');
	});

	it('names three versions of one story distinctly', () => {
		const story = ['scraped page', 'rewrite', 'wire copy'].map((name) => versionName({ data: { name } }));
		expect(new Set(story).size).toBe(3);
	});

	it.each([
		[1, 'the only version'],
		[2, 'both versions'],
		[3, 'all three versions'],
		[12, 'all 12 versions'],
	])('counts %i versions in words', (count, words) => {
		expect(everyVersion(count)).toBe(words);
	});
});
