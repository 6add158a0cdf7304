import { describe, expect, it } from 'vitest';
import { feedItems } from '../../../src/publishing/feed';
import { buildSiteGraph } from '../../../src/record/graph';
import { robotsNotice, robotsTxt } from '../../../src/publishing/robots';
import { claimKindLabels } from '../../../src/schemas/claim';
import { validContent } from '../fixtures';

describe('feedItems', () => {
	const items = feedItems(buildSiteGraph(validContent()), new URL('https://example.org/analysis/'));

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

	it('gives no item a date the content does not have', () => {
		expect(items.every((item) => item.pubDate === undefined)).toBe(true);
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
