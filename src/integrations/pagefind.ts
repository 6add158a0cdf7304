import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface Options {
	/** Elements left out of the index even inside an indexed page's main content. */
	excludeSelectors?: string[];
	/**
	 * The files to read, relative to the output folder; all HTML by default.
	 * Naming only the pages that carry `data-pagefind-body` spares Pagefind
	 * reading the rest.
	 */
	glob?: string;
}

/**
 * Builds the site-search index with Pagefind once the pages are written, so
 * `astro build` alone produces a searchable site. Only pages whose main
 * content carries `data-pagefind-body` are indexed. The index goes to
 * `<output>/pagefind/`; the search page loads it from there, under the base path.
 *
 * A Pagefind error fails the build: a site whose search box finds nothing is broken.
 */
export default function pagefindIndex(options: Options = {}): AstroIntegration {
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({
					excludeSelectors: options.excludeSelectors ?? [],
				});
				try {
					if (!index) throw new Error(errors.join('\n'));
					const added = await index.addDirectory({ path: site, glob: options.glob });
					if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
					const output = join(site, 'pagefind');
					const written = await index.writeFiles({ outputPath: output });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					removeReadyMadeInterfaces(output);
					logger.info(`Indexed ${added.page_count} pages for search.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}

/**
 * Pagefind writes its ready-made search interfaces beside the index; the search
 * page has its own, so they would only be dead weight in every deploy.
 */
function removeReadyMadeInterfaces(output: string): void {
	for (const file of readdirSync(output)) {
		if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) rmSync(join(output, file));
	}
}
