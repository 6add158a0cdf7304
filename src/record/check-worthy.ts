import type { TextBlock } from '../loading/marked-text';
import { mayHoldHedge, readHedges } from '../text/hedging';
import { headlineFields, type Article, type HeadlineField } from '../schemas/article';

/**
 * Check-worthiness: which sentences make the kind of statement a fact-check
 * must look at. A sentence is check-worthy when it carries a cue: a figure, a
 * date, an attribution, a hedge or a named source. The cues are surface
 * patterns on purpose: they are cheap, predictable, and an author can see why
 * a sentence was picked. A sentence they pick that makes no claim is listed in
 * the article's `notClaims` with a reason, so every pick is reviewed once.
 */

export type CueKind = 'figure' | 'date' | 'attribution' | 'hedge' | 'named source';

/** One cue found in a sentence: its kind and the words that carry it. */
export interface Cue {
	kind: CueKind;
	words: string;
}

/** A cue where it stands in its text. */
export interface PlacedCue extends Cue {
	start: number;
	end: number;
}

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const weekdays = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const numberWords =
	'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|percent';
const outlets =
	'NHK|Reuters|Interfax|TASS|RIA|Yonhap|Kyodo|CNN|BBC|NPR|AFP|AP|Bloomberg|Guardian|Diplomat|Pentagon|Kremlin spokesman';

/**
 * The cue patterns, in the order a sentence is searched: a year is a date
 * before it is a figure. Attributions and hedges are read by the site's one
 * lexicon (`./hedging.ts`), the reading the comparison uses too.
 */
const cuePatterns: readonly { kind: Exclude<CueKind, 'attribution' | 'hedge'>; pattern: RegExp }[] = [
	{
		kind: 'date',
		pattern: new RegExp(
			// Case matters: "May" is a month, "may" a hedge of another kind.
			`\\b(?:${months})\\b|\\b(?:19|20)\\d{2}\\b|\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier this|[Ll]ater this) (?:year|month|week|spring|summer|autumn|winter)\\b|\\b(?:[Yy]esterday|[Tt]omorrow)\\b|\\b(?:${weekdays})\\b`,
		),
	},
	{
		kind: 'figure',
		pattern: new RegExp(`\\d[\\d,.\\u00a0\\u202f]*%?|\\b(?:${numberWords})(?:-(?:${numberWords}))?\\b`, 'i'),
	},
	{
		kind: 'named source',
		pattern: new RegExp(
			`\\b(?:${outlets})\\b|\\b(?:officials?|spokes(?:man|woman|person)|ministry|intelligence|broadcaster|news agency|diplomatic sources|sources)\\b`,
			'i',
		),
	},
];

const anyPatternCue = new RegExp(cuePatterns.map(({ pattern }) => `(?:${pattern.source})`).join('|'), 'i');
const anyCue = { test: (text: string) => anyPatternCue.test(text) || mayHoldHedge.test(text) };

/** The order cues are listed in: as a reader meets the kinds in a sentence's description. */
export const cueOrder: readonly CueKind[] = ['date', 'figure', 'attribution', 'hedge', 'named source'];

/** Inline citation numbers ("[2]") are the text's apparatus, not figures. */
const citation = /\[\d+\]/g;

/**
 * The cues in a text, at most one per kind (the first), in the order of `cueOrder`.
 *
 * @example cuesIn('NHK reported 25,000 workers.') // [{ kind: 'figure', words: '25,000' }, { kind: 'attribution', words: 'reported' }, { kind: 'named source', words: 'NHK' }]
 */
export function cuesIn(text: string): Cue[] {
	return firstOfEachKind(placedCues(text));
}

/** The first of each kind of placed cues, in the order of `cueOrder`. */
function firstOfEachKind(placed: readonly PlacedCue[]): Cue[] {
	return cueOrder.flatMap((kind) => {
		const first = placed.find((cue) => cue.kind === kind);
		return first ? [{ kind, words: first.words }] : [];
	});
}

/**
 * Every cue in a text, each occurrence with where it stands, in text order:
 * what coverage is judged on, cue by cue. A year is a date, not a figure;
 * cues of other kinds may share words ("diplomatic sources said").
 *
 * @example placedCues('NHK said 25,000 went in 2025.').map((c) => c.words) // ['NHK', 'said', '25,000', '2025']
 */
function placedCues(text: string): PlacedCue[] {
	const rest = text.replace(citation, (match) => ' '.repeat(match.length));
	const placed: PlacedCue[] = [];
	for (const { kind, pattern } of cuePatterns) {
		for (const match of rest.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
			const start = match.index;
			// A figure's trailing stop or comma ends the sentence or the clause; it is not part of the number.
			const words = kind === 'figure' ? match[0].replace(/[.,\s]+$/, '') : match[0].trim();
			const end = start + words.length;
			const taken = placed.some(
				(other) => (other.kind === kind || other.kind === 'date') && start < other.end && end > other.start,
			);
			if (words !== '' && !taken) placed.push({ kind, words, start, end });
		}
	}
	for (const reading of readHedges(rest))
		placed.push({ kind: reading.kind, words: reading.text.trim(), start: reading.start, end: reading.end });
	return placed.sort((a, b) => a.start - b.start);
}

/** One sentence or headline line that carries a cue. */
export interface CheckWorthy {
	text: string;
	/** Line in the body (as the plugin counted it), or undefined for a headline line. */
	line: number | undefined;
	/** Set for a headline line held in the frontmatter. */
	headline?: HeadlineField;
	cues: Cue[];
	/** Whether a claim marker (or, for a headline, `headlineClaims`) covers any of it. */
	marked: boolean;
	/** Its cues that lie in no claim marker: each must be marked, or listed in `notClaims`. */
	unmarked: PlacedCue[];
	/** The claims marked in it, by id. */
	claimIds: string[];
}

/**
 * Every check-worthy sentence of an article: the headline lines first, then
 * each sentence of each block of the text. A sentence is marked when any claim
 * marker overlaps it: the marker holds its claim, and the words around it are
 * that claim's framing.
 */
export function checkWorthySentences(data: Article, blocks: readonly TextBlock[]): CheckWorthy[] {
	const found: CheckWorthy[] = [];
	for (const field of headlineFields) {
		const text = data[field];
		if (typeof text !== 'string') continue;
		const placed = placedCues(text.trim());
		const claimIds = data.headlineClaims[field] ?? [];
		if (placed.length > 0)
			found.push({
				text: text.trim(),
				line: undefined,
				headline: field,
				cues: firstOfEachKind(placed),
				marked: claimIds.length > 0,
				// A headline line's claims are the line as a whole.
				unmarked: claimIds.length > 0 ? [] : placed,
				claimIds,
			});
	}
	for (const block of blocks) {
		// Most blocks of most articles: one quick test settles that no sentence in them has a cue.
		if (!anyCue.test(block.text)) continue;
		for (const sentence of sentencesOf(block.text)) {
			const placed = placedCues(sentence.text);
			if (placed.length === 0) continue;
			const spans = block.claims.filter((span) => span.start < sentence.end && span.end > sentence.start);
			const inSpan = (cue: PlacedCue) =>
				spans.some(
					(span) => sentence.start + cue.start >= span.start && sentence.start + cue.end <= span.end,
				);
			const before = block.text.slice(0, sentence.start).split('\n').length - 1;
			found.push({
				text: sentence.text.replace(/\s+/g, ' '),
				line: block.line === undefined ? undefined : block.line + before,
				cues: firstOfEachKind(placed),
				marked: spans.length > 0,
				unmarked: placed.filter((cue) => !inSpan(cue)),
				claimIds: spans.map((span) => span.claimId),
			});
		}
	}
	return found;
}

// A sentence ends at . ! or ? (with any closing quotes or brackets) before a
// space and a capital, digit or opening quote, unless the word before is an
// abbreviation common in news copy ("N. Korea", "Mr.", "U.S.").
const boundary = /[.!?]+["'”’)\]]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
const abbreviation =
	/(?:^|[\s(.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Prof|No|vs|etc|e\.g|i\.e|(?:\p{Lu}\.){2,})\.$/u;

/**
 * The sentences of a block's text, with their offsets. A small splitter of
 * our own rather than `Intl.Segmenter` (`src/compare/sentences.ts`): this runs
 * on every block of every article in every build, and a regular expression is
 * several times faster for the same breaks on news copy.
 *
 * @example sentencesOf('N. Korea sends workers. Russia agrees.').map((s) => s.text) // ['N. Korea sends workers.', 'Russia agrees.']
 */
export function sentencesOf(text: string): { text: string; start: number; end: number }[] {
	const sentences: { text: string; start: number; end: number }[] = [];
	let start = 0;
	for (const match of text.matchAll(boundary)) {
		const end = match.index + match[0].trimEnd().length;
		if (abbreviation.test(text.slice(Math.max(start, end - 12), end))) continue;
		sentences.push({ text: text.slice(start, end), start, end });
		start = match.index + match[0].length;
	}
	if (start < text.length)
		sentences.push({ text: text.slice(start).trimEnd(), start, end: text.trimEnd().length });
	return sentences.filter((sentence) => sentence.text.trim() !== '');
}

/** A text reduced for matching a `notClaims` entry: quotes straightened, spaces collapsed, case folded. */
export function matchable(text: string): string {
	return text
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[–—]/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** How a cue reads in a message: `a figure ("25,000")`. */
export function describeCue(cue: Cue): string {
	return `${cue.kind === 'attribution' ? 'an' : 'a'} ${cue.kind} ("${cue.words}")`;
}
