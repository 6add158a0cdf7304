import { contentWords } from '../text/words';

/*
 * Similarity is scored by hand rather than with `diff`: a diff finds the
 * cheapest edit turning one sequence into another, in order, so it cannot say
 * how alike two reordered sentences are, nor that one paragraph holds most of
 * another (a merge). A multiset overlap of content words can, and is cheap.
 */

/**
 * A text's content words, counted: the unit every score works on. Each word is
 * a number, and the numbers ascend, so two bags are compared in one walk along
 * both: alignment scores every sentence against many others.
 */
export interface Bag {
	/** The distinct words, as numbers, ascending. */
	readonly words: Uint32Array;
	/** How often each of `words` occurs. */
	readonly counts: Uint32Array;
	/** All the words, repeats included. */
	readonly total: number;
}

// Words are numbered in the order they are first met, once per process: the
// numbers only have to agree between bags, and the vocabulary is bounded.
const numbers = new Map<string, number>();

function numberOf(word: string): number {
	let number = numbers.get(word);
	if (number === undefined) {
		number = numbers.size;
		numbers.set(word, number);
	}
	return number;
}

/** Counts the content words of a text. */
export function bagOf(text: string): Bag {
	const counted = new Map<number, number>();
	for (const word of contentWords(text)) {
		const number = numberOf(word);
		counted.set(number, (counted.get(number) ?? 0) + 1);
	}
	const words = Uint32Array.from(counted.keys()).sort();
	const counts = words.map((number) => counted.get(number)!);
	let total = 0;
	for (const count of counts) total += count;
	return { words, counts, total };
}

function overlap(a: Bag, b: Bag): number {
	let shared = 0;
	for (let i = 0, j = 0; i < a.words.length && j < b.words.length;) {
		const x = a.words[i]!;
		const y = b.words[j]!;
		if (x === y) shared += Math.min(a.counts[i++]!, b.counts[j++]!);
		else if (x < y) i++;
		else j++;
	}
	return shared;
}

/**
 * Dice coefficient of two bags: 1 for the same words in any order, 0 for none
 * in common.
 *
 * @example similarity(bagOf('Russia makes drones'), bagOf('drones Russia makes')) // 1
 */
export function similarity(a: Bag, b: Bag): number {
	const total = a.total + b.total;
	return total === 0 ? 0 : (2 * overlap(a, b)) / total;
}

/**
 * The share of `part`'s words that `whole` also has: high when `part` was
 * merged into `whole`, whatever else `whole` says.
 *
 * @example containment(bagOf('drones surge'), bagOf('drones surge and workers arrive')) // 1
 */
export function containment(part: Bag, whole: Bag): number {
	return part.total === 0 ? 0 : overlap(part, whole) / part.total;
}
