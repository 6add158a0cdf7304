import { createHash } from 'node:crypto';
import type { ShardContent } from '../../src/loading/shards';

/*
 * The pure half of a sharded build (`scripts/build-shards.ts`): which shard's
 * file goes where in the merged site, where each shard's search index goes,
 * the one sitemap made from the shards' own, and the digest that says whether
 * a shard's last output can be reused.
 */

/**
 * A file a shard wrote: its path under the shard's output folder and a digest
 * of its bytes, which only a file several shards wrote needs (it may be empty
 * for the others: they are compared with nothing).
 */
export interface ShardFile {
	path: string;
	digest: string;
}

export interface MergePlan {
	/** Each file of the merged site and the shard it is taken from. */
	copy: { path: string; shard: number }[];
	/** What stops the merge: a page two shards wrote, or a file two shards wrote differently. */
	problems: string[];
}

/**
 * What the merged site is made from: every file of every shard, once. A page
 * (`.html`) is rendered by one shard only, so a page two shards wrote means
 * they did not split the site. Every shard writes the same scripts, styles
 * and `public/` files, so any other file may come from several shards if its
 * bytes are the same everywhere. The search index and the sitemap are not
 * copied as they are: each shard's covers its own pages, and the merge puts
 * them together (`isRemade`, `planSearchIndexes`, `mergeSitemaps`).
 */
export function planMerge(shards: { shard: number; files: ShardFile[] }[]): MergePlan {
	const writers = new Map<string, { shard: number; digest: string }[]>();
	for (const { shard, files } of [...shards].sort((a, b) => a.shard - b.shard)) {
		for (const { path, digest } of files) {
			if (isRemade(path)) continue;
			writers.set(path, [...(writers.get(path) ?? []), { shard, digest }]);
		}
	}
	const copy: MergePlan['copy'] = [];
	const problems: string[] = [];
	for (const [path, by] of [...writers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		const shardsOf = by.map(({ shard }) => shard).join(' and ');
		if (by.length > 1 && path.endsWith('.html'))
			problems.push(`${path} was rendered by shards ${shardsOf}; expected each page in one shard`);
		else if (by.some(({ digest }) => digest !== by[0]!.digest))
			problems.push(`${path} differs between shards ${shardsOf}; expected the same file from each`);
		else copy.push({ path, shard: by[0]!.shard });
	}
	return { copy, problems };
}

/** Whether the merge puts `path` together from every shard's instead of copying one shard's. */
export function isRemade(path: string): boolean {
	return path.startsWith('pagefind/') || SITEMAP_FILE.test(path);
}

const SITEMAP_FILE = /^sitemap-(index|\d+)\.xml$/;

/** A shard's search index: the parts its `pagefind/indexes.json` lists besides its first. */
export interface ShardSearchIndex {
	shard: number;
	merge: string[];
}

export interface SearchIndexPlan {
	/** Where each shard's `pagefind/` goes, under the merged site's `pagefind/` (`''` for the first). */
	moves: { shard: number; to: string }[];
	/** Every part the search page merges into the first: the merged site's `pagefind/indexes.json`. */
	merge: string[];
}

/**
 * How the shards' search indexes make the merged site's, without indexing
 * anything again: the first shard's index (with Pagefind's scripts) stays
 * `pagefind/`, and every other shard's goes to `pagefind/shard-<n>/`, its
 * parts with it. The search page merges each of them into the first
 * (Pagefind's `mergeIndex`), as it merges the parts of a whole build's
 * index. A shard with no page to search wrote no index and adds none.
 *
 * @param indexes each shard's index, for the shards that wrote one
 */
export function planSearchIndexes(indexes: ShardSearchIndex[]): SearchIndexPlan {
	const [first, ...others] = [...indexes].sort((a, b) => a.shard - b.shard);
	if (!first) return { moves: [], merge: [] };
	const moves = [{ shard: first.shard, to: '' }];
	const merge = [...first.merge];
	for (const { shard, merge: parts } of others) {
		const to = `shard-${shard}/`;
		moves.push({ shard, to });
		merge.push(to, ...parts.map((part) => `${to}${part}`));
	}
	return { moves, merge };
}

/** The most URLs one sitemap file lists, as `@astrojs/sitemap` writes them by default. */
export const SITEMAP_LIMIT = 50_000;

/**
 * The sitemap of the merged site, written as `@astrojs/sitemap` writes a
 * whole site's: every shard's URLs once, in its order (by URL, numbers as
 * numbers), in files of at most `limit` URLs named by `sitemap-index.xml`.
 * Each shard's files give the wrapping, which is the same for every shard.
 *
 * @param index the first shard's `sitemap-index.xml`
 * @param sitemaps every shard's `sitemap-<n>.xml`
 * @returns each file of the merged sitemap by its name
 */
export function mergeSitemaps(index: string, sitemaps: string[], limit = SITEMAP_LIMIT): Map<string, string> {
	const urls = new Map<string, string>();
	for (const sitemap of sitemaps) {
		for (const url of sitemap.match(/<url>[\s\S]*?<\/url>/g) ?? []) {
			const loc = /<loc>([\s\S]*?)<\/loc>/.exec(url)?.[1] ?? '';
			urls.set(unescapeXml(loc), url);
		}
	}
	const sorted = [...urls.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	const first = sitemaps[0] ?? '';
	const head = first.slice(0, first.search(/<url>|<\/urlset>/));
	const files = new Map<string, string>();
	for (let start = 0, n = 0; start < sorted.length; start += limit, n += 1) {
		const body = sorted.slice(start, start + limit).map((loc) => urls.get(loc)!);
		files.set(`sitemap-${n}.xml`, `${head}${body.join('')}</urlset>`);
	}
	const entry = /<sitemap>[\s\S]*?<\/sitemap>/.exec(index)?.[0] ?? '';
	const indexHead = index.slice(0, index.indexOf(entry));
	const entries = [...files.keys()].map((name) => entry.replace(/sitemap-0\.xml/, name));
	files.set('sitemap-index.xml', `${indexHead}${entries.join('')}</sitemapindex>`);
	return files;
}

function unescapeXml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

/** What a shard's build reads besides the content, from the project's root: the code, the public files and the packages. */
export const SHARD_CODE = [
	'src/',
	'public/',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'package-lock.json',
];

/** The records every shard reads whole. */
export const SHARED_RECORDS = [
	'content/stories/',
	'content/sources/',
	'content/evidence/',
	'content/topics/',
];

/**
 * The files among `files` (paths from the project's root) that a shard reading
 * `reads` builds from: the code, the shared records, and its own versions and
 * claims (`src/loading/shards.ts`).
 */
export function shardInputFiles(
	files: string[],
	reads: { articles: Set<string>; claims: Set<string> },
): string[] {
	return files.filter((file) => {
		if (
			[...SHARD_CODE, ...SHARED_RECORDS].some(
				(path) => file === path || (path.endsWith('/') && file.startsWith(path)),
			)
		)
			return true;
		const [, folder, name = ''] = /^content\/(articles|claims)\/([^/]+)\.[^./]+$/.exec(file) ?? [];
		return (folder === 'articles' || folder === 'claims') && reads[folder].has(name);
	});
}

/**
 * A digest of everything a shard's output is made from, so a shard whose
 * inputs are unchanged since its output was kept is taken, not built:
 * `files` maps each file it reads (its content and records, the code, the
 * lock file) to a digest of its bytes and of its history in git (pages show
 * when a record was published and changed); `env`, the settings a build
 * reads; `records`, which sources' and evidence pages are whose
 * (`recordShards`), since another shard's versions citing a source take its
 * page back to shard 1. A file the shard does not read changes nothing.
 */
export function shardDigest(
	shard: { index: number; count: number },
	files: Map<string, string>,
	env: Record<string, string | undefined>,
	records: ShardContent['records'],
): string {
	const hash = createHash('sha256').update(`${shard.index}/${shard.count}\0`);
	for (const path of [...files.keys()].sort()) hash.update(`${path}\0${files.get(path)}\0`);
	for (const key of Object.keys(env).sort()) hash.update(`${key}=${env[key] ?? ''}\0`);
	for (const kind of ['sources', 'evidence'] as const) {
		const own = [...records[kind]].filter(([, index]) => index === shard.index).map(([id]) => id);
		hash.update(`${kind}:${own.sort().join(',')}\0`);
	}
	return hash.digest('hex').slice(0, 32);
}
