/**
 * Attribution and hedging: the words that tell a reader who says something
 * and how sure the text is. A fixed lexicon, because what matters is whether
 * the same phrase is there in both versions, not a model's guess.
 */

/** One hedge or attribution found in a text. */
export interface Hedge {
	/** The lexicon entry, e.g. "according to" or "allegedly". */
	term: string;
	kind: 'attribution' | 'hedge';
	/** The words as written, with who is credited when there is one: "according to NHK". */
	text: string;
}

const attributions: [string, RegExp][] = [
	['according to', /\baccording to ([^,.;]+)/gi],
	['as reported by', /\bas reported by ([^,.;]+)/gi],
	['as relayed by', /\bas relayed by ([^,.;]+)/gi],
	['sources say', /\b(?:sources? (?:say|said|says|from [^,.;]+)|diplomatic sources[^,.;]*)/gi],
	['reports suggest', /\breports? (?:suggest|suggesting|say|claim|indicate)\w*/gi],
	['headlines declare', /\bheadlines? (?:declare|say|report)\w*/gi],
];
const hedges: [string, RegExp][] = [
	['reportedly', /\breportedly\b/gi],
	['allegedly', /\ballegedly\b/gi],
	['rumours', /\brumou?rs?\b/gi],
	['it appears', /\b(?:it appears|appears? to)\b/gi],
	['seems', /\b(?:it seems|seems? to|seemingly)\b/gi],
	['may or might', /\b(?:may|might|could)\b/gi],
	['potentially', /\b(?:potentially|possibly|likely)\b/gi],
	['claiming', /\bclaim(?:s|ed|ing)?\b/gi],
	['under scrutiny', /\bunder scrutiny\b/gi],
];

/**
 * The hedges and attributions in a text, each lexicon entry once.
 *
 * @example findHedges('According to NHK, they will reportedly go.').map((h) => h.text)
 * // ['according to NHK', 'reportedly']
 */
export function findHedges(text: string): Hedge[] {
	const found: Hedge[] = [];
	const taken: [number, number][] = [];
	for (const [kind, lexicon] of [
		['attribution', attributions],
		['hedge', hedges],
	] as const) {
		for (const [term, pattern] of lexicon) {
			// A phrase inside one already found ("sources" in "as relayed by diplomatic sources") is not another.
			const match = [...text.matchAll(pattern)].find(
				(m) => !taken.some(([start, end]) => m.index >= start && m.index + m[0].length <= end),
			);
			if (!match) continue;
			taken.push([match.index, match.index + match[0].length]);
			found.push({ term, kind, text: match[0].trim() });
		}
	}
	return found;
}

/** Inline citation numbers, "[1][2]" → [1, 2]. */
export function citationNumbers(text: string): number[] {
	return [...text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
}
