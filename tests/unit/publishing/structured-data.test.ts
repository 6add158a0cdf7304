import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/record/graph';
import {
	claimAuthor,
	claimRating,
	claimReviewData,
	newsArticleData,
	organizationData,
	type Publisher,
	serializeJsonLd,
	verdictRatings,
	versionRating,
	websiteData,
} from '../../../src/publishing/structured-data';
import { verdicts, verdictIds } from '../../../src/schemas/verdict';
import type { Wording } from '../../../src/schemas/wording';
import { validContent } from '../fixtures';

/** A schema-dts value as a plain record, to look up properties its union type does not name. */
const plain = (value: object) => value as unknown as Record<string, unknown>;

const publisher: Publisher = {
	name: 'Sourceline',
	description: 'A close reading.',
	home: new URL('https://example.org/analysis/'),
};

describe('claimRating', () => {
	it.each(verdictIds)('labels %s with its verdict label and reason', (verdict) => {
		const rating = claimRating(verdict, 'Because.');
		expect(rating).toMatchObject({
			'@type': 'Rating',
			alternateName: verdicts[verdict].label,
			ratingExplanation: 'Because.',
		});
	});

	it('gives numbers only to the verdicts that rank, on a 1 to 3 scale', () => {
		expect(verdictRatings).toEqual({
			contradicted: 1,
			confirmed: 3,
		});
		expect(claimRating('confirmed', '')).toMatchObject({
			ratingValue: 3,
			worstRating: 1,
			bestRating: 3,
		});
		expect(claimRating('contradicted', '')).toMatchObject({ ratingValue: 1 });
		for (const verdict of [
			'official-statement',
			'reported-unconfirmed',
			'not-found',
			'not-checkable',
		] as const) {
			const rating = plain(claimRating(verdict, ''));
			expect(rating.ratingValue, verdict).toBeUndefined();
			expect(rating.bestRating, verdict).toBeUndefined();
			expect(rating.worstRating, verdict).toBeUndefined();
		}
	});
});

describe('versionRating', () => {
	const faithful = { judged: ['faithful'], words: 'w', record: 'r' } satisfies Wording;
	const hardened = { judged: ['hedge-dropped', 'hardened'], words: 'w', record: 'r' } satisfies Wording;

	it('is the verdict’s rating when the version keeps to the record’s words', () => {
		expect(versionRating('confirmed', faithful, 'Why.')).toEqual(claimRating('confirmed', 'Why.'));
		expect(versionRating('reported-unconfirmed', undefined, 'Why.')).toEqual(
			claimRating('reported-unconfirmed', 'Why.'),
		);
	});

	it('is the version’s own wording otherwise, between the ends of the scale for a confirmed claim', () => {
		expect(versionRating('confirmed', hardened, 'Why.')).toEqual({
			'@type': 'Rating',
			alternateName: 'Hedge dropped; Tense or certainty hardened',
			ratingExplanation: 'Why.',
			ratingValue: 2,
			worstRating: 1,
			bestRating: 3,
		});
		expect(plain(versionRating('reported-unconfirmed', hardened, 'Why.'))).toEqual({
			'@type': 'Rating',
			alternateName: 'Hedge dropped; Tense or certainty hardened',
			ratingExplanation: 'Why.',
		});
	});
});

describe('claimAuthor', () => {
	const shoigu = { data: { name: 'Sergei Shoigu', kind: 'person' } };
	const interfax = { data: { name: 'Interfax', kind: 'organisation' } };
	it.each([
		[
			'the people and organisations credited with it',
			[shoigu, interfax],
			[{ publisher: 'Daily Planet' }],
			[
				{ '@type': 'Person', name: 'Sergei Shoigu' },
				{ '@type': 'Organization', name: 'Interfax' },
			],
		],
		[
			'each version’s publisher, once, when the versions make it in their own voice',
			[],
			[{ publisher: 'Daily Planet' }, { publisher: undefined }, { publisher: 'Daily Planet' }],
			[{ '@type': 'Organization', name: 'Daily Planet' }],
		],
		['nobody, never a headline, when no version records its publisher', [], [{ publisher: undefined }], []],
	])('%s', (_, madeBy, versions, expected) => {
		expect(claimAuthor(madeBy, versions)).toEqual(expected);
	});
});

describe('claimReviewData', () => {
	const graph = buildSiteGraph(validContent());
	const [review, ofVersion, ...more] = claimReviewData(graph.claim('x'), publisher) as Record<string, any>[];

	it('reviews the claim at its page on this site, as this site, with the whole claim', () => {
		expect(review).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'ClaimReview',
			url: 'https://example.org/analysis/claims/x/',
			claimReviewed: 'Claim x.',
			reviewBody: 'Because.',
			author: { '@type': 'Organization', name: 'Sourceline', url: 'https://example.org/analysis/' },
			reviewRating: { alternateName: 'Confirmed by independent reports', ratingValue: 3 },
		});
	});

	it('names no author for a claim made in the versions’ own voice, and points at each passage on our article pages', () => {
		expect(review!.itemReviewed).toEqual({
			'@type': 'Claim',
			name: 'Claim x.',
			appearance: [
				{
					'@type': 'NewsArticle',
					headline: 'Title a',
					url: 'https://example.org/analysis/articles/a/#passage-x-1',
				},
			],
		});
	});

	it('reviews each version’s telling of it, rated by its own wording', () => {
		expect(more).toEqual([]);
		expect(ofVersion).toMatchObject({
			'@type': 'ClaimReview',
			url: 'https://example.org/analysis/claims/x/#wording-a',
			claimReviewed: 'Claim x.',
			reviewRating: { alternateName: 'Confirmed by independent reports', ratingValue: 3 },
			itemReviewed: { appearance: [{ headline: 'Title a' }] },
		});
		const content = validContent();
		content.claims[0]!.data.byVersion[0]!.wording = {
			judged: ['figure-changed'],
			words: 'Some text',
			record: 'some text',
		};
		content.claims[0]!.data.byVersion[0]!.note = 'It says “over”.';
		const [, changed] = claimReviewData(buildSiteGraph(content).claim('x'), publisher) as Record<
			string,
			any
		>[];
		expect(changed!.reviewRating).toEqual({
			'@type': 'Rating',
			alternateName: 'Figure changed',
			ratingExplanation: 'It says “over”.',
			ratingValue: 2,
			worstRating: 1,
			bestRating: 3,
		});
	});

	it('gives no date when the article has none', () => {
		expect(JSON.stringify(review)).not.toMatch(/date/i);
	});
});

describe('newsArticleData', () => {
	const content = validContent();
	content.articles[0]!.data.date = '2025-06-17';
	content.articles[0]!.data.tags = ['Drones', 'Russia'];
	const graph = buildSiteGraph(content);

	it('describes a version with its own URL, topics and citations', () => {
		expect(newsArticleData(graph.article('a'), publisher)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'Title a',
			description: 'A version.',
			url: 'https://example.org/analysis/articles/a/',
			mainEntityOfPage: 'https://example.org/analysis/articles/a/',
			inLanguage: 'en',
			datePublished: '2025-06-17',
			keywords: 'Drones, Russia',
			about: [{ '@type': 'Thing', name: 'Place' }],
			citation: [
				{
					'@type': 'CreativeWork',
					name: 'Source s1',
					publisher: { '@type': 'Organization', name: 'Outlet' },
				},
			],
			isPartOf: { '@type': 'WebSite', name: 'Sourceline', url: 'https://example.org/analysis/' },
		});
	});

	it('gives a citation’s address and, where we recorded one, its archived copy as `archivedAt`', () => {
		const archived = validContent();
		const source = archived.sources.find(({ id }) => id === 's1')!;
		source.data.url = 'https://outlet.example/news?id=1';
		source.data.archived = {
			url: 'https://web.archive.org/web/20250310120000/https://outlet.example/news?id=1',
			date: '2025-03-10',
		};
		const [cited] = plain(newsArticleData(buildSiteGraph(archived).article('a'), publisher))
			.citation as object[];
		expect(cited).toMatchObject({
			url: 'https://outlet.example/news?id=1',
			archivedAt: 'https://web.archive.org/web/20250310120000/https://outlet.example/news?id=1',
		});
		expect(plain(newsArticleData(graph.article('a'), publisher)).citation).not.toContainEqual(
			expect.objectContaining({ archivedAt: expect.anything() }),
		);
	});

	it('leaves out the date, keywords and alternative headline when the article has none', () => {
		const data = plain(newsArticleData(graph.article('b'), publisher));
		expect(data.datePublished).toBeUndefined();
		expect(data.keywords).toBeUndefined();
		expect(data.alternativeHeadline).toBeUndefined();
	});
});

describe('the home page', () => {
	it('describes the site and its publisher', () => {
		expect(websiteData(publisher)).toMatchObject({
			'@type': 'WebSite',
			url: 'https://example.org/analysis/',
			publisher: { '@type': 'Organization', name: 'Sourceline' },
		});
		expect(organizationData(publisher)).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Organization',
			url: 'https://example.org/analysis/',
		});
	});
});

describe('serializeJsonLd', () => {
	it.each([
		[{ name: 'plain' }, '{"name":"plain"}'],
		[
			{ name: '</script><script>alert(1)</script>' },
			'{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
		],
		[{ name: '<!--' }, '{"name":"\\u003c!--"}'],
	])('%j', (data, expected) => {
		expect(serializeJsonLd(data)).toBe(expected);
		expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
	});
});
