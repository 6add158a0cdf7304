import type { PaginateFunction } from 'astro';
import { groupClaimsByVerdict, groupTopicsByKind } from '../page-models/listing';
import { renders } from './shard';
import { site } from './site';

/**
 * What each index lists, in the order it reads: stories as the content lists
 * them, claims by verdict, sources as listed, evidence by date, topics by kind
 * and name. Each page then groups its own items under the same headings.
 */
export const indexItems = {
	articles: site.stories,
	claims: groupClaimsByVerdict(site.claims).flatMap((group) => group.claims),
	sources: site.sources,
	evidence: site.evidence,
	topics: groupTopicsByKind(site.topics).flatMap((group) => group.topics),
};

/**
 * The routes of an index's pages, for its `[...page].astro`: Astro's
 * `paginate()` over `items`, at the addresses `paths` gives them. The first
 * page is at the index's own path (`/claims/`), the others under `page/`
 * (`/claims/page/2/`), where no entry's id can collide with them; paginate()
 * would put them straight after the index (`/claims/2/`), so both the route's
 * parameter and each page's `url` are moved under `page/`.
 */
export function indexRoutes<T>(paginate: PaginateFunction, items: readonly T[], pageSize: number) {
	// The indexes list every story's records: a shard other than the first leaves them to it.
	if (!renders.shared) return [];
	return paginate(items, { pageSize, format: underPage }).map(({ params, props }) => ({
		params: { page: params.page && `page/${params.page}` },
		props,
	}));
}

/** A later page's URL as paginate() makes it, moved under `page/`: `/claims/2/` → `/claims/page/2/`. */
const underPage = (url: string) => url.replace(/\/(\d+)(\/?)$/, '/page/$1$2');
