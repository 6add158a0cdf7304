import { z } from 'astro/zod';
import { archivedSchema } from './archived';
import { correctionsSchema } from './corrections';
import { isRealDate, pastDaySchema } from './date';
import { webUrlSchema } from './source';

/** What a piece of evidence is: the outlet's own report, a relay of someone else's, or an official's words. */
export const evidenceKinds = {
	report: {
		label: 'Original report',
		meaning: 'The outlet’s own reporting, from its own sources.',
	},
	relay: {
		label: 'Relay of another report',
		meaning: 'Repeats another outlet’s report; it adds no independent confirmation of it.',
	},
	statement: {
		label: 'Official statement, as published',
		meaning: 'What an official or a government said on the record, as the outlet publishes it.',
	},
} as const;

export type EvidenceKind = keyof typeof evidenceKinds;

/**
 * A page of public reporting that we consulted ourselves, recorded exactly as
 * published. Unlike a source (an item of a version's reference list, recorded as
 * the version cites it), evidence is what the verdicts rest on. Record only a page
 * you have read: never an address, a title or a date you did not see.
 */
export const evidenceSchema = z
	.strictObject({
		outlet: z
			.string()
			.trim()
			.min(1)
			.describe('The outlet that published the page, e.g. "Korea JoongAng Daily"'),
		title: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe(
				'The headline exactly as published; leave out when the copy we read did not show it. Never reconstruct one',
			),
		url: webUrlSchema.describe('The page’s address exactly as found'),
		published: pastDaySchema.describe('The day the page was published, as "YYYY-MM-DD"'),
		publishedAs: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe(
				'The date line as the page shows it, when it says more than the day, e.g. "19 Jun. 2025, 17:32"',
			),
		consulted: pastDaySchema.describe('The day we read it, as "YYYY-MM-DD"'),
		archived: archivedSchema.optional(),
		kind: z.enum(Object.keys(evidenceKinds) as [EvidenceKind]).describe('report, relay or statement'),
		origin: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe(
				'Whose report or statement this is at its root: for a relay the outlet it repeats (e.g. "NHK"), for a statement the official. Evidence with the same origin is not independent',
			),
		attributesTo: z
			.string()
			.trim()
			.min(1)
			.describe(
				'Who the page credits the information to, e.g. "NHK, citing Russian and Western diplomatic sources"',
			),
		reports: z
			.string()
			.trim()
			.min(1)
			.describe('What the page reports that bears on the claims, in our own words'),
		quote: z
			.string()
			.trim()
			.min(1)
			.max(80, { message: 'expected a short phrase (80 characters at most); say the rest in our own words' })
			.optional()
			.describe('A short phrase as published, where the exact wording is the point'),
		corrections: correctionsSchema,
	})
	.refine((evidence) => evidence.kind === 'report' || evidence.origin !== undefined, {
		path: ['origin'],
		message: 'expected the origin of a relay or statement: the outlet it repeats, or the official who spoke',
	})
	.refine((evidence) => evidence.consulted >= evidence.published, {
		path: ['consulted'],
		message: 'expected a day on or after the page was published',
	})
	// A date that is no date is reported once, by its own field.
	.refine(
		({ archived, published }) => !archived || !isRealDate(archived.date) || archived.date >= published,
		{
			path: ['archived', 'date'],
			message: 'expected a capture made on or after the page was published',
		},
	);

export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * The origin that decides independence: evidence that goes back to the same
 * origin, whatever outlet carries it, counts once.
 *
 * @example originOf({ kind: 'relay', outlet: 'UNN', origin: 'NHK' }) // 'nhk'
 */
export function originOf(evidence: Pick<Evidence, 'kind' | 'outlet' | 'origin'>): string {
	return (evidence.origin ?? evidence.outlet).trim().toLowerCase();
}
