import { createHash } from 'node:crypto';

/*
 * How a build is split into shards: disjoint sets of stories, each built by a
 * process (or a machine) of its own and merged into one site afterwards
 * (`scripts/build-shards.ts`). It lives with the loaders because a shard reads
 * only its own stories' files: what a shard holds is decided before any
 * content is loaded.
 */

/** One shard of a build: which (from 1) of how many. */
export interface Shard {
	index: number;
	count: number;
}

/** What a shard is decided from: each article's story, and the articles each claim's record names. */
export interface ShardInputs {
	/** Each article's id and the story it names (undefined when its frontmatter does not say). */
	articles: {
		id: string;
		story: string | undefined;
		/** Its provenance and the sources it lists, in order: the whole site's order of sources reads them. */
		provenance?: string;
		sources?: string[];
	}[];
	/**
	 * Each claim's id, the versions its record names (`byVersion[].article`),
	 * and the sources and evidence it cites (`byVersion[].sources`, `evidence[].item`).
	 */
	claims: { id: string; articles: string[]; sources?: string[]; evidence?: string[] }[];
	/** Each story's id and the evidence its timeline's events name. */
	stories?: { id: string; evidence: string[] }[];
}

/** What one shard reads, and the detail pages it renders. */
export interface ShardContent {
	/** Whether this shard reads every article and claim and renders the shared pages (shard 1). */
	whole: boolean;
	/** The articles this shard reads: its stories' versions, or every article for shard 1. */
	articles: Set<string>;
	/** The claims this shard reads: those its articles make, or every claim for shard 1. */
	claims: Set<string>;
	/** What this shard renders a page for, by id: each is rendered by exactly one shard. */
	renders: {
		/** Stories, for their comparison pages. */
		stories: Set<string>;
		articles: Set<string>;
		claims: Set<string>;
	};
	/**
	 * The shard of each source and piece of evidence whose page is rendered by
	 * a story's shard (`recordShards`), by id; shard 1 renders the others.
	 */
	records: { sources: Map<string, number>; evidence: Map<string, number> };
}

/**
 * The shard a build is asked for, from `SHARDS` and `SHARD` (`SHARDS=4 SHARD=2`),
 * or undefined for a whole build. `SHARDS=1` is a whole build too. A value that
 * is not a shard stops the build with what was expected.
 *
 * @example shardFromEnv({ SHARDS: '4', SHARD: '2' }) // { index: 2, count: 4 }
 */
export function shardFromEnv(env: Record<string, string | undefined>): Shard | undefined {
	const { SHARDS, SHARD } = env;
	if (SHARDS === undefined || SHARDS === '') {
		if (SHARD)
			throw new Error(`SHARD is set to "${SHARD}" without SHARDS; expected both, such as SHARDS=4 SHARD=2`);
		return undefined;
	}
	const count = Number(SHARDS);
	if (!Number.isInteger(count) || count < 1)
		throw new Error(`SHARDS must be a whole number of shards, at least 1; got "${SHARDS}"`);
	if (SHARD === undefined || SHARD === '')
		throw new Error(
			`SHARDS=${SHARDS} needs SHARD, the shard to build (1 to ${count}); \`npm run build:sharded\` builds every shard and merges them`,
		);
	const index = Number(SHARD);
	if (!Number.isInteger(index) || index < 1 || index > count)
		throw new Error(`SHARD must be a whole number from 1 to ${count}; got "${SHARD}"`);
	return count === 1 ? undefined : { index, count };
}

/**
 * What shard 1 does besides rendering its stories, as a share of the whole
 * site's story pages: reading and checking every article and claim, and
 * rendering the pages that list several stories' records. Measured by
 * `npm run bench` in four shards (docs/performance.md) when shard 1 also
 * rendered every source's and evidence page: it took about as long as
 * rendering another tenth of the site's articles, at 1,000 and at 5,000.
 */
export const SHARED_WORK = 0.1;

/**
 * Each shard's share of the stories, from 1 to `count`: the same for every
 * shard but the first, which takes less, so that its own stories and the
 * shared work (`SHARED_WORK`) take about as long as another shard's stories.
 * From about ten shards on, shard 1 renders the shared pages only.
 *
 * @example storyShares(4) // [0.175, 0.275, 0.275, 0.275]
 */
export function storyShares(count: number): number[] {
	if (count === 1) return [1];
	const first = Math.max(0, (1 - SHARED_WORK * (count - 1)) / count);
	return [first, ...Array.from({ length: count - 1 }, () => (1 - first) / (count - 1))];
}

/**
 * The shard (1 to `count`) of a story: a digest of its id, read as a point
 * between 0 and 1 and laid over the shards' shares (`storyShares`), so a story
 * stays in its shard when other stories are added or removed.
 */
export function shardOfStory(storyId: string, count: number): number {
	const point = createHash('sha256').update(storyId).digest().readUInt32BE(0) / 2 ** 32;
	let end = 0;
	for (const [i, share] of storyShares(count).entries()) {
		end += share;
		if (point < end) return i + 1;
	}
	return count;
}

/**
 * The shard of every story. Stories a claim joins (one claim made by versions
 * of two stories) go to one shard, that of the first of them by id, so a
 * claim's page and the sidebars that name its versions are all built where
 * every one of those versions is read.
 */
export function storyShards(inputs: ShardInputs, count: number): Map<string, number> {
	const storyOf = new Map(inputs.articles.map(({ id, story }) => [id, story]));
	// Union–find over stories: the representative of a group is its first story by id.
	const parent = new Map<string, string>();
	const find = (story: string): string => {
		let root = story;
		while (parent.get(root) !== root) root = parent.get(root) ?? root;
		parent.set(story, root);
		return root;
	};
	const add = (story: string) => {
		if (!parent.has(story)) parent.set(story, story);
	};
	for (const { story } of inputs.articles) if (story !== undefined) add(story);
	for (const claim of inputs.claims) {
		const stories = claim.articles.flatMap((id) => storyOf.get(id) ?? []);
		for (const story of stories.slice(1)) {
			const [a, b] = [find(stories[0]!), find(story)];
			if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
		}
	}
	return new Map([...parent.keys()].map((story) => [story, shardOfStory(find(story), count)]));
}

/**
 * What `shard` reads and renders. Shard 1 reads everything, since it renders
 * the pages every story appears on (the home page, the indexes, the topic
 * pages, the feeds and the open data); every other shard reads only the
 * versions of its stories and the claims they make. Each version, claim and
 * comparison page is rendered by its story's shard; what belongs to no story
 * (an article naming none, a claim no version makes: a mistake shard 1
 * reports) by shard 1. A source's or a piece of evidence's page goes to the
 * shard of the stories that cite it when they are all in one (`recordShards`).
 */
export function shardContent(inputs: ShardInputs, shard: Shard): ShardContent {
	const shards = storyShards(inputs, shard.count);
	const storyOf = new Map(inputs.articles.map(({ id, story }) => [id, story]));
	const shardOfArticle = (id: string) => {
		const story = storyOf.get(id);
		return (story !== undefined && shards.get(story)) || 1;
	};
	// A claim's versions are all in one shard (`storyShards`): the first one says which.
	const shardOfClaim = (claim: ShardInputs['claims'][number]) =>
		claim.articles[0] === undefined ? 1 : shardOfArticle(claim.articles[0]);
	const records = recordShards(inputs, shardOfArticle, shardOfClaim, (story) => shards.get(story) ?? 1);
	const renders = {
		stories: new Set([...shards].filter(([, n]) => n === shard.index).map(([story]) => story)),
		articles: new Set(
			inputs.articles.filter(({ id }) => shardOfArticle(id) === shard.index).map(({ id }) => id),
		),
		claims: new Set(inputs.claims.filter((claim) => shardOfClaim(claim) === shard.index).map(({ id }) => id)),
	};
	if (shard.index === 1)
		return {
			whole: true,
			articles: new Set(inputs.articles.map(({ id }) => id)),
			claims: new Set(inputs.claims.map(({ id }) => id)),
			renders,
			records,
		};
	return { whole: false, articles: renders.articles, claims: renders.claims, renders, records };
}

/**
 * Which shard renders each source's and each piece of evidence's page: the
 * shard of every version and claim that cites the source, or of every claim
 * and story timeline that names the evidence, when that is one shard other
 * than the first, which reads them all. Such a page shows only those
 * versions, claims and stories, so that shard renders it as shard 1 would;
 * the rest (cited across shards, or by nothing) stay with shard 1.
 */
export function recordShards(
	inputs: ShardInputs,
	shardOfArticle: (id: string) => number,
	shardOfClaim: (claim: ShardInputs['claims'][number]) => number,
	shardOfStory: (id: string) => number,
): ShardContent['records'] {
	const citing = { sources: new Map<string, Set<number>>(), evidence: new Map<string, Set<number>>() };
	const cite = (kind: keyof typeof citing, id: string, shard: number) =>
		citing[kind].set(id, (citing[kind].get(id) ?? new Set()).add(shard));
	for (const article of inputs.articles)
		for (const source of article.sources ?? []) cite('sources', source, shardOfArticle(article.id));
	for (const claim of inputs.claims) {
		for (const source of claim.sources ?? []) cite('sources', source, shardOfClaim(claim));
		for (const item of claim.evidence ?? []) cite('evidence', item, shardOfClaim(claim));
	}
	for (const story of inputs.stories ?? [])
		for (const item of story.evidence) cite('evidence', item, shardOfStory(story.id));
	const owned = (by: Map<string, Set<number>>) =>
		new Map(
			[...by].flatMap(([id, shards]) => {
				const [only] = shards;
				return shards.size === 1 && only !== 1 ? [[id, only!] as const] : [];
			}),
		);
	return { sources: owned(citing.sources), evidence: owned(citing.evidence) };
}
