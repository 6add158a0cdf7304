/**
 * The kinds of page site search finds. Each indexed page carries its kind as a
 * Pagefind filter (`kind:claim`, set by BaseLayout from the page's `searchAs`),
 * and the search page lets a reader keep to one kind, named in its address
 * (`search/?q=bridge&kind=claim`). The words for each kind are in `src/strings.ts`.
 *
 * Lists and indexes have no kind: they are not indexed, since they would only
 * repeat the headlines of the pages they link to.
 */

/** The kinds, in the order the search page offers them: what was checked first, then what it was checked in. */
export const searchKinds = ['claim', 'evidence', 'version', 'source', 'topic'] as const;

/** A kind of page site search finds, as its Pagefind filter and the search page's address name it. */
export type SearchKind = (typeof searchKinds)[number];

/**
 * How much a match on a page of each kind counts, as Pagefind's
 * `data-pagefind-weight` on the page's indexed body (1 is Pagefind's default
 * for body text). A claim page is what a reader looking up a figure or a name
 * wants first; a source or evidence page repeats a headline that holds the
 * same words, and is short, which Pagefind would otherwise rank above it.
 */
export const searchWeights: Record<SearchKind, number> = {
	claim: 1,
	version: 1,
	evidence: 0.5,
	source: 0.5,
	topic: 0.5,
};

/** The address parameter that names the kind a search keeps to. */
export const KIND_PARAMETER = 'kind';

/**
 * The kind a search page address keeps to, if it names one the search knows;
 * an unknown or empty `kind` means every kind, so an old or mistyped link still searches.
 *
 * @example kindInAddress(new URLSearchParams('q=bridge&kind=claim')) // 'claim'
 * @example kindInAddress(new URLSearchParams('q=bridge&kind=listing')) // undefined
 */
export function kindInAddress(parameters: URLSearchParams): SearchKind | undefined {
	const kind = parameters.get(KIND_PARAMETER);
	return searchKinds.find((known) => known === kind);
}
