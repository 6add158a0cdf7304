import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Astro's module holding the content store (every entry, its data and its
 * rendered HTML). Astro bundles it as one string literal, `JSON.parse("…")`.
 */
const contentStoreModule = '\0astro:data-layer-content';

/** Marks a module as content data, as Astro does, so page code hashes leave it out. */
const contentDataMeta = { astroIncremental: { kind: 'content-data' } };

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
 */
export default function contentStoreFromDisk(): AstroIntegration {
	let root: URL;
	return {
		name: 'content-store-from-disk',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				root = config.root;
				const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
				updateConfig({ vite: { plugins: [readStoreFrom(file)] } });
			},
			'astro:build:start': ({ logger }) => {
				if (!releaseSyncedStore(root))
					logger.warn(`Astro's content layer was not found: the synced store stays in memory.`);
			},
		},
	};
}

/** Astro's module that keeps the content layer of the last sync (not among the package's exports). */
const contentLayerModule = 'node_modules/astro/dist/content/instance.js';

/**
 * Lets go of the content layer Astro's last sync registered, and with it that
 * sync's copy of the store; false when it is not where Astro keeps it, or
 * cannot be read from here.
 */
function releaseSyncedStore(root: URL): boolean {
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

function readStoreFrom(file: string): Plugin {
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
