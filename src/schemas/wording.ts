import { z } from 'astro/zod';
import { expectedOneOf } from './verdict';

/**
 * The wording scale: how one version words a claim, set beside the record's
 * own words. It is a second question, kept apart from the verdict: the verdict
 * says what the record shows about the claim; the wording judgement says what a
 * version did to the record's words when it told the claim. A version's own
 * rating (its `ClaimReview`) is read from here.
 */
export const wordingJudgements = {
	faithful: {
		label: 'Faithful to the record',
		meaning: 'The version says what the record says, no harder and no softer.',
	},
	'hedge-dropped': {
		label: 'Hedge dropped',
		meaning: 'The record hedges (“considering”, “may”, “reportedly”); the version leaves the hedge out.',
	},
	'hedge-added': {
		label: 'Hedge added',
		meaning: 'The version hedges what the record states plainly.',
	},
	hardened: {
		label: 'Tense or certainty hardened',
		meaning: 'A plan, a possibility or a report becomes a settled fact or a thing under way.',
	},
	'figure-changed': {
		label: 'Figure changed',
		meaning: 'A number differs from the record’s, or “about” becomes “over”.',
	},
	'attribution-dropped': {
		label: 'Attribution dropped',
		meaning: 'The record credits the information to someone; the version does not.',
	},
	'attribution-changed': {
		label: 'Attribution changed',
		meaning: 'The version credits the information to someone other than the record does.',
	},
	'wording-changed': {
		label: 'Meaning changed in the wording',
		meaning:
			'The version’s words say something other than the record’s in another way, such as a wrong title.',
	},
} as const;

export type WordingJudgementId = keyof typeof wordingJudgements;

export const wordingJudgementIds = Object.keys(wordingJudgements) as [
	WordingJudgementId,
	...WordingJudgementId[],
];

/**
 * How one version words a claim: the judgements, the version's words exactly
 * as written and the record's words, so a reader can set them side by side.
 */
export const wordingSchema = z
	.strictObject({
		judged: z
			.array(z.enum(wordingJudgementIds, { error: () => expectedOneOf(wordingJudgements) }))
			.min(1, { message: 'expected at least one wording judgement, e.g. [faithful] or [hedge-dropped]' })
			.refine((judged) => !judged.includes('faithful') || judged.length === 1, {
				message: 'expected “faithful” alone: a version that changes the record’s words is not faithful to it',
			})
			.refine((judged) => new Set(judged).size === judged.length, { message: 'expected each judgement once' })
			.describe('faithful, or each change the version makes: hedge-dropped, hardened, figure-changed…'),
		words: z
			.string()
			.trim()
			.min(1)
			.max(160, { message: 'expected the version’s words where it makes the claim (160 characters at most)' })
			.describe('The version’s own words, exactly as its text gives them'),
		record: z
			.string()
			.trim()
			.min(1)
			.max(80, { message: 'expected a short phrase (80 characters at most) from the record' })
			.describe('The record’s words, as one of the claim’s evidence accounts (`shows`) quotes them'),
	})
	.describe('How this version words the claim, beside the record’s words');

export type Wording = z.infer<typeof wordingSchema>;

/**
 * The label of a version's wording: each judgement's label, in the order given.
 *
 * @example wordingLabel({ judged: ['hedge-dropped', 'figure-changed'] }) // 'Hedge dropped; Figure changed'
 */
export function wordingLabel(wording: Pick<Wording, 'judged'>): string {
	return wording.judged.map((id) => wordingJudgements[id].label).join('; ');
}

/** Whether a version's wording keeps to the record. */
export function isFaithful(wording: Pick<Wording, 'judged'>): boolean {
	return wording.judged.length === 1 && wording.judged[0] === 'faithful';
}
