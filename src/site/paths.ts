/**
 * Every internal URL of the site, in one place. Paths are relative to the
 * site root; `withBase` puts the deploy's base path in front, so the same build
 * works at a domain root or under a sub-path.
 */
export const paths = {
	home: () => '',
	articles: (page = 1) => listing('articles', page),
	article: (id: string) => `articles/${id}/`,
	claims: (page = 1) => listing('claims', page),
	claim: (id: string) => `claims/${id}/`,
	sources: (page = 1) => listing('sources', page),
	source: (id: string) => `sources/${id}/`,
	evidence: (page = 1) => listing('evidence', page),
	evidenceItem: (id: string) => `evidence/${id}/`,
	topics: (page = 1) => listing('topics', page),
	topic: (id: string) => `topics/${id}/`,
	methodology: () => 'methodology/',
	search: () => 'search/',
	feed: () => 'rss.xml',
	sitemap: () => 'sitemap-index.xml',
	data: () => 'data.json',
	dataSchema: () => 'data.schema.json',
	comparison: (storyId: string) => `compare/${storyId}/`,
	/** Two versions of a story side by side, when it has more than two: `pair` is `<a>-<b>`, their ids. */
	comparisonPair: (storyId: string, pair: string) => `compare/${storyId}/${pair}/`,
	corrections: () => 'corrections/',
	correctionsFeed: () => 'corrections.xml',
};

/**
 * A page of an index: the first at the index's own path, the others under
 * `page/`, where no entry's id can collide with them.
 *
 * @example listing('claims', 3) // 'claims/page/3/'
 */
function listing(index: string, page: number): string {
	return page === 1 ? `${index}/` : `${index}/page/${page}/`;
}

/**
 * Joins a base path and a site path with exactly one slash between them.
 *
 * @example withBase('/news/', 'claims/') // '/news/claims/'
 * @example withBase('/', '') // '/'
 */
export function withBase(base: string, path: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** A site path under this build's base (`import.meta.env.BASE_URL`). */
export function url(path: string): string {
	return withBase(import.meta.env.BASE_URL, path);
}

/**
 * The `aria-current` value of a navigation link: `page` on the page itself,
 * `true` anywhere below it, nothing elsewhere.
 *
 * @example navState('/claims/x/', '/claims/') // 'true'
 */
export function navState(currentPath: string, href: string): 'page' | 'true' | undefined {
	if (currentPath === href) return 'page';
	return currentPath.startsWith(href) ? 'true' : undefined;
}

/**
 * The absolute address of the site's home page, base path included, for
 * canonical URLs, feeds and structured data.
 *
 * @example siteHome(new URL('https://example.org'), '/news') // URL 'https://example.org/news/'
 */
export function siteHome(site: URL | string, base: string): URL {
	return new URL(withBase(base, ''), site);
}

/**
 * Whether a story's pairs of versions each get a page of their own: with more
 * than two versions, so the story's page grows by a line per pair, not a text.
 */
export function pairsOnOwnPages(versions: number): boolean {
	return versions > 2;
}

/** The path segment of a pair's own page: the two versions' ids. */
export function pairSlug(pair: { a: { id: string }; b: { id: string } }): string {
	return `${pair.a.id}-${pair.b.id}`;
}
