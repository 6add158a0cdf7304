import { z } from 'astro/zod';
import { pastDaySchema } from './date';
import { correctionSchema } from './corrections';
import { idListSchema, idPattern } from './id';

/** One dated event of a story's timeline, with the evidence that dates it. */
export const timelineEventSchema = z.strictObject({
	id: z
		.string()
		.regex(idPattern, { message: 'expected an event id in lower-case words joined by hyphens' })
		.describe('Unique within the story; claims name the events they depend on by it'),
	date: pastDaySchema.describe('The day it happened, or the day it was first reported, as "YYYY-MM-DD"'),
	event: z.string().trim().min(1).describe('What happened, in our own neutral words'),
	evidence: idListSchema('evidence', { min: 1 }).describe('The consulted evidence that reports it'),
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/**
 * A claim taken off the site, kept on the record: what it said, the rating
 * readers last saw, and the dated entry that says why it went.
 */
export const removedClaimSchema = correctionSchema.omit({ verdict: true, wording: true }).extend({
	id: z.string().regex(idPattern, { message: 'expected the removed claim’s id (its file name)' }),
	claim: z.string().trim().min(1).describe('The claim as it was published'),
	rating: z.string().trim().min(1).describe('The rating label readers last saw on it'),
});

export type RemovedClaim = z.infer<typeof removedClaimSchema>;

/** A news story, told by one or more article versions (each names it in `story`). */
export const storySchema = z.strictObject({
	title: z.string().trim().min(1).describe('What the story is, in our own neutral words'),
	summary: z
		.string()
		.trim()
		.min(1)
		.describe('Two or three sentences of our own on what the versions report, without verdicts'),
	timeline: z
		.array(timelineEventSchema)
		.default([])
		.refine((events) => new Set(events.map((event) => event.id)).size === events.length, {
			message: 'expected each event id once',
		})
		.describe('The dated events the story rests on, from the consulted evidence, in any order'),
	removedClaims: z
		.array(removedClaimSchema)
		.default([])
		.describe('Claims of this story taken off the site, each with its corrections entry; never remove one'),
});

export type Story = z.infer<typeof storySchema>;
