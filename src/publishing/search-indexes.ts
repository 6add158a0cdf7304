/**
 * How the site's pages are split into search indexes. Pagefind keeps every
 * page it indexes in memory until it writes the index (2.8 GB for the 17,000
 * detail pages of 2,500 generated articles), so a large site is
 * indexed in parts of at most `pagesPerIndex` pages, which the search page
 * merges back into one search.
 */
export interface SearchIndexes {
	/** Each part: where it is written, under `pagefind/` (the first part is `pagefind/` itself), and its pages. */
	parts: { path: string; pages: string[] }[];
}

/**
 * The pages the site's search reads, by their path under the output folder:
 * the detail pages, whose main content carries `data-pagefind-body`
 * (`searchAs` in BaseLayout). Lists and indexes are left out.
 */
export const SEARCHED_PAGES = /^(articles|claims|sources|evidence|topics)\/[^/]+\/index\.html$/;

/** The most pages one index holds by default: Pagefind needs about 1.1 GB for 5,000 of ours. */
export const PAGES_PER_INDEX = 5000;

/** Throws unless `pagesPerIndex` is a whole number of pages, at least 1. */
export function checkPagesPerIndex(pagesPerIndex: number): void {
	if (!Number.isInteger(pagesPerIndex) || pagesPerIndex < 1)
		throw new Error(
			`pages per search index (SEARCH_PAGES_PER_INDEX) must be a whole number, at least 1; got ${pagesPerIndex}`,
		);
}

/**
 * Splits `pages` (paths of HTML files under the output folder) into parts, in
 * the order of their paths, so the same pages always make the same parts and
 * the same index, whichever order they were written in.
 */
export function searchIndexes(pages: string[], pagesPerIndex = PAGES_PER_INDEX): SearchIndexes {
	checkPagesPerIndex(pagesPerIndex);
	const sorted = [...pages].sort();
	const parts: SearchIndexes['parts'] = [];
	for (let start = 0; start < sorted.length || parts.length === 0; start += pagesPerIndex) {
		parts.push({
			path: parts.length === 0 ? '' : `part-${parts.length + 1}/`,
			pages: sorted.slice(start, start + pagesPerIndex),
		});
	}
	return { parts };
}

/** `pages` as one Pagefind glob that matches exactly them: `{a/index.html,b/index.html}`. */
export function globOf(pages: string[]): string {
	return `{${pages.map((page) => page.replace(/[\\{}[\]*?,!()]/g, '\\$&')).join(',')}}`;
}
