import { z } from 'astro/zod';
import { archivedSchema } from './archived';
import { correctionsSchema } from './corrections';

/** An absolute http(s) URL; anything else (javascript:, data:, relative) is refused. */
export const webUrlSchema = z.url({
	protocol: /^https?$/,
	hostname: z.regexes.domain,
	error: 'expected an absolute http:// or https:// URL',
});

/**
 * One item of an article's reference list, recorded exactly as the article
 * cites it. Which article cites it, and under which number, lives with the
 * article (`references` in its frontmatter), so it is written down once.
 */
const sourceFields = z.strictObject({
	outlet: z.string().trim().min(1).describe('The outlet as cited, e.g. "NHK World"'),
	title: z.string().trim().min(1).describe('The title exactly as cited, typos included'),
	date: z
		.string()
		.trim()
		.min(1)
		.optional()
		.describe('The date exactly as cited (e.g. "March 2023"); leave out when the citation gives none'),
	url: webUrlSchema
		.optional()
		.describe('The address exactly as cited; leave out when the citation gives none. Never guess one'),
	archived: archivedSchema
		.optional()
		.describe(
			'An archived copy of the cited page, where one was made: its address and the day of the capture',
		),
	citedAs: z
		.string()
		.trim()
		.min(1)
		.describe('The reference-list line as it appears in the article, for the record'),
	note: z
		.string()
		.trim()
		.min(1)
		.describe('What can and cannot be established about this citation from the articles'),
	corrections: correctionsSchema,
});

/** A source; an archived copy is of the address as cited, so it needs one. */
export const sourceSchema = sourceFields.refine((source) => !source.archived || source.url !== undefined, {
	path: ['archived'],
	message: 'expected the address as cited (`url`) beside an archived copy of it',
});

export type Source = z.infer<typeof sourceSchema>;
