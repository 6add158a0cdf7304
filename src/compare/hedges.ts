import { readHedges, type HedgeKind } from '../text/hedging';

/**
 * Attribution and hedging in the comparison: what matters is whether the same
 * phrase is there in each version. The words are read by the site's one
 * lexicon (`src/text/hedging.ts`), the same reading the coverage check uses.
 */

/** One hedge or attribution found in a text. */
export interface Hedge {
	/** The lexicon entry, e.g. "according to" or "reportedly". */
	term: string;
	kind: HedgeKind;
	/** The words as written, with who is credited when the phrase names it: "according to NHK". */
	text: string;
}

/** Phrases whose credited party follows them, up to the next punctuation. */
const creditingPhrases = new Set(['according to', 'as reported by']);

/**
 * The hedges and attributions in a text, each lexicon entry once, in the
 * order they stand.
 *
 * @example findHedges('According to NHK, they will reportedly go.').map((h) => h.text)
 * // ['According to NHK', 'reportedly']
 */
export function findHedges(text: string): Hedge[] {
	const found = new Map<string, Hedge>();
	for (const { term, kind, text: words, end } of readHedges(text)) {
		if (found.has(term)) continue;
		const credited = creditingPhrases.has(term) ? (/^[^,.;]*/.exec(text.slice(end))?.[0] ?? '') : '';
		found.set(term, { term, kind, text: `${words}${credited}`.trim() });
	}
	return [...found.values()];
}

/** Inline citation numbers, "[1][2]" → [1, 2]. */
export function citationNumbers(text: string): number[] {
	return [...text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
}
