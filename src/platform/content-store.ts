/*
 * Written for Astro 7.3.5 (src/platform/astro-version.ts).
 *
 * Astro's content store as the build reads it, by means Astro does not make
 * public (src/integrations/content-store.ts says why the build needs them):
 *
 * - the file the content sync writes, `data-store.json` in the cache folder
 *   (`DATA_STORE_FILE` in astro/dist/content/consts.js);
 * - the module the pages import the store from, `\0astro:data-layer-content`
 *   (`RESOLVED_DATA_STORE_VIRTUAL_ID`, same file), which is replaced here;
 * - the marker that tells the incremental build a module holds content data,
 *   so that page hashes leave it out (astro/dist/core/build/incremental-metadata.js);
 * - the content layer of the last sync, `globalContentLayer` in
 *   astro/dist/content/instance.js, which is not among the package's exports.
 *
 * Against a new Astro, check that the file, the module id, the marker and
 * `globalContentLayer.dispose()` are still there and mean the same, and that
 * the build still leaves the sync's content layer registered.
 *
 * Upstream threads:
 * - https://github.com/withastro/astro/issues/16297 (extremely slow builds
 *   with large content collections, open) and
 *   https://github.com/withastro/astro/issues/13360 (the build fails once
 *   data-store.json passes a certain size, open): a store Astro read from its
 *   file, or did not hold whole, would leave nothing here to replace;
 * - https://github.com/withastro/astro/pull/17430 (merged) made the module
 *   one `JSON.parse("…")` string literal in dev and build alike, the form whose
 *   compile time grows with the square of its length;
 * - https://github.com/withastro/astro/pull/12633 (open) disposes of the
 *   content layer at the end of the sync in a build: merged, it would make
 *   `releaseSyncedStore` unnecessary.
 * No thread asks for a public way to read the store from its file or for the
 * incremental build's content-data marker to be public.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Astro's module holding the content store (every entry, its data and its
 * rendered HTML). Astro bundles it as one string literal, `JSON.parse("…")`.
 */
const contentStoreModule = '\0astro:data-layer-content';

/** Marks a module as content data, as Astro does, so page code hashes leave it out. */
const contentDataMeta = { astroIncremental: { kind: 'content-data' } };

/** Astro's module that keeps the content layer of the last sync (not among the package's exports). */
const contentLayerModule = 'node_modules/astro/dist/content/instance.js';

/** The file a build's content sync writes the store to, in Astro's cache folder (`config.cacheDir`). */
export function contentStoreFile(cacheDir: URL): string {
	return fileURLToPath(new URL('data-store.json', cacheDir));
}

/**
 * Lets go of the content layer Astro's last sync registered, and with it that
 * sync's copy of the store; false when it is not where Astro keeps it, or
 * cannot be read from here.
 */
export function releaseSyncedStore(root: URL): boolean {
	const file = fileURLToPath(new URL(contentLayerModule, root));
	if (!existsSync(file)) return false;
	try {
		// Node's own loader hands back the module Astro runs; an import() here would go through Vite's.
		const { globalContentLayer } = createRequire(import.meta.url)(file);
		if (typeof globalContentLayer?.dispose !== 'function') return false;
		globalContentLayer.dispose();
		return true;
	} catch {
		return false;
	}
}

/**
 * A Vite plugin that has the pages read the content store from `file` (see
 * `contentStoreFile`) instead of Astro's module, which compiles it in. It
 * warns when the module was never asked for: Astro then compiled the store
 * in after all, correct but as slow as before.
 */
export function contentStoreFromFile(file: string): Plugin {
	let replaced = false;
	return {
		name: 'content-store-from-disk',
		// The store is read by page code, never by the browser's.
		applyToEnvironment: (environment) => environment.name !== 'client',
		load: {
			// Before Astro's own plugin, which would compile the store in.
			order: 'pre',
			filter: { id: new RegExp(`^${contentStoreModule}$`) },
			handler() {
				// Without a file, Astro's own module stands for an empty store.
				if (!existsSync(file)) return null;
				replaced = true;
				return {
					code: [
						"import { readFileSync } from 'node:fs';",
						`export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
					].join('\n'),
					meta: contentDataMeta,
				};
			},
		},
		buildEnd() {
			if (!replaced && existsSync(file)) {
				this.warn(
					`The content store module (${contentStoreModule.slice(1)}) was never loaded: it is compiled into the bundle.`,
				);
			}
		},
	};
}
