import { PER_PAGE } from '../consts';
import { groupClaimsByVerdict, groupTopicsByKind } from '../page-models/listing';
import { pagesOf } from '../site/pagination';
import { site } from './site';

/**
 * The pages of each index, in the order the index reads: stories as the
 * content lists them, claims by verdict, sources as listed, evidence by date, topics by kind and
 * name. Each page then groups its own items under the same headings.
 */
export const indexPages = {
	articles: pagesOf(site.stories, PER_PAGE.stories),
	claims: pagesOf(
		groupClaimsByVerdict(site.claims).flatMap((group) => group.claims),
		PER_PAGE.claims,
	),
	sources: pagesOf(site.sources, PER_PAGE.sources),
	evidence: pagesOf(site.evidence, PER_PAGE.evidence),
	topics: pagesOf(
		groupTopicsByKind(site.topics).flatMap((group) => group.topics),
		PER_PAGE.topics,
	),
};

/** The routes of an index's pages after the first, for `getStaticPaths`. */
export function laterPages<T>(pages: T[]) {
	return pages.slice(1).map((page, i) => ({ params: { page: String(i + 2) }, props: { page } }));
}
