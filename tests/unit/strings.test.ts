import { describe, expect, it } from 'vitest';
import { capitalise, countInWords, everyVersion, versionName, versionTitle, words } from '../../src/strings';

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

describe('counts and sentences in words', () => {
	it.each([
		[0, 'no versions'],
		[1, 'one version'],
		[2, 'two versions'],
		[12, '12 versions'],
	])('counts %i in words', (count, expected) => {
		expect(countInWords(count, 'version')).toBe(expected);
	});

	it('capitalises the first letter only', () => {
		expect(capitalise('the scraped page')).toBe('The scraped page');
	});

	it('names the story only when there are several to tell apart', () => {
		expect(words.compareWording('Story', 1)).toBe('Compare how each version words and hedges it');
		expect(words.compareWording('Story', 2)).toBe('Compare how each version of “Story” words and hedges it');
	});

	it('gives a verdict group’s count on the site and, when fewer, on this page', () => {
		expect(words.claimsOfVerdict(3, 3)).toBe('3 claims');
		expect(words.claimsOfVerdict(3, 1)).toBe('3 claims, 1 on this page');
	});
});
