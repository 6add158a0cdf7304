import { contentWords } from './text';

/*
 * Similarity is scored by hand rather than with `diff`: a diff finds the
 * cheapest edit turning one sequence into another, in order, so it cannot say
 * how alike two reordered sentences are, nor that one paragraph holds most of
 * another (a merge). A multiset overlap of content words can, and is cheap.
 */

/** A text's content words, counted: the unit every score works on. */
export type Bag = Map<string, number>;

/** Counts the content words of a text. */
export function bagOf(text: string): Bag {
	const bag: Bag = new Map();
	for (const word of contentWords(text)) bag.set(word, (bag.get(word) ?? 0) + 1);
	return bag;
}

// A bag is never changed once made, so its size is counted once: alignment
// scores every sentence against many others.
const sizes = new WeakMap<Bag, number>();

function size(bag: Bag): number {
	let total = sizes.get(bag);
	if (total === undefined) {
		total = 0;
		for (const count of bag.values()) total += count;
		sizes.set(bag, total);
	}
	return total;
}

function overlap(a: Bag, b: Bag): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let shared = 0;
	for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
	return shared;
}

/**
 * Dice coefficient of two bags: 1 for the same words in any order, 0 for none
 * in common.
 *
 * @example similarity(bagOf('Russia makes drones'), bagOf('drones Russia makes')) // 1
 */
export function similarity(a: Bag, b: Bag): number {
	const total = size(a) + size(b);
	return total === 0 ? 0 : (2 * overlap(a, b)) / total;
}

/**
 * The share of `part`'s words that `whole` also has: high when `part` was
 * merged into `whole`, whatever else `whole` says.
 *
 * @example containment(bagOf('drones surge'), bagOf('drones surge and workers arrive')) // 1
 */
export function containment(part: Bag, whole: Bag): number {
	const total = size(part);
	return total === 0 ? 0 : overlap(part, whole) / total;
}
