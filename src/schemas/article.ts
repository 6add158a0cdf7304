import { z } from 'astro/zod';
import { hasCome, isRealDate } from './date';
import { correctionsSchema } from './corrections';
import { idListSchema, idSchema } from './id';
import { provenanceSchema } from './provenance';

const dateMessage = 'expected "undated" or a real date in quotes, such as "2025-06-17"';

/** One version of a story, written in Markdown with `:claim[…]{#id}` markers. */
export const articleSchema = z.strictObject({
	title: z.string().trim().min(1).describe('The headline as published'),
	kicker: z.string().trim().min(1).optional().describe('The short line above the headline, if any'),
	alternateHeadline: z
		.string()
		.trim()
		.min(1)
		.optional()
		.describe('A second headline the page carried, if any'),
	description: z.string().trim().min(1).max(200).describe('One line of our own saying what this version is'),
	publisher: z
		.string()
		.trim()
		.min(1)
		.optional()
		.describe('The outlet that published this version, where it is known; left out when it is not'),
	story: idSchema('stories').describe('The story this is a version of; versions share it'),
	name: z
		.string()
		.trim()
		.min(1)
		.max(40)
		.describe(
			'A short name readers know this version by, read after "the": "scraped page", "rewrite"; unique within its story',
		),
	provenance: provenanceSchema,
	provenanceNote: z.string().trim().min(1).describe('What is known of where this text came from'),
	// A string, not a date: YAML reads an unquoted 2024-02-30 as 1 March.
	date: z
		.string({ error: dateMessage })
		.refine((value) => value === 'undated' || isRealDate(value), { error: dateMessage })
		.refine((value) => value === 'undated' || !isRealDate(value) || hasCome(value), {
			error: 'expected a publication date that has come, not one in the future',
		})
		.describe('Publication date as "YYYY-MM-DD" (quoted), or "undated" when the text gives none'),
	dateNote: z.string().trim().min(1).optional().describe('What the text says about its own timing'),
	language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'expected a BCP 47 language tag such as "en"'),
	tags: z.array(z.string().trim().min(1)).default([]).describe('The tags the page itself listed'),
	topics: idListSchema('topics', { min: 1 }).describe('Topics the article is about'),
	versions: idListSchema('articles').describe('Other versions of the same story'),
	referencesHeading: z
		.string()
		.trim()
		.min(1)
		.default('References')
		.describe('The heading of the reference list as the article gives it'),
	references: z
		.array(
			z.strictObject({
				number: z.int().positive().optional().describe('The number the article gives it, if any'),
				source: idSchema('sources'),
			}),
		)
		.describe('The article’s reference list, in its order'),
	headlineClaims: z
		.strictObject({
			kicker: idListSchema('claims').optional(),
			title: idListSchema('claims').optional(),
			alternateHeadline: idListSchema('claims').optional(),
		})
		.default({})
		.describe(
			'The claims each headline line makes as a whole, by claim id: the kicker, the title and the alternate headline are marked here, since they are not part of the text',
		),
	notClaims: z
		.array(
			z.strictObject({
				text: z
					.string()
					.trim()
					.min(1)
					.describe('The sentence or headline line, or a part of it found nowhere else in the article'),
				reason: z.string().trim().min(1).describe('One line on why it makes no claim to check'),
			}),
		)
		.default([])
		.describe(
			'Sentences that carry a figure, a date, an attribution, a hedge or a named source but make no claim to check, each reviewed with its reason; every other such sentence must be inside a claim marker',
		),
	corrections: correctionsSchema,
});

/** The headline lines that can carry claims, in the order a reader meets them. */
export const headlineFields = ['kicker', 'title', 'alternateHeadline'] as const;

export type HeadlineField = (typeof headlineFields)[number];

export type Article = z.infer<typeof articleSchema>;
