import { buildShard } from '../loading/shard-inputs';
import { sourceReadingOrder, type GraphOptions } from '../record/graph';

/**
 * The shard of the build this is (`SHARDS=4 SHARD=2`), or undefined for a whole
 * build: which detail pages it renders, and whether it renders the pages every
 * story appears on. Each page's `getStaticPaths` keeps only its own
 * (`scripts/build-shards.ts` merges the shards' output into one site).
 */
export const shard = buildShard(process.cwd());

/** What this build renders: every page of a whole build, each shard its own. */
export const renders = {
	/** The home page, the indexes and every page that lists more than one story's records. */
	shared: !shard || shard.whole,
	article: (id: string) => !shard || shard.renders.articles.has(id),
	claim: (id: string) => !shard || shard.renders.claims.has(id),
	/** A story's comparison pages. */
	story: (id: string) => !shard || shard.renders.stories.has(id),
	/** A source's page: by the shard of the stories citing it, or by shard 1. */
	source: (id: string) => !shard || (shard.records.sources.get(id) ?? 1) === shard.index,
	/** A piece of evidence's page: by the shard of the stories naming it, or by shard 1. */
	evidence: (id: string) => !shard || (shard.records.evidence.get(id) ?? 1) === shard.index,
};

/**
 * What the graph of a shard that reads only some stories takes from the whole
 * site: the order readers meet the sources in, which a story's comparison
 * lists them by, read from every version's frontmatter.
 */
export const graphOptions: GraphOptions =
	shard && !shard.whole
		? {
				sourceOrder: sourceReadingOrder(
					shard.inputs.articles.map(({ id, provenance = '', sources = [] }) => ({ id, provenance, sources })),
				),
			}
		: {};
