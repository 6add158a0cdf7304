import { describe, expect, it } from 'vitest';
import { answers, isRealMatch, wordsOf } from '../../../src/scripts/search-match';

describe('answers', () => {
	it.each([
		['alabuga', 'alabuga', true],
		['drones', 'drone', true],
		['reportedly', 'reported', true],
		['russia', 'russian', true],
		['alab', 'alabuga', true],
		['alabugx', 'a', false],
		['russiaqwzxv', 'russian', false],
		['qwzxvbnmplk', 'q', false],
	])('%s → %s: %s', (query, found, expected) => {
		expect(answers(query, found)).toBe(expected);
	});
});

describe('isRealMatch', () => {
	it('takes any query word answered by a highlight', () => {
		expect(isRealMatch('Alabuga workers', ['“Alabuga', 'drone-based'])).toBe(true);
	});
	it('refuses a search that only found a prefix of a made-up word', () => {
		expect(isRealMatch('alabugx', ['a', 'A'])).toBe(false);
		expect(isRealMatch('qwzxvbnmplk', [])).toBe(false);
	});
});

describe('wordsOf', () => {
	it('drops punctuation and case', () => {
		expect(wordsOf('“Russian drone-based')).toEqual(['russian', 'drone', 'based']);
	});
});
