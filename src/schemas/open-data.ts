import { z } from 'astro/zod';
import { articleSchema } from './article';
import { claimSchema } from './claim';
import { idSchema } from './id';
import { sourceSchema } from './source';
import { statusSchema } from './status';
import { storySchema } from './story';
import { topicSchema } from './topic';

/**
 * The open-data export (`data.json`): every collection as published, each
 * entry with its id and its `page` on this site, plus where each claim is made.
 * Content fields keep their names (a source's `url` is the address as cited).
 * It reuses the collection schemas, so the export and the content can never
 * disagree about a field, and its JSON Schema (`data.schema.json`) is
 * generated from this one.
 *
 * The version follows semantic versioning: a new field bumps the minor
 * number, a removed or changed field the major one. 1.1.0 added each claim's,
 * source's and article's `corrections` log.
 */
export const OPEN_DATA_VERSION = '1.1.0';

const pageUrl = z.url().describe('Its page on this site');

const passageSchema = z.strictObject({
	id: z.string().describe('The passage’s fragment id on the article page'),
	text: z.string().describe('The marked words, exactly as the article has them'),
	url: z.url().describe('The passage on the article page'),
});

const placeSchema = {
	number: z.int().positive().describe('The claim’s number in that article’s sidebar'),
	passages: z.array(passageSchema).min(1).describe('Every passage of the article marked with the claim'),
};

export const openDataSchema = z
	.strictObject({
		$schema: z.url().describe('The JSON Schema this file follows'),
		version: z.literal(OPEN_DATA_VERSION).describe('Version of this data format'),
		site: z.url().describe('The site this data was published with'),
		statuses: z
			.array(
				z.strictObject({
					id: statusSchema,
					label: z.string().describe('How the site shows it'),
					meaning: z.string().describe('What it says about a claim'),
				}),
			)
			.describe('The status scale, in order'),
		stories: z.array(storySchema.extend({ id: idSchema('stories') })),
		articles: z.array(
			articleSchema.extend({
				id: idSchema('articles'),
				page: pageUrl,
				claims: z
					.array(z.strictObject({ claim: idSchema('claims'), ...placeSchema }))
					.describe('The claims the text marks, by number'),
			}),
		),
		claims: z.array(
			claimSchema.extend({
				id: idSchema('claims'),
				page: pageUrl,
				appearances: z
					.array(z.strictObject({ article: idSchema('articles'), ...placeSchema }))
					.describe('Each article that makes the claim, and where'),
			}),
		),
		sources: z.array(sourceSchema.extend({ id: idSchema('sources'), page: pageUrl })),
		topics: z.array(topicSchema.extend({ id: idSchema('topics'), page: pageUrl })),
	})
	.describe('Claims, sources and versions of news stories, with the status of each claim and why');

export type OpenData = z.infer<typeof openDataSchema>;

/** The JSON Schema (draft 2020-12) of the export, with its own address as `$id`. */
export function openDataJsonSchema(id: string) {
	return { ...z.toJSONSchema(openDataSchema, { target: 'draft-2020-12', io: 'output' }), $id: id };
}
