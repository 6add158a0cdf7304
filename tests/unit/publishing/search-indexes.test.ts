import { describe, expect, it } from 'vitest';
import { globOf, searchIndexes } from '../../../src/publishing/search-indexes';

describe('searchIndexes', () => {
	const pages = [
		'topics/b/index.html',
		'articles/a/index.html',
		'claims/c/index.html',
		'claims/d/index.html',
	];

	it('keeps a site of up to one index of pages in one index, written in pagefind/ itself', () => {
		expect(searchIndexes(pages, 4).parts).toEqual([{ path: '', pages: [...pages].sort() }]);
	});

	it('splits a larger site into parts in the order of their paths, whatever order the pages came in', () => {
		const { parts } = searchIndexes(pages, 3);
		expect(parts).toEqual([
			{ path: '', pages: ['articles/a/index.html', 'claims/c/index.html', 'claims/d/index.html'] },
			{ path: 'part-2/', pages: ['topics/b/index.html'] },
		]);
		expect(searchIndexes([...pages].reverse(), 3)).toEqual({ parts });
	});

	it('refuses a part size that is not a whole number of pages', () => {
		expect(() => searchIndexes(pages, 0)).toThrow(
			/pages per search index \(SEARCH_PAGES_PER_INDEX\) must be a whole number, at least 1; got 0/,
		);
		expect(() => searchIndexes(pages, Number.NaN)).toThrow(/got NaN/);
	});
});

describe('globOf', () => {
	it('names each page, with what a glob would read as a pattern escaped', () => {
		expect(globOf(['a/index.html', 'b{1,2}/index.html'])).toBe('{a/index.html,b\\{1\\,2\\}/index.html}');
	});
});
