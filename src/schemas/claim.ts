import { z } from 'astro/zod';
import { correctionsSchema } from './corrections';
import { idListSchema, idSchema } from './id';
import { statusSchema } from './status';

export const claimKindLabels = {
	figure: 'Figure',
	event: 'Event',
	attribution: 'Attribution',
	forecast: 'Forecast',
	opinion: 'Opinion',
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

export const sourceSupports = {
	'states-claim': 'Its title, as cited, states the claim',
	'on-topic': 'On the same subject; its title does not state the claim',
	'cited-for-claim': 'The article points to it for this claim, but its title does not bear it out',
} as const;

export type SourceSupport = keyof typeof sourceSupports;

/** One claim made by one or more versions of the story. Where it is made is marked in the text. */
export const claimSchema = z.strictObject({
	claim: z.string().trim().min(1).describe('The claim in one neutral sentence of our own, without a verdict'),
	kind: z.enum(claimKinds).describe('figure, event, attribution, forecast or opinion'),
	assertedBy: z
		.string()
		.trim()
		.min(1)
		.describe('Who the articles say asserts it, e.g. "NHK, citing Western and Russian diplomatic sources"'),
	status: statusSchema,
	rationale: z
		.string()
		.trim()
		.min(1)
		.describe('Why the claim has this status, from what the articles and their citations show'),
	sources: z
		.array(
			z.strictObject({
				source: idSchema('sources'),
				supports: z
					.enum(Object.keys(sourceSupports) as [SourceSupport])
					.describe('How the source bears on the claim'),
			}),
		)
		.min(1, { message: 'expected at least one source the claim was checked against' })
		.describe('The cited sources this claim was checked against'),
	topics: idListSchema('topics', { min: 1 }).describe('Topics the claim is about'),
	corrections: correctionsSchema,
});

export type Claim = z.infer<typeof claimSchema>;
