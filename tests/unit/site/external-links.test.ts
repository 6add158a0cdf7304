import { describe, expect, it } from 'vitest';
import { robustLink, waybackLookup } from '../../../src/site/external-links';

describe('waybackLookup', () => {
	it.each([
		[
			'a plain address',
			'https://gazette.example/news/new-crane',
			'2025-03-10',
			'https://web.archive.org/web/20250310/https://gazette.example/news/new-crane',
		],
		// Encoded, `?` and `&` would make the archive look up another page.
		[
			'a query string, kept raw',
			'https://a.example/story?id=12&page=2',
			'2026-12-02',
			'https://web.archive.org/web/20261202/https://a.example/story?id=12&page=2',
		],
		// The fragment is never sent: it stays the look-up's own, and the archived page scrolls to it.
		[
			'a fragment, kept at the end',
			'https://a.example/live?day=3#update-7',
			'2026-01-09',
			'https://web.archive.org/web/20260109/https://a.example/live?day=3#update-7',
		],
		[
			'a space and non-ASCII letters, percent-encoded as a URL is',
			'https://a.example/новости/a b',
			'2025-07-01',
			'https://web.archive.org/web/20250701/https://a.example/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/a%20b',
		],
		[
			'a host in another script, in ASCII',
			'http://пример.рф/x',
			'2024-02-29',
			'https://web.archive.org/web/20240229/http://xn--e1afmkfd.xn--p1ai/x',
		],
	])('takes %s after the date, written YYYYMMDD', (_, original, date, expected) => {
		expect(waybackLookup(original, date)).toBe(expected);
	});
});

describe('robustLink', () => {
	const original = 'https://a.example/story?id=12&page=2';

	it('links the page itself, dated by the day given, with a look-up nearest that day when no copy is recorded', () => {
		expect(robustLink(original, '2025-03-10')).toEqual({
			href: original,
			attributes: { 'data-originalurl': original, 'data-versiondate': '2025-03-10' },
			archive: {
				kind: 'lookup',
				url: 'https://web.archive.org/web/20250310/https://a.example/story?id=12&page=2',
				date: '2025-03-10',
			},
		});
	});

	it('gives a recorded copy as data-versionurl and as the link to the page as it was, never a look-up', () => {
		const archived = {
			url: 'https://web.archive.org/web/20250311083000/https://a.example/story?id=12&page=2',
			date: '2025-03-11',
		};
		expect(robustLink(original, '2025-03-10', archived)).toEqual({
			href: original,
			attributes: {
				'data-originalurl': original,
				'data-versiondate': '2025-03-10',
				'data-versionurl': archived.url,
			},
			archive: { kind: 'recorded', url: archived.url, date: '2025-03-11' },
		});
	});

	it('gives no date and no look-up when the link has no day, rather than one it does not have', () => {
		expect(robustLink(original, undefined)).toEqual({
			href: original,
			attributes: { 'data-originalurl': original },
			archive: undefined,
		});
	});
});
