import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { articleSchema } from '../../../src/schemas/article';
import { hasCome, isRealDate } from '../../../src/schemas/date';
import { provenanceIds, provenanceMeaning, provenances } from '../../../src/schemas/provenance';
import { claimSchema } from '../../../src/schemas/claim';
import { evidenceSchema, originOf } from '../../../src/schemas/evidence';
import { sourceSchema } from '../../../src/schemas/source';
import { storySchema } from '../../../src/schemas/story';
import { topicSchema } from '../../../src/schemas/topic';

const article = {
	title: 'Headline',
	description: 'What this version is.',
	story: 'the-story',
	name: 'scraped page',
	provenance: 'scraped-page',
	provenanceNote: 'Scraped.',
	date: 'undated',
	language: 'en',
	topics: ['north-korea'],
	versions: ['other-version'],
	references: [{ number: 1, source: 'nhk' }],
};
const claim = {
	claim: 'North Korea will send 25,000 workers.',
	kind: 'figure',
	assertedBy: 'NHK',
	verdict: 'reported-unconfirmed',
	rationale: 'Only NHK reports it; the others relay NHK.',
	evidence: [
		{ item: 'nhk-2024-06', bears: 'states', shows: 'Relays NHK: North Korea “will send 25,000 workers”.' },
	],
	events: ['nhk-report'],
	byVersion: [
		{
			article: 'the-rewrite',
			citation: 'title-states',
			sources: ['nhk'],
			citationRationale: 'The cited NHK title gives the figure.',
			wording: {
				judged: ['faithful'],
				words: 'will send 25,000 workers',
				record: 'will send 25,000 workers',
			},
		},
	],
	topics: ['north-korea'],
};
const evidence = {
	outlet: 'UNN',
	title: 'North Korea to send workers, NHK says',
	url: 'https://unn.ua/en/news/x',
	published: '2024-06-20',
	consulted: '2025-01-10',
	kind: 'relay',
	origin: 'NHK',
	attributesTo: 'NHK',
	reports: 'Repeats NHK’s report of 25,000 workers.',
};
const story = {
	title: 'A story',
	summary: 'What it is about.',
	timeline: [{ id: 'nhk-report', date: '2024-06-19', event: 'NHK reports it.', evidence: ['nhk-2024-06'] }],
};
const source = {
	outlet: 'The Diplomat',
	title: 'A title',
	url: 'https://thediplomat.com/2022/10/a/',
	citedAs: '[2] The Diplomat, “A title”',
	note: 'Cited with an address.',
};
const topic = { name: 'Alabuga', kind: 'place', description: 'A special economic zone in Tatarstan.' };

/** The first problem zod finds: where, and what it says. */
function firstIssue(schema: z.ZodType, value: unknown) {
	const result = schema.safeParse(value);
	if (result.success) return undefined;
	const [issue] = result.error.issues;
	return { path: issue!.path.join('.'), message: issue!.message };
}

describe('schemas accept valid entries', () => {
	it.each([
		['article', articleSchema, article],
		['article with a real date', articleSchema, { ...article, date: '2024-02-29' }],
		['claim', claimSchema, claim],
		['source', sourceSchema, source],
		['source without date or URL', sourceSchema, { ...source, url: undefined }],
		['topic', topicSchema, topic],
		['story', storySchema, story],
		['story without a timeline', storySchema, { title: 'A story', summary: 'What it is about.' }],
		['claim without evidence or events', claimSchema, { ...claim, evidence: undefined, events: undefined }],
		[
			'claim with a note on a version',
			claimSchema,
			{ ...claim, byVersion: [{ ...claim.byVersion[0], note: 'Drops the hedge.' }] },
		],
		['evidence: a relay', evidenceSchema, evidence],
		[
			'evidence: an own report without an origin',
			evidenceSchema,
			{ ...evidence, kind: 'report', origin: undefined },
		],
		['evidence read the day it was published', evidenceSchema, { ...evidence, consulted: '2024-06-20' }],
		['non-ASCII ids', claimSchema, { ...claim, topics: ['sergueï-choïgou', '北朝鮮'] }],
	])('%s', (_, schema: z.ZodType, value) => {
		expect(firstIssue(schema, value)).toBeUndefined();
	});

	it('fills in the defaults', () => {
		const parsed = articleSchema.parse(article);
		expect(parsed.tags).toEqual([]);
		expect(parsed.referencesHeading).toBe('References');
		expect(parsed.headlineClaims).toEqual({});
		const parsedClaim = claimSchema.parse({
			...claim,
			evidence: undefined,
			events: undefined,
			byVersion: [{ ...claim.byVersion[0], sources: undefined }],
		});
		expect(parsedClaim.evidence).toEqual([]);
		expect(parsedClaim.events).toEqual([]);
		expect(parsedClaim.byVersion[0]!.sources).toEqual([]);
		expect(storySchema.parse({ title: 'A story', summary: 'What it is about.' }).timeline).toEqual([]);
	});
});

describe('schemas reject mistakes, naming the field and what was expected', () => {
	it.each([
		['a missing title', articleSchema, { ...article, title: undefined }, 'title', 'expected string'],
		[
			'an impossible date',
			articleSchema,
			{ ...article, date: '2023-02-29' },
			'date',
			'expected "undated" or a real date in quotes',
		],
		[
			'a date in the future',
			articleSchema,
			{ ...article, date: '2999-01-01' },
			'date',
			'expected a publication date that has come, not one in the future',
		],
		[
			'a date YAML read as a Date',
			articleSchema,
			{ ...article, date: new Date('2024-01-01') },
			'date',
			'expected "undated" or a real date in quotes',
		],
		[
			'an unknown provenance',
			articleSchema,
			{ ...article, provenance: 'blog' },
			'provenance',
			'expected one of: scraped-page ("Scraped news page"), broadcast-transcript ("Broadcast transcript")',
		],
		[
			'a bad language tag',
			articleSchema,
			{ ...article, language: 'English' },
			'language',
			'expected a BCP 47 language tag',
		],
		[
			'a topic id with capitals',
			articleSchema,
			{ ...article, topics: ['North Korea'] },
			'topics.0',
			'expected the id of an entry in content/topics/',
		],
		[
			'a repeated id',
			articleSchema,
			{ ...article, versions: ['x', 'x'] },
			'versions',
			'expected each id of content/articles/ at most once',
		],
		['an unknown field', articleSchema, { ...article, author: 'Someone' }, '', 'Unrecognized key: "author"'],
		[
			'an unknown verdict, answered with the labels beside the ids',
			claimSchema,
			{ ...claim, verdict: 'true' },
			'verdict',
			'expected one of: confirmed ("Confirmed by independent reports"), official-statement ("Official statement, as reported"),',
		],
		['the old status field', claimSchema, { ...claim, status: 'opinion' }, '', 'Unrecognized key: "status"'],
		[
			'an evidence link that does not say what the item shows',
			claimSchema,
			{ ...claim, evidence: [{ item: 'nhk-2024-06', bears: 'states' }] },
			'evidence.0.shows',
			'expected string',
		],
		[
			'an evidence account quoting at length',
			claimSchema,
			{ ...claim, evidence: [{ ...claim.evidence[0], shows: `It says “${'word '.repeat(20)}”.` }] },
			'evidence.0.shows',
			'expected short quotes only (80 characters at most inside “ ”); say the rest in our own words',
		],
		[
			'a wording judged faithful and changed at once',
			claimSchema,
			{
				...claim,
				byVersion: [
					{
						...claim.byVersion[0],
						wording: { ...claim.byVersion[0]!.wording, judged: ['faithful', 'hardened'] },
					},
				],
			},
			'byVersion.0.wording.judged',
			'expected “faithful” alone: a version that changes the record’s words is not faithful to it',
		],
		[
			'an unknown wording judgement',
			claimSchema,
			{
				...claim,
				byVersion: [{ ...claim.byVersion[0], wording: { ...claim.byVersion[0]!.wording, judged: ['spun'] } }],
			},
			'byVersion.0.wording.judged.0',
			'expected one of: faithful ("Faithful to the record")',
		],
		[
			'a search with no date',
			claimSchema,
			{ ...claim, searches: [{ query: 'x', where: 'news sites', found: 'Nothing.' }] },
			'searches.0.date',
			'expected a real date in quotes',
		],
		[
			'a claim no version makes',
			claimSchema,
			{ ...claim, byVersion: [] },
			'byVersion',
			'expected an entry for each version that makes the claim',
		],
		[
			'an unknown citation support',
			claimSchema,
			{ ...claim, byVersion: [{ ...claim.byVersion[0], citation: 'proves' }] },
			'byVersion.0.citation',
			'expected one of: title-states ("The cited title states it"),',
		],
		[
			'a version entry without a citation rationale',
			claimSchema,
			{ ...claim, byVersion: [{ ...claim.byVersion[0], citationRationale: ' ' }] },
			'byVersion.0.citationRationale',
			'expected string to have >=1 characters',
		],
		[
			'a version entry citing a source twice',
			claimSchema,
			{ ...claim, byVersion: [{ ...claim.byVersion[0], sources: ['nhk', 'nhk'] }] },
			'byVersion.0.sources',
			'expected each id of content/sources/ at most once',
		],
		[
			'an event id with capitals',
			claimSchema,
			{ ...claim, events: ['NHK report'] },
			'events.0',
			'expected the id of an event in the story’s timeline',
		],
		[
			'a claim with no topic',
			claimSchema,
			{ ...claim, topics: [] },
			'topics',
			'expected at least 1 id(s) of entries in content/topics/',
		],
		[
			'an unknown bearing of evidence',
			claimSchema,
			{ ...claim, evidence: [{ item: 'nhk-2024-06', bears: 'proves' }] },
			'evidence.0.bears',
			'expected one of',
		],
		[
			'a relay without an origin',
			evidenceSchema,
			{ ...evidence, origin: undefined },
			'origin',
			'expected the origin of a relay or statement: the outlet it repeats, or the official who spoke',
		],
		[
			'a statement without an origin',
			evidenceSchema,
			{ ...evidence, kind: 'statement', origin: undefined },
			'origin',
			'expected the origin of a relay or statement',
		],
		[
			'evidence consulted before it was published',
			evidenceSchema,
			{ ...evidence, consulted: '2024-06-19' },
			'consulted',
			'expected a day on or after the page was published',
		],
		[
			'evidence published in the future',
			evidenceSchema,
			{ ...evidence, published: '2999-01-01', consulted: '2999-01-02' },
			'published',
			'expected a date that has come, not one in the future',
		],
		[
			'evidence with an unquoted date',
			evidenceSchema,
			{ ...evidence, published: new Date('2024-06-20') },
			'published',
			'expected a real date in quotes, such as "2025-06-19"',
		],
		[
			'evidence with a long quote',
			evidenceSchema,
			{ ...evidence, quote: 'x'.repeat(81) },
			'quote',
			'expected a short phrase (80 characters at most)',
		],
		[
			'an unknown kind of evidence',
			evidenceSchema,
			{ ...evidence, kind: 'rumour' },
			'kind',
			'expected one of',
		],
		[
			'a timeline with one event id twice',
			storySchema,
			{ ...story, timeline: [story.timeline[0], story.timeline[0]] },
			'timeline',
			'expected each event id once',
		],
		[
			'a timeline event with no evidence',
			storySchema,
			{ ...story, timeline: [{ ...story.timeline[0], evidence: [] }] },
			'timeline.0.evidence',
			'expected at least 1 id(s) of entries in content/evidence/',
		],
		[
			'a timeline event on an impossible day',
			storySchema,
			{ ...story, timeline: [{ ...story.timeline[0], date: '2024-02-30' }] },
			'timeline.0.date',
			'expected a real date in quotes',
		],
		[
			'a timeline event id that is not an id',
			storySchema,
			{ ...story, timeline: [{ ...story.timeline[0], id: 'NHK Report' }] },
			'timeline.0.id',
			'expected an event id in lower-case words joined by hyphens',
		],
		[
			'headline claims for an unknown line',
			articleSchema,
			{ ...article, headlineClaims: { subtitle: ['x'] } },
			'headlineClaims',
			'Unrecognized key: "subtitle"',
		],
		[
			'a javascript: URL',
			sourceSchema,
			{ ...source, url: 'javascript:alert(1)' },
			'url',
			'expected an absolute http:// or https:// URL',
		],
		[
			'a relative URL',
			sourceSchema,
			{ ...source, url: '/2022/10/a/' },
			'url',
			'expected an absolute http:// or https:// URL',
		],
		[
			'an ftp URL',
			sourceSchema,
			{ ...source, url: 'ftp://example.com/a' },
			'url',
			'expected an absolute http:// or https:// URL',
		],
		[
			'an empty outlet',
			sourceSchema,
			{ ...source, outlet: '  ' },
			'outlet',
			'expected string to have >=1 characters',
		],
		['an unknown topic kind', topicSchema, { ...topic, kind: 'planet' }, 'kind', 'expected one of'],
	])('%s', (_, schema: z.ZodType, value, path, message) => {
		const issue = firstIssue(schema, value);
		expect(issue?.path).toBe(path);
		expect(issue?.message).toContain(message);
	});
});

describe('originOf', () => {
	it.each([
		[{ kind: 'report', outlet: 'NHK World' }, 'nhk world'],
		[{ kind: 'relay', outlet: 'UNN', origin: ' NHK ' }, 'nhk'],
		[{ kind: 'statement', outlet: 'TASS', origin: 'Dmitry Peskov' }, 'dmitry peskov'],
	] as const)('%j → %s', (item, expected) => {
		expect(originOf(item)).toBe(expected);
	});
});

describe('isRealDate', () => {
	it.each([
		['2024-02-29', true],
		['2023-02-29', false],
		['2024-04-31', false],
		['2024-13-01', false],
		['24-01-01', false],
		['2024-1-1', false],
	])('%s → %s', (value, expected) => {
		expect(isRealDate(value)).toBe(expected);
	});
});

describe('hasCome', () => {
	const now = Date.parse('2026-12-02T10:00:00Z');
	it.each([
		['2026-12-01', true],
		['2026-12-02', true],
		// Already the 3rd in Kiribati (UTC+14), though not yet in London.
		['2026-12-03', true],
		['2026-12-04', false],
	])('%s, seen on 2 December 2026 at 10:00 UTC: %s', (date, expected) => {
		expect(hasCome(date, now)).toBe(expected);
	});
});

describe('provenances', () => {
	it.each(provenanceIds)('accepts %s, with a label and a meaning for readers', (provenance) => {
		expect(articleSchema.safeParse({ ...article, provenance }).success).toBe(true);
		const { label, meaning } = provenances[provenance];
		expect(label).toMatch(/^\p{Lu}[^.]*[^.\s]$/u);
		expect(meaning).toMatch(/^\p{Lu}.*\.$/u);
		expect(label).not.toContain('-');
	});

	it('reads a meaning after a version’s name', () => {
		expect(provenanceMeaning('wire-brief')).toBe(
			'a short news-agency item, written for other outlets to run or rewrite',
		);
	});
});
