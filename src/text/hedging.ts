/**
 * The one reading of attribution and hedging: which words tell a reader who
 * says something, and which say how sure the text is. The coverage check
 * (`./check-worthy.ts`) and the comparison (`src/compare/hedges.ts`) both read
 * sentences through it, so what one calls a hedge the other does too. A fixed
 * lexicon with a few rules of context, not a model: an author can see why a
 * phrase was picked, and `npm run bench:hedges` measures it on a labelled set
 * of news sentences (`tests/fixtures/hedges/labelled.json`).
 */

export type HedgeKind = 'attribution' | 'hedge';

/** One attribution or hedge found in a text, where it stands. */
export interface HedgeReading {
	/** The lexicon entry, e.g. "according to", "accused" or "reportedly". */
	term: string;
	kind: HedgeKind;
	/** The words as written. */
	text: string;
	start: number;
	end: number;
}

interface Entry {
	term: string;
	kind: HedgeKind;
	pattern: RegExp;
	/** Words before the match that make it something else ("the said agreement"). */
	notAfter?: RegExp;
	/** Words after the match that make it something else ("could not", "claims process"). */
	notBefore?: RegExp;
	/** The forms it reads, as the methodology page lists them, when the term alone does not say. */
	reads?: string;
}

const verb = (forms: string) => new RegExp(`\\b(?:${forms})\\b`, 'gi');

/** One hedge entry per word: each is a term of its own, so "allegedly" and "reportedly" are told apart. */
const eachWord = (words: string): Entry[] =>
	words.split(' ').map((word) => ({ term: word, kind: 'hedge', pattern: verb(word) }));

/**
 * The lexicon, each entry with the forms it reads. Order matters only for
 * overlapping phrases: a longer one listed first takes its words.
 */
const lexicon: readonly Entry[] = [
	// Attribution: who the information is credited to.
	{ term: 'according to', kind: 'attribution', pattern: verb('according to') },
	{
		term: 'as reported by',
		reads: 'as reported, relayed, cited or quoted by (or in)',
		kind: 'attribution',
		pattern: verb('as (?:reported|relayed|cited|quoted) (?:by|in)'),
	},
	{
		term: 'sources say',
		reads: 'sources say, said, told or claim',
		kind: 'attribution',
		pattern: /\bsources?\b(?:\s+[\w-]+){0,4}?\s+(?:say|says|said|told|tell|claim|claims|claimed)\b/gi,
	},
	{
		term: 'reports suggest',
		reads: 'reports suggest, say, claim, indicate or show; a report that',
		kind: 'attribution',
		pattern: verb(
			'(?:a )?reports? (?:that|(?:had |have )?(?:suggest|suggests|suggested|say|says|said|claim|claims|indicate|indicates|show|shows))',
		),
	},
	{
		term: 'headlines declare',
		reads: 'headlines declare, say or report',
		kind: 'attribution',
		pattern: verb('headlines? (?:declare|declares|say|says|report|reports)'),
	},
	{
		term: 'it is understood',
		reads: 'it is (or was) understood, announced, reported, claimed, alleged, confirmed or gathered',
		kind: 'attribution',
		pattern: verb(
			'it (?:is|was|has been|had been) (?:understood|announced|reported|claimed|alleged|confirmed|gathered|learned|learnt)',
		),
	},
	{
		term: 'in a statement',
		reads: 'in a statement, interview, briefing, post, letter or filing',
		kind: 'attribution',
		pattern: verb('in an? (?:statement|interview|briefing|post|letter|filing)'),
	},
	{
		term: 'per',
		reads: 'per (the) … , as in “per the ministry”',
		kind: 'attribution',
		pattern: /\b(?:as per|[Pp]er(?= (?:the \p{L}|\p{Lu})))/gu,
	},
	{
		term: 'spokesperson',
		reads: 'a spokesperson, spokesman or spokeswoman for',
		kind: 'attribution',
		pattern: verb('spokes(?:person|man|woman) for'),
	},
	{
		term: 'said',
		reads: 'said, says, told, tells (not “the said …”)',
		kind: 'attribution',
		pattern: verb('said|says|say|saying|told|tells|tell|telling'),
		notAfter: /\b(?:the|a|that|is|are|was|were|be|been|is being)\s*$/i,
	},
	{
		term: 'stated',
		reads:
			'stated, announced, declared, added, noted, explained, wrote, argued, acknowledged, admitted, asserted, maintained, revealed, disclosed, mentioned, cautioned, conceded, testified, informed, indicated, gathered that, described … as',
		kind: 'attribution',
		pattern: verb(
			'stated|states that|state that|announced|announces|announcing|declared(?! an? )|declares(?! an? )|disputed|disputes|estimated that|estimates that|added(?! to\\b)|adds that|noted|notes that|explained|wrote|writes|argued|argues|acknowledged|admitted|admits|asserted|asserts|maintained|maintains|revealed|reveals|disclosed|disclosed that|mentioned|cautioned|cautions|conceded|concedes|testified|testifies|informed|indicated|indicates that|gathered that|describ(?:e|es|ed|ing) [^.]{0,60}?as',
		),
	},
	{
		term: 'claimed',
		reads: 'claimed, claiming, claims that',
		kind: 'attribution',
		pattern: /\b(?:claimed|claiming|claims? that|claims?(?= \p{Lu}))\b/gu,
	},
	{
		term: 'accused',
		reads: 'accused, accuses, accusing, accusation',
		kind: 'attribution',
		pattern: verb('accused|accuses|accusing|accuse|accusation|accusations|allegations|makes allegations'),
		// "the accused" is the person charged.
		notAfter: /\b(?:the|an?)\s*$/i,
	},
	{
		term: 'alleged',
		reads: 'alleged, alleges, allege (as a verb)',
		kind: 'attribution',
		pattern: verb('alleged|alleges|alleging|allege'),
		// "over his alleged fraud", "alleged to have": the word describes, it credits no one.
		notAfter: /\b(?:for|over|his|her|their|its|the|an?|of|in|and|on|with|was|were|is|are|be|been|also)\s*$/i,
		notBefore: /^\s+to\b/i,
	},
	{
		term: 'charged',
		reads: 'charged that, charges that',
		kind: 'attribution',
		pattern: verb('charged that|charges that'),
	},
	{
		term: 'insisted',
		reads: 'insisted, insists',
		kind: 'attribution',
		pattern: verb('insisted|insists|insisting'),
	},
	{
		term: 'denied',
		reads: 'denied, denies, disputed, rejected or dismissed (the, a, claims, reports)',
		kind: 'attribution',
		pattern: verb(
			'denied|denies|denying|(?:rejected|dismissed|disputed) (?:the|a|an|those|these|claims|reports)',
		),
	},
	{
		term: 'warned',
		reads: 'warned, warns',
		kind: 'attribution',
		pattern: verb('warned|warns|warn that|warning that'),
	},
	{
		term: 'confirmed',
		reads: 'confirmed, confirms',
		kind: 'attribution',
		pattern: verb('confirmed|confirms|confirming|confirm'),
		// "confirmed cases", "is confirmed by": the state of a fact, not a source's word.
		notAfter: /\b(?:is|are|was|were|be|been|have|has)\s*$/i,
		notBefore: /^\s+(?:cases?|deaths?|by)\b/i,
	},
	{
		term: 'reported',
		reads: 'reported, reporting, reports that',
		kind: 'attribution',
		pattern: verb('reported|reporting|reports that'),
		notAfter: /\b(?:is|are|was|were|be|been)\s*$/i,
	},
	{
		term: 'cited',
		reads: 'cited, citing, quoted, quoting',
		kind: 'attribution',
		pattern: verb('cited|citing|cites|quoted|quoting|quotes'),
	},
	{
		term: 'a study shows',
		reads: 'a study, survey, document or minutes show, state or find',
		kind: 'attribution',
		pattern:
			/\b(?:study|studies|survey|polls?|reports?|data|figures|documents?|records|minutes|results|court papers|filings?)\b[^.;]{0,80}?\b(?:show|shows|showed|state|states|stated|found|finds|indicate|indicates|indicated)\b/gi,
	},
	{
		term: 'the court heard',
		reads: 'the court, tribunal, jury or inquiry heard (or was told)',
		kind: 'attribution',
		pattern: /\b(?:court|tribunal|jury|inquiry|hearing|committee)\s+(?:was\s+)?(?:heard|told)\b/gi,
	},
	{
		term: 'reports',
		reads: 'a named outlet or body reports',
		kind: 'attribution',
		pattern:
			/\b(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|New|Annual|Final|Latest|Recent)\b)\p{Lu}[\p{L}.'-]* reports\b/gu,
	},
	{
		term: 'the report found',
		reads: 'a closing clause crediting the sentence, as in “…, the report found”',
		kind: 'attribution',
		pattern:
			/,\s+(?:the\s+|a\s+|an\s+)?[\p{L}\s'-]{1,40}?\s(?:found|finds|notes|noted|said|says|reported|reports|added|wrote|writes|warned|told \w+)\.?$/gu,
	},
	{
		term: 'credit line',
		reads: 'a headline ending in its source, as in “…: Health Ministry” or “…: polls”',
		kind: 'attribution',
		pattern:
			/(?:\s?[:–—]|\s-)\s(?:\p{Lu}[\p{L}.'-]*\s?){1,4}$|:\s(?:polls?|sources?|officials?|reports?|police|media)$/gu,
	},
	{
		term: 'suggested by someone',
		reads: 'researchers, experts, officials, reports or some suggest',
		kind: 'attribution',
		pattern:
			/\b(?:researchers|experts|analysts|officials|scientists|some|critics|journalists|reports|studies|sources|(?:have|has|had)(?: also)?)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?suggest(?:s|ed)?\b/gi,
	},

	// Hedges: how sure the text is, or how far it keeps its distance.
	...eachWord('reportedly allegedly purportedly supposedly apparently ostensibly'),
	{
		term: 'alleged',
		reads: 'alleged, purported, rumoured (describing something, not crediting it)',
		kind: 'hedge',
		pattern: verb('alleged|purported|rumou?red'),
		notBefore: /^\s+that\b/i,
	},
	{
		term: 'is said to',
		reads:
			'is (or was) said, believed, thought, understood, reported, alleged, rumoured, expected or estimated to',
		kind: 'hedge',
		pattern: verb(
			'(?:is|are|was|were)(?: also| widely| now)? (?:said|believed|thought|understood|reported|alleged|rumou?red|expected|estimated) to|(?:is|are|was|were) expected|expected to|(?:believed|thought|rumou?red) to be',
		),
	},
	{ term: 'may or might', reads: 'may, might', kind: 'hedge', pattern: /\b(?:may|might)\b/g },
	{
		term: 'would',
		reads: 'would (not “would not”, nor after “said” or “announced”)',
		kind: 'hedge',
		pattern: verb('would'),
		notBefore: /^\s*(?:not|n't|never)\b/i,
		// After a speech verb in its sentence, "would" is the future of what was said, not a hedge.
		notAfter:
			/\b(?:said|says|told|tells|claimed|announced|announces|added|stated|confirmed|insisted|warned|assured|promised)\b[^.!?]*$/i,
	},
	{
		term: 'could',
		reads: 'could (not “could not”)',
		kind: 'hedge',
		pattern: verb('could'),
		notBefore: /^\s*(?:not|n't|never)\b/i,
	},
	...eachWord('possibly probably likely unlikely perhaps potentially presumably'),
	{
		term: 'seems',
		reads: 'seems, seemed, seemingly, appears to',
		kind: 'hedge',
		pattern: verb(
			'seems?|seemed|seemingly|appears? to|appeared to|appears? that|appear that|looks as if|looks like|as if',
		),
	},
	{
		term: 'suggests',
		reads: 'suggests, suggested',
		kind: 'hedge',
		pattern: verb('suggests?|suggested|suggesting'),
	},
	{
		term: 'rumours',
		reads: 'rumours, rumors, rumoured',
		kind: 'hedge',
		pattern: verb('rumou?rs?|rumou?red'),
	},
	{
		term: 'unconfirmed',
		reads: 'unconfirmed, unverified, could not be verified',
		kind: 'hedge',
		pattern: verb('unconfirmed|unverified|could not be (?:independently )?verified'),
	},
	{
		term: 'considering',
		reads: 'considering, weighing, in talks, mulling, plans to, intends to',
		kind: 'hedge',
		pattern: verb(
			'considering|consider|weighing|in talks|mulling|plans? to|planning to|intends? to|expects?|expecting',
		),
	},
	{
		term: 'estimated',
		reads: 'estimated, an estimated, estimates',
		kind: 'hedge',
		pattern: verb('estimated|an estimated|estimates?'),
	},
	{ term: 'under scrutiny', kind: 'hedge', pattern: verb('under scrutiny') },
];

/**
 * What the lexicon looks for, by kind, each entry in words (its term and the
 * forms it reads), for saying what was looked for when nothing was found.
 *
 * @example lexiconPhrases.hedge.includes('allegedly') // true
 */
export const lexiconPhrases: Record<HedgeKind, string[]> = {
	attribution: lexicon
		.filter((entry) => entry.kind === 'attribution')
		.map((entry) => entry.reads ?? entry.term),
	hedge: lexicon.filter((entry) => entry.kind === 'hedge').map((entry) => entry.reads ?? entry.term),
};

/**
 * Every attribution and hedge in a text, in the order they stand; a phrase
 * inside a longer one of its kind already found is not found again.
 *
 * @example readHedges('NHK said they may go.').map((r) => r.term) // ['said', 'may or might']
 */
export function readHedges(text: string): HedgeReading[] {
	const found: HedgeReading[] = [];
	for (const { term, kind, pattern, notAfter, notBefore } of lexicon) {
		for (const match of text.matchAll(pattern)) {
			const start = match.index;
			const end = start + match[0].length;
			if (notAfter?.test(text.slice(Math.max(0, start - 160), start))) continue;
			if (notBefore?.test(text.slice(end, end + 12))) continue;
			// One phrase is read once a kind: "Reports suggest" credits reports and hedges at once.
			if (found.some((other) => other.kind === kind && start < other.end && end > other.start)) continue;
			found.push({ term, kind, text: match[0], start, end });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/**
 * A quick test that a text may hold a lexicon phrase: every entry's pattern,
 * with case ignored, so a text it rejects holds none.
 */
export const mayHoldHedge = new RegExp(lexicon.map(({ pattern }) => `(?:${pattern.source})`).join('|'), 'iu');

/** Whether a text carries an attribution, a hedge, both or neither. */
export function hedgeKindsIn(text: string): Set<HedgeKind> {
	return new Set(readHedges(text).map((reading) => reading.kind));
}
