import { contentWords } from './words';

/**
 * Finding the existing claims closest to a sentence, by the words they share.
 * An inverted index (stemmed content word → the claims that use it) keeps a
 * look-up proportional to the claims sharing a word with the sentence, not to
 * every claim on the site; words used by a large share of the claims are left
 * out of the index, since they say little and would touch nearly every claim.
 */

/** What one claim is known by: its neutral sentence and the words every version marks for it. */
export interface IndexedClaim {
	id: string;
	texts: readonly string[];
}

export interface ClaimIndex {
	ids: readonly string[];
	postings: ReadonlyMap<string, Uint32Array>;
	/** Per claim, the summed weight of its distinct indexed words. */
	norms: Float64Array;
	weights: ReadonlyMap<string, number>;
}

/** A claim found near a text, with its score (0–1, 1 when every weighted word is shared). */
export interface Suggestion {
	claimId: string;
	score: number;
}

/** Builds the index. `commonShare`: a word in more than this share of the claims (and in at least 20) is left out. */
export function buildClaimIndex(claims: readonly IndexedClaim[], commonShare = 0.2): ClaimIndex {
	const lists = new Map<string, number[]>();
	claims.forEach((claim, i) => {
		for (const word of new Set(claim.texts.flatMap((text) => contentWords(text)))) {
			let list = lists.get(word);
			if (!list) lists.set(word, (list = []));
			list.push(i);
		}
	});
	const limit = Math.max(20, claims.length * commonShare);
	const postings = new Map<string, Uint32Array>();
	const weights = new Map<string, number>();
	const norms = new Float64Array(claims.length);
	for (const [word, list] of lists) {
		if (list.length > limit) continue;
		const weight = Math.log(1 + claims.length / list.length);
		postings.set(word, Uint32Array.from(list));
		weights.set(word, weight);
		for (const i of list) norms[i]! += weight;
	}
	return { ids: claims.map((claim) => claim.id), postings, norms, weights };
}

/**
 * The claims closest to a text, best first: the weight of the words both share
 * over the weight of the larger side's words (a Dice-like score on weighted sets).
 *
 * @example suggestClaims(index, 'around 25,000 North Korean workers').map((s) => s.claimId) // ['nk-workers-25000', …]
 */
export function suggestClaims(index: ClaimIndex, text: string, limit = 3, minimum = 0.15): Suggestion[] {
	const shared = new Map<number, number>();
	let own = 0;
	for (const word of new Set(contentWords(text))) {
		const weight = index.weights.get(word);
		if (weight === undefined) continue;
		own += weight;
		for (const i of index.postings.get(word)!) shared.set(i, (shared.get(i) ?? 0) + weight);
	}
	const scored: Suggestion[] = [];
	for (const [i, weight] of shared) {
		const score = (2 * weight) / (own + index.norms[i]!);
		if (score >= minimum) scored.push({ claimId: index.ids[i]!, score });
	}
	return scored.sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId)).slice(0, limit);
}

/** Character pairs of an id, for telling a mistyped id from the one meant. */
function pairs(id: string): Set<string> {
	const set = new Set<string>();
	for (let i = 0; i < id.length - 1; i++) set.add(id.slice(i, i + 2));
	return set;
}

/**
 * The known ids most like an unknown one: first by spelling (a typo), then by
 * the words it marks (the claim meant under another id).
 *
 * @example didYouMean(index, 'nk-workers-2500', 'around 25,000 workers') // ['nk-workers-25000', …]
 */
export function didYouMean(index: ClaimIndex, id: string, markedText = '', limit = 3): string[] {
	const own = pairs(id);
	const spelled = index.ids
		.map((known) => {
			const other = pairs(known);
			let common = 0;
			for (const pair of own) if (other.has(pair)) common++;
			return { known, score: (2 * common) / (own.size + other.size || 1) };
		})
		.filter(({ score }) => score >= 0.5)
		.sort((a, b) => b.score - a.score || a.known.localeCompare(b.known))
		.map(({ known }) => known);
	const worded = markedText ? suggestClaims(index, markedText, limit).map((s) => s.claimId) : [];
	return [...new Set([...spelled, ...worded])].slice(0, limit);
}
