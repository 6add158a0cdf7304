import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeApart } from './remove-apart';

/** The folder, in Astro's cache, where earlier output waits to be deleted. */
const asideFolder = 'previous-output';

/**
 * Empties the output folder at once when a build starts. Astro empties it
 * before bundling, one file at a time, and a rebuild waits: 28 s of a 181 s
 * rebuild for the 40,000 pages and the search index of 5,000 generated
 * articles. Here the folder is moved into Astro's cache folder instead (one
 * rename, on the same disk) and deleted there while the build goes on. What a
 * build could not finish deleting, the next one deletes. If the folder cannot
 * be moved (another disk), Astro empties it as before.
 *
 * The deleting is done by a process of its own (`removeApart`): done in the
 * build's process, bundling a rebuild of 5,000 articles took 23 s instead of
 * 1. The build waits for it at the end, in this integration's last hook: list
 * it after the integrations whose work at the end of a build (the search
 * index) can go on meanwhile. Waiting before the search index was built, a
 * rebuild of 5,000 articles stood idle for 9 to 11 s.
 */
export default function outputAside(): AstroIntegration {
	let outDir = '';
	let aside = '';
	let removing: Promise<void>[] = [];
	return {
		name: 'output-aside',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				aside = fileURLToPath(new URL(`${asideFolder}/`, config.cacheDir));
			},
			'astro:build:start': ({ logger }) => {
				mkdirSync(aside, { recursive: true });
				if (existsSync(outDir)) {
					try {
						renameSync(outDir, join(aside, `${process.pid}-${Date.now()}`));
					} catch (error) {
						logger.debug(`left the output folder for Astro to empty: ${String(error)}`);
					}
				}
				removing = readdirSync(aside).map((name) => removeApart(join(aside, name), logger));
			},
			'astro:build:done': async () => {
				await Promise.all(removing);
			},
		},
	};
}
