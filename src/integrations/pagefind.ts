import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { checkPagesPerIndex, globOf, searchIndexes, type SearchIndexes } from '../lib/search-indexes';

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
 * A large site is indexed in parts (`src/lib/search-indexes.ts` says why), one
 * after another, each by a Pagefind process of its own: the first part in
 * `pagefind/`, the others beside it, listed in `pagefind/indexes.json` for the
 * search page to merge (Pagefind's `mergeIndex`).
 *
 * A Pagefind error fails the build: a site whose search box finds nothing is broken.
 */
export default function pagefindIndex(options: Options = {}): AstroIntegration {
	// A mistaken part size stops the build before it starts, not after every page is written.
	if (options.pagesPerIndex !== undefined) checkPagesPerIndex(options.pagesPerIndex);
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
					.map((file) => file.replace(/\\/g, '/'))
					.filter((file) => file.endsWith('.html') && (options.include?.test(file) ?? true));
				const indexes = searchIndexes(pages, options.pagesPerIndex);
				const output = join(site, 'pagefind');
				// What a previous build left there (a rebuild keeps dist/) is no part of this index.
				rmSync(output, { recursive: true, force: true });
				let indexed = 0;
				for (const index of indexes.parts) {
					indexed += await writeIndex(site, join(output, index.path), index.pages, options);
					// Only the first part keeps Pagefind's scripts: the others are data it merges.
					removeScripts(join(output, index.path), index.path === '' ? 'interfaces' : 'all');
				}
				writeFileSync(join(output, 'indexes.json'), JSON.stringify(manifest(indexes)));
				const parts = indexes.parts.length;
				logger.info(`Indexed ${indexed} pages for search${parts > 1 ? ` in ${parts} parts` : ''}.`);
			},
		},
	};
}

/** What the search page reads: the parts it merges into the first, as paths under `pagefind/`. */
function manifest(indexes: SearchIndexes): { merge: string[] } {
	return { merge: indexes.parts.slice(1).map((part) => part.path) };
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
function removeScripts(output: string, which: 'interfaces' | 'all'): void {
	const unused = which === 'all' ? /\.(js|css)$/ : /^pagefind-(component-ui|modular-ui|ui|highlight)\./;
	for (const file of readdirSync(output)) {
		if (unused.test(file)) rmSync(join(output, file));
	}
}
