import { describe, expect, it } from 'vitest';
import { compareEntities, entityKey, extractEntities, namesIn } from '../../../src/compare/entities';
import { findHedges, citationNumbers } from '../../../src/compare/hedges';

describe('extractEntities', () => {
	const names = new Set(['Pyongyang', 'Russia']);
	const isName = (word: string) => names.has(word);
	it.each([
		['As reported by Interfax, Sergei Shoigu spoke.', ['Interfax', 'Sergei Shoigu']],
		['Pyongyang has sent workers.', ['Pyongyang']],
		['Heaps of casualties follow.', []],
		['With Russia, they signed.', ['Russia']],
		['the Secretary of the National Security Council spoke', ['Secretary of the National Security Council']],
		['the Alabuga Special Economic Zone in Tatarstan', ['Alabuga Special Economic Zone', 'Tatarstan']],
	])('%j', (sentence, expected) => {
		expect(extractEntities(sentence, isName).map((entity) => entity.text)).toEqual(expected);
	});

	it.each([
		["Ukraine's defences held.", ['Ukraine']],
		['Drones flew as the West watched.', []],
		['Russia’s factory grew.', ['Russia']],
	])('drops possessives and lone non-names: %j', (sentence, expected) => {
		expect(
			extractEntities(sentence, (w) => /^(Ukraine|Russia)/.test(w)).map((entity) => entity.text),
		).toEqual(expected);
	});

	it('learns names from capitals that are not at the start of a sentence', () => {
		expect([...namesIn(['Heaps of drones hit Kyiv.', 'Then Moscow spoke.'])]).toEqual(['Kyiv', 'Moscow']);
	});

	it.each([
		["The Diplomat's", 'diplomat'],
		['North Koreans', 'north korea'],
		['North Korean', 'north korea'],
		['African', 'africa'],
		['Africans', 'africa'],
		['Russian', 'russia'],
		['Ukrainian', 'ukraine'],
		['Japan', 'japan'],
		['Sergei  Shoigu', 'sergei shoigu'],
	])('entityKey(%j) = %j', (text, key) => {
		expect(entityKey(text)).toBe(key);
	});
});

describe('compareEntities', () => {
	const entity = (text: string) => ({ text, key: entityKey(text), start: 0 });
	it('matches names, relates longer and shorter forms once, and flags one-sided names', () => {
		const result = compareEntities(
			['Russia', 'Alabuga', "Russia's Security Council", 'Interfax'].map(entity),
			['Russia', 'Alabuga Special Economic Zone', 'National Security Council', 'Nordic'].map(entity),
		);
		expect(result.map((e) => [e.key, e.status, e.related])).toEqual([
			['russia', 'same', []],
			['alabuga', 'named-differently', ['Alabuga Special Economic Zone']],
			['russia security council', 'named-differently', ['National Security Council']],
			['interfax', 'only-a', []],
			['nordic', 'only-b', []],
		]);
		expect(result.find((e) => e.key === 'alabuga')!.inB).toEqual(['Alabuga Special Economic Zone']);
	});
});

describe('findHedges', () => {
	it.each([
		['According to NHK, they will reportedly go.', ['According to NHK', 'reportedly']],
		['Pyongyang has allegedly been providing arms', ['allegedly']],
		['as relayed by diplomatic sources from the West', ['as relayed by diplomatic sources from the West']],
		['Reports suggest Moscow is eyeing workers', ['Reports suggest', 'suggest']],
		['It seems Russia wants more', ['seems']],
		['Seoul and Kyiv have accused Pyongyang of supplying shells', ['accused']],
		['Russia signed an agreement', []],
	])('%j', (text, expected) => {
		expect(findHedges(text).map((hedge) => hedge.text)).toEqual(expected);
	});

	it('reads citation numbers', () => {
		expect(citationNumbers('text [1][2] and [14].')).toEqual([1, 2, 14]);
	});
});
