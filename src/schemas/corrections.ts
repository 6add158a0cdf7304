import { z } from 'astro/zod';
import { hasCome, isRealDate } from './date';

/** What kind of change a corrections entry records, and how the site names it. */
export const correctionKinds = {
	correction: {
		label: 'Correction',
		meaning: 'Something we published was wrong, and has been put right.',
	},
	clarification: {
		label: 'Clarification',
		meaning: 'What we published was right but could be misread; the wording now says it plainly.',
	},
	update: {
		label: 'Update',
		meaning: 'Something new came to light, or the record was completed; nothing published was wrong.',
	},
} as const;

export type CorrectionKind = keyof typeof correctionKinds;

const dateMessage = 'expected the date of the change in quotes, such as "2025-06-17"';

/** One dated entry of a record's corrections log. */
export const correctionSchema = z.strictObject({
	// A string, not a date: YAML reads an unquoted 2024-02-30 as 1 March.
	date: z
		.string({ error: dateMessage })
		.refine(isRealDate, { error: dateMessage })
		.refine((value) => !isRealDate(value) || hasCome(value), {
			error: 'expected the date the change was made, not one in the future',
		})
		.describe('When the change was made, as "YYYY-MM-DD" (quoted)'),
	kind: z
		.enum(Object.keys(correctionKinds) as [CorrectionKind])
		.describe('correction (it was wrong), clarification (it could be misread) or update (something new)'),
	change: z.string().trim().min(1).describe('What changed, in a sentence readers can follow'),
	reason: z.string().trim().min(1).describe('Why it changed: what showed the record was wrong or incomplete'),
	verdict: z
		.strictObject({
			from: z.string().trim().min(1).describe('The verdict’s label before the change, as readers saw it'),
			to: z.string().trim().min(1).describe('The verdict’s label after it'),
		})
		.optional()
		.describe('For a claim whose verdict changed: its label before and after. Every change needs one'),
	wording: z
		.strictObject({
			version: z.string().trim().min(1).describe('The article id of the version'),
			from: z.string().trim().min(1).describe('The wording label before the change, as readers saw it'),
			to: z.string().trim().min(1).describe('The wording label after it'),
		})
		.optional()
		.describe('For a version whose wording judgement changed: its label before and after'),
});

export type Correction = z.infer<typeof correctionSchema>;

/**
 * A record's corrections log, oldest or newest first as the author prefers;
 * pages sort it. Entries are never removed: the log is the public record.
 */
export const correctionsSchema = z
	.array(correctionSchema)
	.default([])
	.describe('Dated corrections, clarifications and updates to this record; never remove one');
