import { z } from 'astro/zod';
import { citationSupportSchema } from './citation-support';
import { correctionsSchema } from './corrections';
import { pastDaySchema } from './date';
import { idListSchema, idPattern, idSchema } from './id';
import { verdictSchema } from './verdict';
import { wordingSchema } from './wording';

export const claimKindLabels = {
	figure: 'A figure',
	event: 'An event',
	attribution: 'An attribution',
	forecast: 'A forecast',
	opinion: 'An opinion',
} as const;

export type ClaimKind = keyof typeof claimKindLabels;

/** What each kind of claim is, for the methodology page. */
export const claimKindMeanings: Record<ClaimKind, string> = {
	figure: 'A number: how many workers, builders, drones.',
	event: 'Something said to have happened or to be happening.',
	attribution: 'Who said something, or what a citation points to.',
	forecast: 'Something said to be going to happen.',
	opinion: 'A judgement or characterisation, such as calling attacks “terrorism”.',
};

const claimKinds = Object.keys(claimKindLabels) as [ClaimKind];

/** How a piece of consulted evidence bears on a claim. */
export const evidenceBearings = {
	states: 'States it',
	differs: 'Reports it differently',
	contradicts: 'Contradicts it',
	context: 'Background only',
} as const;

export type EvidenceBearing = keyof typeof evidenceBearings;

/** What each bearing says about an item of evidence, for the methodology page. */
export const evidenceBearingMeanings: Record<EvidenceBearing, string> = {
	states: 'The item reports the claim as our sentence of it puts it.',
	differs:
		'The item reports the same matter, but not as our sentence of it puts it: a hedge, a figure, a tense or an attribution differs.',
	contradicts: 'The item says otherwise.',
	context: 'The item gives background without bearing on the claim itself.',
};

/** How one version makes the claim: what its own citation can bear, and what it does to the wording. */
export const claimInVersionSchema = z.strictObject({
	article: idSchema('articles').describe('The version'),
	citation: citationSupportSchema,
	sources: idListSchema('sources')
		.default([])
		.describe('The items of this version’s reference list it cites for the claim, if any'),
	citationRationale: z
		.string()
		.trim()
		.min(1)
		.describe('Why its citation has this support: which reference, and what its title and date can bear'),
	wording: wordingSchema
		.optional()
		.describe(
			'How this version words the claim beside the record’s words; needed when the record reports the matter, left out when it does not',
		),
	note: z
		.string()
		.trim()
		.min(1)
		.optional()
		.describe(
			'What this version does to the record’s words, in a sentence: needed when its wording is not faithful, and says no change when it is',
		),
});

export type ClaimInVersion = z.infer<typeof claimInVersionSchema>;

const SHORT_QUOTE = 80;

/**
 * One item of evidence as it bears on one claim, with what it says about
 * that claim in a line of our own (a short quote at most).
 */
export const evidenceLinkSchema = z.strictObject({
	item: idSchema('evidence'),
	bears: z
		.enum(Object.keys(evidenceBearings) as [EvidenceBearing])
		.describe('states, differs, contradicts or context'),
	shows: z
		.string()
		.trim()
		.min(1)
		.max(300, {
			message: 'expected one line (300 characters at most) on what the item says about this claim',
		})
		.refine((line) => quotedPhrases(line).every((quote) => quote.length <= SHORT_QUOTE), {
			message: `expected short quotes only (${SHORT_QUOTE} characters at most inside “ ”); say the rest in our own words`,
		})
		.describe('What this item says about this claim, in our own words, with at most a short quote'),
	words: z
		.string()
		.trim()
		.min(1)
		.max(SHORT_QUOTE, { message: `expected a short quote (${SHORT_QUOTE} characters at most)` })
		.optional()
		.describe(
			'The item’s own words for the claim, copied exactly from its quote or a phrase `shows` quotes; read for its hedge and figure in how the claim travelled. Left out, its quote stands for it',
		),
});

/**
 * The phrases a line quotes between curly double quotes.
 *
 * @example quotedPhrases('It says “may be sent” and “25,000”.') // ['may be sent', '25,000']
 */
function quotedPhrases(line: string): string[] {
	return [...line.matchAll(/“([^”]*)”/g)].map((match) => match[1] ?? '');
}

/** One search made for a claim the record did not show: what, where, when and what came back. */
export const searchSchema = z.strictObject({
	query: z.string().trim().min(1).describe('The words searched for'),
	where: z.string().trim().min(1).describe('What was searched, e.g. "news sites in English, full text"'),
	date: pastDaySchema.describe('The day of the search, as "YYYY-MM-DD"'),
	found: z
		.string()
		.trim()
		.min(1)
		.describe('What came back, in our own words: what was there and what was not'),
});

export type Search = z.infer<typeof searchSchema>;

/** One claim made by one or more versions of the story. Where it is made is marked in the text. */
export const claimSchema = z.strictObject({
	claim: z
		.string()
		.trim()
		.min(1)
		.describe(
			'What the versions say, in one neutral sentence of our own, no harder or softer than they put it',
		),
	kind: z.enum(claimKinds).describe('figure, event, attribution, forecast or opinion'),
	assertedBy: z
		.string()
		.trim()
		.min(1)
		.describe(
			'Who makes the claim: the versions themselves, or the person or outlet they credit, e.g. "NHK"',
		),
	madeBy: idListSchema('topics')
		.default([])
		.describe(
			'The people or organisations the versions credit with the claim, as topic ids (e.g. [nhk]); empty when the versions make it in their own voice',
		),
	verdict: verdictSchema,
	rationale: z
		.string()
		.trim()
		.min(1)
		.describe('Why the claim has this verdict: what was checked, in which evidence, and what it shows'),
	evidence: z
		.array(evidenceLinkSchema)
		.default([])
		.describe(
			'The consulted evidence the verdict rests on, how each item bears on the claim and what it says',
		),
	searches: z
		.array(searchSchema)
		.default([])
		.describe('The searches made for the claim; a “not found” verdict needs at least one'),
	events: z
		.array(z.string().regex(idPattern, { message: 'expected the id of an event in the story’s timeline' }))
		.default([])
		.describe('The events of the story’s timeline the claim depends on, by id'),
	byVersion: z
		.array(claimInVersionSchema)
		.min(1, { message: 'expected an entry for each version that makes the claim' })
		.describe('Each version that makes the claim: its citation support and any note on its wording'),
	topics: idListSchema('topics', { min: 1 }).describe('Topics the claim is about'),
	corrections: correctionsSchema,
});

export type Claim = z.infer<typeof claimSchema>;
