import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/lib/graph';
import {
	claimRating,
	claimReviewData,
	newsArticleData,
	organizationData,
	type Publisher,
	serializeJsonLd,
	shortClaim,
	statusRatings,
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
	it.each(verdictIds)('labels %s with its status label and reason', (status) => {
		const rating = claimRating(status, 'Because.');
		expect(rating).toMatchObject({
			'@type': 'Rating',
			alternateName: verdicts[status].label,
			ratingExplanation: 'Because.',
		});
	});

	it('gives numbers only to the verdicts that rank, on a 1 to 3 scale', () => {
		expect(statusRatings).toEqual({
			'garbled-or-contradicted': 1,
			'unsupported-by-cited-source': 2,
			'corroborated-by-cited-source': 3,
		});
		expect(claimRating('corroborated-by-cited-source', '')).toMatchObject({
			ratingValue: 3,
			worstRating: 1,
			bestRating: 3,
		});
		for (const status of ['opinion', 'attributed-official', 'reported-single-source'] as const) {
			const rating = plain(claimRating(status, ''));
			expect(rating.ratingValue, status).toBeUndefined();
			expect(rating.bestRating, status).toBeUndefined();
			expect(rating.worstRating, status).toBeUndefined();
		}
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
			reviewRating: { alternateName: 'Single-source report' },
		});
	});

	it('names who asserts the claim and points at each passage on our article pages', () => {
		expect(review.itemReviewed).toEqual({
			'@type': 'Claim',
			name: 'Claim x.',
			author: { '@type': 'Organization', name: 'Someone' },
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
