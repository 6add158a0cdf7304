import { z } from 'astro/zod';
import { articleSchema } from './article';
import { citationSupportSchema } from './citation-support';
import { claimSchema } from './claim';
import { pastDaySchema } from './date';
import { evidenceSchema } from './evidence';
import { idSchema } from './id';
import { sourceSchema } from './source';
import { storySchema, timelineEventSchema } from './story';
import { verdictSchema } from './verdict';
import { topicSchema } from './topic';
import { wordingJudgementIds } from './wording';

/**
 * The open-data export (`data.json`): every collection as published, each
 * entry with its id and its `page` on this site, plus where each claim is made
 * and the dates computed from the stories' timelines.
 * Content fields keep their names (a source's `url` is the address as cited).
 * It reuses the collection schemas, so the export and the content can never
 * disagree about a field, and its JSON Schema (`data.schema.json`) is
 * generated from this one.
 *
 * The version follows semantic versioning: a new field bumps the minor
 * number, a removed or changed field the major one. 1.1.0 added each claim's,
 * source's and article's `corrections` log. 2.1.0 added values to an article's
 * `provenance` (wire brief, broadcast transcript, press release). 3.0.0 took
 * “misstated” off the verdict scale and made how each version words a claim a
 * judgement of its own: the `wordingJudgements` scale, each claim version's
 * `wording` (its words beside the record's), each evidence link's `shows`, a
 * claim's `searches`, a story's `removedClaims` and an article's `publisher`.
 * 3.1.0 added each source's and evidence item's `archived` copy, where one was made,
 * each claim's `travel` (its origins, relays and versions, as read) and each
 * evidence link's optional `words`.
 */
export const OPEN_DATA_VERSION = '3.1.0';

const pageUrl = z.url().describe('Its page on this site');

const stanceSchema = z
	.enum(['considering', 'possible', 'intends', 'future', 'under-way', 'stated', 'unread'])
	.describe(
		'How firmly the words put it: considering, possible (may), intends (wants to), future (will), under-way, stated (plainly), unread (not in English)',
	);
const readingFields = {
	words: z.string().describe('The words, as the record holds them'),
	stance: stanceSchema,
	hedges: z.array(z.string()).describe('The hedges the hedge reader finds in them, as written'),
};

/** How a claim travelled, as `src/record/travel.ts` reads it; see the methodology page. */
const travelSchema = z
	.strictObject({
		origins: z.array(
			z.strictObject({
				name: z.string().describe('Whose report it goes back to, as its relays name it'),
				evidence: idSchema('evidence').optional().describe('Its own page, when we read it'),
				date: pastDaySchema.describe('Its own page’s date, or, when `dateFromRelays`, its first relay’s'),
				dateFromRelays: z.boolean(),
				credits: z.string().optional().describe('Who it credits, from its page or as its relay gives it'),
				knownThrough: z
					.string()
					.optional()
					.describe('The relay whose words stand for it, when we did not read it'),
				...readingFields,
				words: readingFields.words.optional(),
				stance: stanceSchema.optional(),
				hedges: readingFields.hedges.optional(),
			}),
		),
		relays: z.array(
			z.strictObject({
				evidence: idSchema('evidence'),
				outlet: z.string(),
				date: pastDaySchema.describe('Its publication date as published'),
				origin: z.string().describe('The name of its origin'),
				...readingFields,
				headline: z.string().optional().describe('Its headline as published'),
				headlineStance: stanceSchema.optional(),
				hedge: z
					.enum(['kept', 'changed', 'dropped', 'added', 'none', 'unknown'])
					.describe('Its origin’s hedge, in its words'),
				figure: z
					.enum(['kept', 'qualifier', 'changed', 'dropped', 'none', 'unknown'])
					.describe('Its origin’s figure, in its words'),
				tense: z
					.enum(['kept', 'harder', 'softer', 'unknown'])
					.describe('Whether it puts the matter more or less firmly than its origin'),
				restoresHedge: z
					.boolean()
					.describe('It hedges again after an earlier relay of the same origin dropped the hedge'),
			}),
		),
		versions: z.array(
			z.strictObject({
				article: idSchema('articles'),
				...readingFields,
				citesRelays: z.array(idSchema('evidence')).describe('The relays it cites in its own references'),
			}),
		),
		linkUnknown: z
			.boolean()
			.describe('True when no version cites a relay, so no relay can be tied to a version'),
	})
	.describe(
		'How the claim travelled from its origin through the relays we read to the versions; absent when we read no relay',
	);

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
		verdicts: z
			.array(
				z.strictObject({
					id: verdictSchema,
					label: z.string().describe('How the site shows it'),
					meaning: z.string().describe('What it says about a claim'),
					rule: z.string().describe('What the evidence must show for a claim to get it'),
				}),
			)
			.describe('The verdict scale (what the public record shows), in order'),
		citationSupports: z
			.array(
				z.strictObject({
					id: citationSupportSchema,
					label: z.string().describe('How the site shows it'),
					meaning: z.string().describe('What it says about a version’s citation'),
					rule: z.string().describe('What the cited sources must show for a citation to get it'),
				}),
			)
			.describe('The citation-support scale (what a version’s own citation can bear), in order'),
		wordingJudgements: z
			.array(
				z.strictObject({
					id: z.enum(wordingJudgementIds),
					label: z.string().describe('How the site shows it'),
					meaning: z.string().describe('What it says about how a version words a claim'),
				}),
			)
			.describe('The wording scale (what a version does to the record’s words), in order'),
		stories: z.array(
			storySchema.extend({
				id: idSchema('stories'),
				timeline: z
					.array(
						timelineEventSchema.extend({
							later: z.boolean().describe('True when it happened after every event the versions report'),
						}),
					)
					.describe('The dated events the story rests on, in date order'),
			}),
		),
		articles: z.array(
			articleSchema.extend({
				id: idSchema('articles'),
				page: pageUrl,
				writtenOnOrAfter: z
					.strictObject({
						event: z.string().describe('The id of the latest timeline event its claims depend on'),
						date: pastDaySchema.describe('That event’s date: the text was written on or after it'),
					})
					.optional()
					.describe('The earliest the text can have been written, when its claims name dated events'),
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
				travel: travelSchema.optional(),
			}),
		),
		sources: z.array(sourceSchema.safeExtend({ id: idSchema('sources'), page: pageUrl })),
		evidence: z
			.array(evidenceSchema.safeExtend({ id: idSchema('evidence'), page: pageUrl }))
			.describe('The public reporting the verdicts rest on, as published and as consulted'),
		topics: z.array(topicSchema.extend({ id: idSchema('topics'), page: pageUrl })),
	})
	.describe(
		'Claims, sources, evidence and versions of news stories, with each claim’s verdict on the public record, each version’s citation support, and why',
	);

export type OpenData = z.infer<typeof openDataSchema>;

/** The JSON Schema (draft 2020-12) of the export, with its own address as `$id`. */
export function openDataJsonSchema(id: string) {
	return { ...z.toJSONSchema(openDataSchema, { target: 'draft-2020-12', io: 'output' }), $id: id };
}
