import { contentWords, stem } from '../text/words';

/**
 * Words news copy uses for one another, each read as the first: a capital for
 * its country, and the common synonyms of reworded reports. Only the claims
 * index reads them, to find a claim told in other words; the comparison keeps
 * the words as written.
 */
const equivalents: readonly (readonly [string, ...string[]])[] = [
	['russia', 'moscow', 'kremlin', 'russian'],
	['north korea', 'pyongyang', 'north korean', 'dprk'],
	['ukraine', 'kyiv', 'kiev', 'ukrainian'],
	['south korea', 'seoul', 'south korean'],
	['worker', 'labourer', 'laborer', 'labour', 'labor', 'workforce'],
	['attack', 'strike', 'raid', 'assault', 'barrage'],
	['produce', 'production', 'manufacture', 'manufacturing', 'output', 'build', 'building', 'make', 'making'],
	['casualties', 'killed', 'dead', 'deaths', 'wounded', 'injured', 'toll'],
	['increase', 'surge', 'soar', 'rise', 'grow', 'growth', 'ramp', 'expand', 'intensify', 'escalate', 'step'],
	['ruthless', 'brutal', 'fierce', 'intense'],
	['help', 'assist', 'aid', 'support', 'bolster'],
	['send', 'dispatch', 'deploy', 'bound'],
	['partnership', 'alliance', 'ties', 'cooperation', 'collaboration'],
	['twenty five thousand', '25000'],
	['thousand', '1000'],
];

/** Each equivalent's stemmed words, as a phrase, read as the first word of its group. */
const canonical = new Map(
	equivalents.flatMap((group) => {
		const target = group[0].split(' ').map(stem).join(' ');
		return group.map((word) => [word.split(' ').map(stem).join(' '), target] as const);
	}),
);

/**
 * The words a text is indexed and looked up by: its content words, each run
 * of them that news copy uses for another read as that other.
 *
 * @example indexWords('Pyongyang sends labourers to Moscow') // ['north korea', 'send', 'worke', 'russi']
 */
export function indexWords(text: string): string[] {
	const words = contentWords(text.replace(/-/g, ' '));
	const out: string[] = [];
	for (let i = 0; i < words.length; i++) {
		// The longest run from here that is an equivalent, else the one word.
		const length = [3, 2].find((n) => canonical.has(words.slice(i, i + n).join(' '))) ?? 1;
		const phrase = words.slice(i, i + length).join(' ');
		out.push(canonical.get(phrase) ?? phrase);
		i += length - 1;
	}
	return out;
}

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
	/** Every claim id, in the order given. */
	ids: readonly string[];
	/** Per indexed text (a claim's sentence, or one passage marked for it), the index of its claim in `ids`. */
	claimOf: Uint32Array;
	postings: ReadonlyMap<string, Uint32Array>;
	/** Per text, the summed weight of its distinct indexed words. */
	norms: Float64Array;
	weights: ReadonlyMap<string, number>;
}

/** A claim found near a text, with its score (0–1, 1 when every weighted word is shared). */
export interface Suggestion {
	claimId: string;
	score: number;
}

/**
 * Builds the index, one entry per text of each claim, so a sentence is scored
 * against the one wording of a claim it is closest to, not against all of them
 * at once. `commonShare`: a word in more than this share of the claims (and in
 * at least 20) is left out.
 */
export function buildClaimIndex(claims: readonly IndexedClaim[], commonShare = 0.2): ClaimIndex {
	const texts = claims.flatMap((claim, i) =>
		claim.texts.map((text) => ({ claim: i, words: new Set(indexWords(text)) })),
	);
	const lists = new Map<string, number[]>();
	const claimsWith = new Map<string, Set<number>>();
	texts.forEach(({ claim, words }, t) => {
		for (const word of words) {
			let list = lists.get(word);
			if (!list) lists.set(word, (list = []));
			list.push(t);
			let owners = claimsWith.get(word);
			if (!owners) claimsWith.set(word, (owners = new Set()));
			owners.add(claim);
		}
	});
	const limit = Math.max(20, claims.length * commonShare);
	const postings = new Map<string, Uint32Array>();
	const weights = new Map<string, number>();
	const norms = new Float64Array(texts.length);
	for (const [word, list] of lists) {
		const owners = claimsWith.get(word)!.size;
		if (owners > limit) continue;
		const weight = Math.log(1 + claims.length / owners);
		postings.set(word, Uint32Array.from(list));
		weights.set(word, weight);
		for (const t of list) norms[t]! += weight;
	}
	return {
		ids: claims.map((claim) => claim.id),
		claimOf: Uint32Array.from(texts.map(({ claim }) => claim)),
		postings,
		norms,
		weights,
	};
}

/**
 * The claims closest to a text, best first: for each claim, its closest
 * wording's score, the weight of the words both share over the weight of the
 * two sides' words (a Dice score on weighted sets).
 *
 * @example suggestClaims(index, 'around 25,000 North Korean workers').map((s) => s.claimId) // ['nk-workers-25000', …]
 */
export function suggestClaims(index: ClaimIndex, text: string, limit = 3, minimum = 0.15): Suggestion[] {
	const shared = new Map<number, number>();
	let own = 0;
	for (const word of new Set(indexWords(text))) {
		const weight = index.weights.get(word);
		if (weight === undefined) continue;
		own += weight;
		for (const t of index.postings.get(word)!) shared.set(t, (shared.get(t) ?? 0) + weight);
	}
	const best = new Map<number, number>();
	for (const [t, weight] of shared) {
		const score = (2 * weight) / (own + index.norms[t]!);
		const claim = index.claimOf[t]!;
		if (score > (best.get(claim) ?? 0)) best.set(claim, score);
	}
	const scored: Suggestion[] = [];
	for (const [claim, score] of best) if (score >= minimum) scored.push({ claimId: index.ids[claim]!, score });
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
