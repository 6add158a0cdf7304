/** How a thing counted is called: "result" and "results", "claim" and "claims". */
export interface CountNouns {
	one: string;
	many: string;
}

/** What the search page has found for a query, as its status line tells it. */
export interface SearchCount {
	query: string;
	/** Every page found for the query, of any kind. */
	total: number;
	/** The kind the reader keeps to, with how many of the pages found are of it. */
	kind?: { nouns: CountNouns; count: number };
	/** How many results are on the page so far. */
	shown: number;
}

const resultNouns: CountNouns = { one: 'result', many: 'results' };

const counted = (count: number, nouns: CountNouns) => `${count} ${count === 1 ? nouns.one : nouns.many}`;

/**
 * The search page's status line, read out politely by screen readers after
 * each search: how many pages were found, how many of them are of the kind
 * the reader chose, and how many are on the page. The kinds' nouns come from
 * `searchKindNames` in `src/strings.ts`, through the page.
 *
 * @example searchStatus({ query: 'bridge', total: 12, shown: 10 }) // '12 results for “bridge”; the first 10 are shown.'
 * @example searchStatus({ query: 'bridge', total: 12, kind: { nouns: { one: 'claim', many: 'claims' }, count: 3 }, shown: 3 }) // '3 claims of 12 results for “bridge”.'
 */
export function searchStatus({ query, total, kind, shown }: SearchCount): string {
	const asked = `“${query}”`;
	if (total === 0) return `Nothing found for ${asked}.`;
	if (kind?.count === 0) return `No ${kind.nouns.many} among ${counted(total, resultNouns)} for ${asked}.`;
	const found = kind
		? `${counted(kind.count, kind.nouns)} of ${counted(total, resultNouns)}`
		: counted(total, resultNouns);
	const count = kind?.count ?? total;
	return shown < count ? `${found} for ${asked}; the first ${shown} are shown.` : `${found} for ${asked}.`;
}
