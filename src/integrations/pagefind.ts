import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import {
	checkPagesPerIndex,
	globOf,
	searchIndexes,
	SEARCHED_PAGES,
	type SearchIndexes,
} from '../publishing/search-indexes';
import { putAside } from './output-aside';

export interface Options {
	/** Elements left out of the index even inside an indexed page's main content. */
	excludeSelectors?: string[];
	/**
	 * Which pages to read: a test on each HTML file's path under the output
	 * folder; all HTML by default. Naming only the pages that carry
	 * `data-pagefind-body` spares Pagefind reading the rest.
	 */
	include?: RegExp;
	/** The most pages one index holds; a larger site gets several (`searchIndexes`). */
	pagesPerIndex?: number;
}

/**
 * Builds the site-search index with Pagefind once the pages are written, so
 * `astro build` alone produces a searchable site. Only pages whose main
 * content carries `data-pagefind-body` are indexed. The index goes to
 * `<output>/pagefind/`; the search page loads it from there, under the base path.
 *
 * A large site is indexed in parts (`src/publishing/search-indexes.ts` says why), one
 * after another, each by a Pagefind process of its own: the first part in
 * `pagefind/`, the others beside it, listed in `pagefind/indexes.json` for the
 * search page to merge (Pagefind's `mergeIndex`).
 *
 * Pagefind cannot add to an index, so each part is kept in Astro's cache
 * folder under a digest of what it was made from (its pages' paths and bytes,
 * the options and Pagefind's version). A rebuild copies back every part whose
 * digest is unchanged, and Pagefind indexes only the others: an edit reaches
 * the few parts that hold the pages it changed.
 *
 * A Pagefind error fails the build: a site whose search box finds nothing is broken.
 */
export default function pagefindIndex(options: Options = {}): AstroIntegration {
	// A mistaken part size stops the build before it starts, not after every page is written.
	if (options.pagesPerIndex !== undefined) checkPagesPerIndex(options.pagesPerIndex);
	// Where parts are kept between builds, and what besides its pages decides a part.
	let saved = '';
	let cacheDir: URL;
	let settings = '';
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = config.cacheDir;
				saved = fileURLToPath(new URL('search-index/', cacheDir));
				settings = searchSettings(options, config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				await writeSearchIndex(fileURLToPath(dir), options, { saved, cacheDir, settings }, (line) =>
					logger.info(line),
				);
			},
		},
	};
}

/**
 * What the site's search reads, as `astro.config.mjs` and the merge of a
 * sharded build (`scripts/build-shards.ts`) both index it.
 */
export function siteSearchOptions(env: Record<string, string | undefined>): Options {
	return {
		// Claims have their own pages: the article sidebar's copies would only crowd the results;
		// an outside link's hidden "(external link)" is read out, not searched.
		excludeSelectors: ['.sidebar', '.external > .visually-hidden'],
		// Only the detail pages are indexed; the rest need not be read.
		include: SEARCHED_PAGES,
		// Up to 5,000 detail pages make one index; a test site sets fewer to search across parts.
		pagesPerIndex: env.SEARCH_PAGES_PER_INDEX ? Number(env.SEARCH_PAGES_PER_INDEX) : undefined,
	};
}

/** What decides a part of the index besides its pages: the options and Pagefind's version installed under `root`. */
export function searchSettings(options: Options, root: URL): string {
	const installed = fileURLToPath(new URL('node_modules/pagefind/package.json', root));
	const version = existsSync(installed) ? JSON.parse(readFileSync(installed, 'utf8')).version : '';
	return JSON.stringify([options.excludeSelectors ?? [], version]);
}

/**
 * Indexes the built site in `site` into `site/pagefind/`, in parts, reusing
 * each part kept in `cache.saved` under the same digest.
 */
export async function writeSearchIndex(
	site: string,
	options: Options,
	cache: { saved: string; cacheDir: URL; settings: string },
	log: (line: string) => void,
): Promise<void> {
	const { saved, cacheDir, settings } = cache;
	const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
		.map((file) => file.replace(/\\/g, '/'))
		.filter((file) => file.endsWith('.html') && (options.include?.test(file) ?? true));
	const output = join(site, 'pagefind');
	// What a previous build left there (a rebuild keeps dist/) is no part of this index.
	rmSync(output, { recursive: true, force: true });
	// A shard of the build may have no page to search (src/loading/shards.ts); Pagefind refuses to index none.
	if (pages.length === 0) {
		log('No page to index for search.');
		return;
	}
	const indexes = searchIndexes(pages, options.pagesPerIndex);
	let indexed = 0;
	let reused = 0;
	const digests = new Set<string>();
	for (const index of indexes.parts) {
		const part = join(output, index.path);
		const digest = partDigest(site, index, settings);
		const kept = join(saved, digest);
		digests.add(digest);
		if (existsSync(kept)) {
			cpSync(join(kept, 'index'), part, { recursive: true });
			indexed += Number(readFileSync(join(kept, 'pages'), 'utf8'));
			reused += 1;
			continue;
		}
		const count = await writeIndex(site, part, index.pages, options);
		// Only the first part keeps Pagefind's scripts: the others are data it merges.
		removeScripts(part, index.path === '' ? 'interfaces' : 'all');
		keep(part, count, kept);
		indexed += count;
	}
	writeFileSync(join(output, 'indexes.json'), JSON.stringify(manifest(indexes)));
	// A part no page of this build makes will not be asked for again: the next build deletes it.
	for (const digest of existsSync(saved) ? readdirSync(saved) : []) {
		if (!digests.has(digest)) putAside(join(saved, digest), cacheDir);
	}
	const parts = indexes.parts.length;
	const from = reused > 0 ? `, ${reused} of them as the last build made them` : '';
	log(`Indexed ${indexed} pages for search${parts > 1 ? ` in ${parts} parts${from}` : from}.`);
}

/** What the search page reads: the parts it merges into the first, as paths under `pagefind/`. */
function manifest(indexes: SearchIndexes): { merge: string[] } {
	return { merge: indexes.parts.slice(1).map((part) => part.path) };
}

/**
 * A digest of what a part of the index is made from: its place, its pages'
 * paths and bytes, and `settings` (the options and Pagefind's version).
 */
function partDigest(site: string, part: SearchIndexes['parts'][number], settings: string): string {
	const hash = createHash('sha256').update(settings).update('\0').update(part.path);
	for (const page of part.pages)
		hash
			.update('\0')
			.update(page)
			.update('\0')
			.update(readFileSync(join(site, page)));
	return hash.digest('hex').slice(0, 32);
}

/**
 * Copies a part just written (`part`, before any other part is written into
 * it) to `kept`, with how many pages it indexed. It is copied under another
 * name first, so an interrupted build leaves no half of it under its digest.
 */
function keep(part: string, count: number, kept: string): void {
	const partial = `${kept}.partial`;
	rmSync(partial, { recursive: true, force: true });
	cpSync(part, join(partial, 'index'), { recursive: true });
	writeFileSync(join(partial, 'pages'), String(count));
	renameSync(partial, kept);
}

/** Indexes `pages` (paths under `site`) into `output` with a Pagefind process of its own; returns how many it indexed. */
async function writeIndex(site: string, output: string, pages: string[], options: Options): Promise<number> {
	const { index, errors } = await pagefind.createIndex({
		excludeSelectors: options.excludeSelectors ?? [],
	});
	try {
		if (!index) throw new Error(errors.join('\n'));
		// One glob naming each page: Pagefind then reads them from disk itself.
		const added = await index.addDirectory({ path: site, glob: globOf(pages) });
		if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
		const written = await index.writeFiles({ outputPath: output });
		if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
		return added.page_count;
	} finally {
		// Ending the process hands back the memory the index held.
		await pagefind.close();
	}
}

/**
 * Pagefind writes its ready-made search interfaces beside the index; the search
 * page has its own, so they would only be dead weight in every deploy. A part
 * that is merged into the first needs none of its scripts at all.
 */
export function removeScripts(output: string, which: 'interfaces' | 'all'): void {
	const unused = which === 'all' ? /\.(js|css)$/ : /^pagefind-(component-ui|modular-ui|ui|highlight)\./;
	for (const file of readdirSync(output)) {
		if (unused.test(file)) rmSync(join(output, file));
	}
}
