import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { articleSchema } from '../../src/schemas/article';
import { hasCome, isRealDate } from '../../src/schemas/date';
import { claimSchema } from '../../src/schemas/claim';
import { sourceSchema } from '../../src/schemas/source';
import { storySchema } from '../../src/schemas/story';
import { topicSchema } from '../../src/schemas/topic';

const article = {
	title: 'Headline',
	description: 'What this version is.',
	story: 'the-story',
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
	status: 'corroborated-by-cited-source',
	rationale: 'The cited title says so.',
	sources: [{ source: 'nhk', supports: 'states-claim' }],
	topics: ['north-korea'],
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
		['story', storySchema, { title: 'A story', summary: 'What it is about.' }],
		['non-ASCII ids', claimSchema, { ...claim, topics: ['sergueï-choïgou', '北朝鮮'] }],
	])('%s', (_, schema: z.ZodType, value) => {
		expect(firstIssue(schema, value)).toBeUndefined();
	});

	it('fills in the defaults', () => {
		const parsed = articleSchema.parse(article);
		expect(parsed.tags).toEqual([]);
		expect(parsed.referencesHeading).toBe('References');
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
			'expected one of',
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
		['an unknown status', claimSchema, { ...claim, status: 'true' }, 'status', 'expected one of'],
		[
			'a claim citing no source',
			claimSchema,
			{ ...claim, sources: [] },
			'sources',
			'expected at least one source the claim was checked against',
		],
		[
			'a claim with no topic',
			claimSchema,
			{ ...claim, topics: [] },
			'topics',
			'expected at least 1 id(s) of entries in content/topics/',
		],
		[
			'an unknown kind of support',
			claimSchema,
			{ ...claim, sources: [{ source: 'nhk', supports: 'proves' }] },
			'sources.0.supports',
			'expected one of',
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
