import { describe, expect, it } from 'vitest';
import { feedItems } from '../../../src/publishing/feed';
import type { RecordDates } from '../../../src/history/history';
import { buildSiteGraph } from '../../../src/record/graph';
import { robotsNotice, robotsTxt } from '../../../src/publishing/robots';
import { claimKindLabels } from '../../../src/schemas/claim';
import { validContent } from '../fixtures';

describe('feedItems', () => {
	const home = new URL('https://example.org/analysis/');
	const noHistory = () => undefined;
	const items = feedItems(buildSiteGraph(validContent()), home, noHistory);

	it('lists each version, then each claim with its verdict and reason, at absolute addresses', () => {
		expect(items.map((item) => [item.link, item.categories?.[0]])).toEqual([
			['https://example.org/analysis/articles/a/', 'Version'],
			['https://example.org/analysis/articles/b/', 'Version'],
			['https://example.org/analysis/claims/x/', 'Claim'],
			['https://example.org/analysis/claims/y/', 'Claim'],
		]);
		expect(items[2]).toMatchObject({
			title: 'Claim x.',
			description: 'Confirmed by independent reports: Because.',
			categories: ['Claim', claimKindLabels.figure, 'Confirmed by independent reports'],
		});
	});

	it('gives no item a date without the history', () => {
		expect(items.every((item) => !('pubDate' in item))).toBe(true);
	});

	// First published: `a` and `y` on 1 January; `b` at 01:00 UTC and `x` at 08:30 UTC on 1 March
	// (`b`'s date written at +09:00, so its text sorts after `x`'s, though it is earlier).
	const published: Record<string, string> = {
		'content/articles/a.md': '2025-01-01T12:00:00+00:00',
		'content/articles/b.md': '2025-03-01T10:00:00+09:00',
		'content/claims/x.yaml': '2025-03-01T08:30:00+00:00',
		'content/claims/y.yaml': '2025-01-01T12:00:00+00:00',
	};
	const datesOf = (file: string): RecordDates | undefined =>
		published[file] ? { published: published[file], modified: '2025-06-01T00:00:00+00:00' } : undefined;
	const dated = (dates: typeof datesOf) =>
		feedItems(buildSiteGraph(validContent()), home, dates).map((item) => [
			new URL(item.link!).pathname,
			item.pubDate && new Date(item.pubDate).toISOString(),
		]);

	it.each([
		[
			'dates each item by when its file was first published, newest first; ties keep versions first',
			datesOf,
			[
				['/analysis/claims/x/', '2025-03-01T08:30:00.000Z'],
				['/analysis/articles/b/', '2025-03-01T01:00:00.000Z'],
				['/analysis/articles/a/', '2025-01-01T12:00:00.000Z'],
				['/analysis/claims/y/', '2025-01-01T12:00:00.000Z'],
			],
		],
		[
			'puts a record not yet committed first, undated',
			(file: string) => (file === 'content/claims/y.yaml' ? undefined : datesOf(file)),
			[
				['/analysis/claims/y/', undefined],
				['/analysis/claims/x/', '2025-03-01T08:30:00.000Z'],
				['/analysis/articles/b/', '2025-03-01T01:00:00.000Z'],
				['/analysis/articles/a/', '2025-01-01T12:00:00.000Z'],
			],
		],
	])('%s', (_, dates, expected) => {
		expect(dated(dates)).toEqual(expected);
	});
});

describe('robotsTxt', () => {
	it.each([
		['https://example.org/', 'https://example.org/sitemap-index.xml'],
		['https://example.org/analysis/', 'https://example.org/analysis/sitemap-index.xml'],
	])('at %s names the sitemap %s', (home, sitemap) => {
		expect(robotsTxt(new URL(home))).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
	});
});

describe('robotsNotice', () => {
	it('says nothing for a site at the root of its host', () => {
		expect(robotsNotice(new URL('https://example.org/'))).toBeUndefined();
	});

	it('says, under a sub-path, which robots.txt crawlers read and the line it needs', () => {
		expect(robotsNotice(new URL('https://example.org/analysis/'))).toBe(
			'robots.txt is read only at https://example.org/robots.txt, not under /analysis/: add "Sitemap: https://example.org/analysis/sitemap-index.xml" to that file (docs/deploy.md)',
		);
	});
});
