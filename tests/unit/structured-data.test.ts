import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/lib/graph';
import {
	claimAuthor,
	claimRating,
	claimReviewData,
	newsArticleData,
	organizationData,
	type Publisher,
	serializeJsonLd,
	shortClaim,
	verdictRatings,
	websiteData,
} from '../../src/lib/structured-data';
import { verdicts, verdictIds } from '../../src/schemas/verdict';
import { validContent } from './fixtures';

/** A schema-dts value as a plain record, to look up properties its union type does not name. */
const plain = (value: object) => value as unknown as Record<string, unknown>;

const publisher: Publisher = {
	name: 'Sourceline',
	description: 'A close reading.',
	home: new URL('https://example.org/analysis/'),
};

describe('shortClaim', () => {
	it.each([
		['a short claim stays whole', 'North Korea will send workers.', 'North Korea will send workers.'],
		['whitespace is collapsed', '  North  Korea\nwill send workers. ', 'North Korea will send workers.'],
		[
			'a long claim is cut at a word, with an ellipsis',
			'The North Korean workers will go mainly to the Alabuga special economic zone in Tatarstan.',
			'The North Korean workers will go mainly to the Alabuga special economic…',
		],
		[
			'punctuation before the cut is dropped',
			'Russia, North Korea and others, together, signed a comprehensive strategic partnership agreement last year.',
			'Russia, North Korea and others, together, signed a comprehensive…',
		],
		['a single long word is cut inside it', 'x'.repeat(100), `${'x'.repeat(73)}…`],
		['a word ending just at the limit is kept', `${'word '.repeat(14)}abc def`, `${'word '.repeat(14)}abc…`],
	])('%s', (_, claim, expected) => {
		const short = shortClaim(claim);
		expect(short).toBe(expected);
		expect(short.length).toBeLessThan(75);
	});
});

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
			misstated: 2,
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

describe('claimAuthor', () => {
	const shoigu = { data: { name: 'Sergei Shoigu', kind: 'person' } };
	const interfax = { data: { name: 'Interfax', kind: 'organisation' } };
	const versions = [{ title: 'Headline A' }, { title: 'Headline B' }];
	it.each([
		[
			'the people and organisations credited with it',
			[shoigu, interfax],
			[
				{ '@type': 'Person', name: 'Sergei Shoigu' },
				{ '@type': 'Organization', name: 'Interfax' },
			],
		],
		[
			'each version, by its headline, when the versions make it in their own voice',
			[],
			[
				{ '@type': 'Organization', name: 'Headline A' },
				{ '@type': 'Organization', name: 'Headline B' },
			],
		],
	])('%s', (_, madeBy, expected) => {
		expect(claimAuthor(madeBy, versions)).toEqual(expected);
	});
});

describe('claimReviewData', () => {
	const graph = buildSiteGraph(validContent());
	const review = claimReviewData(graph.claim('x'), publisher) as Record<string, any>;

	it('reviews the claim at its page on this site, as this site', () => {
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

	it('credits the version that makes it in its own voice, and points at each passage on our article pages', () => {
		expect(review.itemReviewed).toEqual({
			'@type': 'Claim',
			name: 'Claim x.',
			author: [{ '@type': 'Organization', name: 'Title a' }],
			appearance: [
				{
					'@type': 'NewsArticle',
					headline: 'Title a',
					url: 'https://example.org/analysis/articles/a/#passage-x-1',
				},
			],
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
