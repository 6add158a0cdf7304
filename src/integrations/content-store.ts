import type { AstroIntegration } from 'astro';
import { checkAstroVersion } from '../platform/astro-version';
import { contentStoreFile, contentStoreFromFile, releaseSyncedStore } from '../platform/content-store';

/**
 * Lets the build read the content store from its file when the pages are
 * rendered, instead of compiling it into the bundle as one string literal.
 *
 * Node compiles a module holding one long string literal in time that grows
 * with the square of its length: the store of 500 generated articles (19 MB)
 * took 5.6 s to import, of 1,000 (39 MB) 16 s, of 2,000 (78 MB) 61 s. Read and
 * parsed from its file, the store of 2,000 articles takes 1.8 s. The file is
 * the one Astro wrote in this build's content sync (`data-store.json` in the
 * cache folder), and pages are rendered on the machine that built them, so it
 * is there when they are.
 *
 * The content sync's own copy of the store is then only weight, and it would
 * stay in memory to the end of the build: the content layer that synced stays
 * registered, for a dev server to sync again. It is let go when the build
 * starts (`releaseSyncedStore`), which takes about 50 MB per 1,000 articles
 * off the heap the pages render with (245 MB at 1,000 articles, measured with
 * `--trace-gc`).
 *
 * Only the build is changed; the dev server keeps Astro's own module, which it
 * reloads when content changes. If Astro renames the module or the content
 * layer, nothing is replaced or let go and the build warns: it is then as
 * correct as before, and as slow or as large.
 *
 * Both reach into Astro's internals (src/platform/content-store.ts), as the
 * loaders and pages do through the rest of src/platform/. So every command
 * (dev, build, sync, check) first stops here on an Astro other than the one
 * src/platform/ was written for (src/platform/astro-version.ts).
 */
export default function contentStoreFromDisk(): AstroIntegration {
	let root: URL;
	return {
		name: 'content-store-from-disk',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				checkAstroVersion(config.root);
				if (command !== 'build') return;
				root = config.root;
				updateConfig({ vite: { plugins: [contentStoreFromFile(contentStoreFile(config.cacheDir))] } });
			},
			'astro:build:start': ({ logger }) => {
				if (!releaseSyncedStore(root))
					logger.warn(`Astro's content layer was not found: the synced store stays in memory.`);
			},
		},
	};
}
