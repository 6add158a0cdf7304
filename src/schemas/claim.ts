import { z } from 'astro/zod';
import { citationSupportSchema } from './citation-support';
import { correctionsSchema } from './corrections';
import { idListSchema, idPattern, idSchema } from './id';
import { verdictSchema } from './verdict';

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
	states: 'The item reports the claim as the versions put it.',
	differs:
		'The item reports the same matter, but not as the versions put it: a hedge, a figure or a tense differs.',
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
	note: z
		.string()
		.trim()
		.min(1)
		.optional()
		.describe('How this version words the claim, where that matters: a hedge dropped, a figure changed'),
});

export type ClaimInVersion = z.infer<typeof claimInVersionSchema>;

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
		.array(
			z.strictObject({
				item: idSchema('evidence'),
				bears: z
					.enum(Object.keys(evidenceBearings) as [EvidenceBearing])
					.describe('states, differs, contradicts or context'),
			}),
		)
		.default([])
		.describe('The consulted evidence the verdict rests on, and how each item bears on the claim'),
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
