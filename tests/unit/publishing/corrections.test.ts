import { describe, expect, it } from 'vitest';
import {
	anchoredCorrections,
	correctionFeedItems,
	correctionLog,
	newestFirst,
} from '../../../src/publishing/corrections';
import { describeIssues } from '../../../src/loading/content-error';
import { buildSiteGraph } from '../../../src/record/graph';
import { claimReviewData, newsArticleData, type Publisher } from '../../../src/publishing/structured-data';
import { claimSchema } from '../../../src/schemas/claim';
import { correctionSchema, type Correction } from '../../../src/schemas/corrections';
import { validContent } from '../fixtures';

const entry = (date: string, change = `Changed on ${date}.`): Correction => ({
	date,
	kind: 'correction',
	change,
	reason: 'A reader showed the source says otherwise.',
});

describe('a corrections entry', () => {
	const valid = {
		date: '2025-06-17',
		kind: 'clarification',
		change: 'Reworded.',
		reason: 'It read as a verdict.',
	};

	it.each([
		['a full entry', valid],
		[
			'an entry recording a verdict change',
			{ ...valid, verdict: { from: 'opinion', to: 'reported-single-source' } },
		],
	])('takes %s', (_, value) => {
		expect(correctionSchema.safeParse(value).success).toBe(true);
	});

	it.each([
		[
			'a date that does not exist',
			{ ...valid, date: '2025-02-30' },
			'date: expected the date of the change in quotes',
		],
		[
			'an unquoted date, which YAML reads as a Date',
			{ ...valid, date: new Date('2025-06-17') },
			'date: expected the date of the change in quotes',
		],
		[
			'a date in the future',
			{ ...valid, date: '2999-01-01' },
			'date: expected the date the change was made, not one in the future',
		],
		['an unknown kind', { ...valid, kind: 'retraction' }, 'kind: '],
		['no reason', { date: valid.date, kind: valid.kind, change: valid.change }, 'reason: missing; '],
		['a verdict without its "to"', { ...valid, verdict: { from: 'opinion' } }, 'verdict.to: missing; '],
		['an unknown field', { ...valid, author: 'me' }, 'Unrecognized key'],
	])('refuses %s, naming the field', (_, value, expected) => {
		const checked = correctionSchema.safeParse(value);
		expect(checked.success).toBe(false);
		expect(describeIssues('content/claims/x.yaml', '', checked.error!.issues, value)).toContain(expected);
	});

	it('defaults to an empty log on a claim that has none', () => {
		const { corrections: _, ...claim } = validContent().claims[0]!.data;
		expect(claimSchema.parse(claim).corrections).toEqual([]);
	});
});

describe('anchoredCorrections', () => {
	it('sorts newest first and numbers the entries of one day', () => {
		const notes = anchoredCorrections([
			entry('2025-01-02', 'first'),
			entry('2025-03-01', 'a'),
			entry('2025-03-01', 'b'),
		]);
		expect(notes.map(({ anchor, change }) => [anchor, change])).toEqual([
			['correction-2025-03-01', 'a'],
			['correction-2025-03-01-2', 'b'],
			['correction-2025-01-02', 'first'],
		]);
	});

	it('leaves the record’s own list alone', () => {
		const list = [entry('2025-01-02'), entry('2025-03-01')];
		newestFirst(list);
		expect(list.map(({ date }) => date)).toEqual(['2025-01-02', '2025-03-01']);
	});
});

/** The fixture with a correction on claim y, source s2 and version b. */
function corrected() {
	const content = validContent();
	content.claims[1]!.data.corrections = [entry('2025-02-01'), { ...entry('2025-04-01'), kind: 'update' }];
	content.sources[1]!.data.corrections = [entry('2025-03-01')];
	content.articles[1]!.data.corrections = [{ ...entry('2025-01-01'), kind: 'clarification' }];
	return content;
}

describe('correctionLog', () => {
	it('lists every entry of every record, newest first, each linking to its note', () => {
		const log = correctionLog(buildSiteGraph(corrected()));
		expect(log.map(({ date, kind, item }) => [date, kind, item.kind, `${item.path}`])).toEqual([
			['2025-04-01', 'update', 'Claim', 'claims/y/'],
			['2025-03-01', 'correction', 'Source', 'sources/s2/'],
			['2025-02-01', 'correction', 'Claim', 'claims/y/'],
			['2025-01-01', 'clarification', 'Version', 'articles/b/'],
		]);
		expect(log[0]!.anchor).toBe('correction-2025-04-01');
	});

	it('is empty when nothing was corrected', () => {
		expect(correctionLog(buildSiteGraph(validContent()))).toEqual([]);
	});
});

describe('correctionFeedItems', () => {
	it('dates each item and links it to its note on the record’s page', () => {
		const home = new URL('https://example.org/analysis/');
		const items = correctionFeedItems(correctionLog(buildSiteGraph(corrected())), home);
		expect(items[0]).toMatchObject({
			title: 'Update to “Claim y.”',
			link: 'https://example.org/analysis/claims/y/#correction-2025-04-01',
			pubDate: new Date('2025-04-01T00:00:00Z'),
		});
		expect(new Set(items.map(({ link }) => link)).size).toBe(items.length);
		expect(items[1]!.description).toBe(
			'Correction: Changed on 2025-03-01. Why: A reader showed the source says otherwise.',
		);
	});
});

describe('structured data', () => {
	const publisher: Publisher = {
		name: 'Sourceline',
		description: 'A reading.',
		home: new URL('https://example.org/'),
	};
	const dates = { published: '2025-01-01T12:00:00+00:00', modified: '2025-04-01T12:00:00+00:00' };
	const site = buildSiteGraph(corrected());

	it('dates a ClaimReview and carries its corrections, oldest first', () => {
		const [review] = claimReviewData(site.claim('y'), publisher, dates) as Record<string, any>[];
		expect(review?.datePublished).toBe(dates.published);
		expect(review?.dateModified).toBe(dates.modified);
		expect(review?.correction).toEqual([
			{
				'@type': 'CorrectionComment',
				datePublished: '2025-02-01',
				name: 'Correction',
				text: 'Changed on 2025-02-01. Why: A reader showed the source says otherwise.',
			},
			{
				'@type': 'CorrectionComment',
				datePublished: '2025-04-01',
				name: 'Update',
				text: 'Changed on 2025-04-01. Why: A reader showed the source says otherwise.',
			},
		]);
	});

	it('gives no dates or corrections it does not have', () => {
		const [review] = claimReviewData(site.claim('x'), publisher) as Record<string, any>[];
		expect(review).not.toHaveProperty('datePublished');
		expect(review).not.toHaveProperty('dateModified');
		expect(review).not.toHaveProperty('correction');
	});

	it.each([
		['an undated version: first published here', 'undated', dates.published],
		['a dated version: its own date', '2024-05-06', '2024-05-06'],
	])('dates a NewsArticle, %s', (_, date, expected) => {
		const content = corrected();
		content.articles[1]!.data.date = date;
		const article = newsArticleData(buildSiteGraph(content).article('b'), publisher, dates) as Record<
			string,
			any
		>;
		expect(article.datePublished).toBe(expected);
		expect(article.dateModified).toBe(dates.modified);
		expect(article.correction).toHaveLength(1);
	});
});
