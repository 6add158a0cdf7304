import { existsSync } from 'node:fs';
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
 * Only the build is changed; the dev server keeps Astro's own module, which it
 * reloads when content changes. If Astro renames the module, nothing is
 * replaced and the build warns: it is then as correct as before, and as slow.
 */
export default function contentStoreFromDisk(): AstroIntegration {
	return {
		name: 'content-store-from-disk',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
				updateConfig({ vite: { plugins: [readStoreFrom(file)] } });
			},
		},
	};
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
