import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** The folder, in Astro's cache, where earlier output waits to be deleted. */
function asideFolder(cacheDir: URL): string {
	return fileURLToPath(new URL('previous-output/', cacheDir));
}

/**
 * Empties the output folder at once when a build starts. Astro empties it
 * before bundling, one file at a time, and a rebuild waits: 28 s of a 181 s
 * rebuild for the 40,000 pages and the search index of 5,000 generated
 * articles. Here the folder is moved into Astro's cache folder instead (one
 * rename, on the same disk) and deleted there while the build goes on. What a
 * build could not finish deleting, the next one deletes. If the folder cannot
 * be moved (another disk), Astro empties it as before. Other build steps put
 * what they no longer need in the same place (`putAside`).
 *
 * Until the build has succeeded, the last output is only set aside: a build
 * that stops (a content mistake, a failing step) removes what it had written
 * and puts the last output back as it was, so `dist/` holds a whole site or
 * nothing, never a half-written one. Once the build is done, the last output
 * is deleted by a process of its own that the build does not wait for.
 *
 * The deleting is done by a process of its own. Done in the build's process,
 * its tens of thousands of file operations queue in the same small pool of
 * threads that serves the bundler's reads, and bundling a rebuild of 5,000
 * articles took 23 s instead of 1. The build waits for it at the end, in this
 * integration's last hook: list it after the integrations whose work at the
 * end of a build (the search index) can go on meanwhile. Waiting before the
 * search index was built, a rebuild of 5,000 articles stood idle for 9 to
 * 11 s; on a disk that serves both at once, that time is saved.
 */
export default function outputAside(): AstroIntegration {
	let outDir = '';
	let aside = '';
	let removing: Promise<void>[] = [];
	// The last output, set aside until this build is done.
	let last: string | undefined;
	let done = false;
	return {
		name: 'output-aside',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				aside = asideFolder(config.cacheDir);
			},
			'astro:build:start': ({ logger }) => {
				mkdirSync(aside, { recursive: true });
				if (existsSync(outDir)) {
					try {
						last = join(aside, `${process.pid}-${Date.now()}-last`);
						renameSync(outDir, last);
					} catch (error) {
						last = undefined;
						logger.debug(`left the output folder for Astro to empty: ${String(error)}`);
					}
				}
				removing = readdirSync(aside)
					.map((name) => join(aside, name))
					.filter((path) => path !== last)
					.map((path) => removeApart(path, logger));
				process.once('exit', () => {
					if (!done) restoreLast(outDir, last);
				});
			},
			'astro:build:done': async ({ logger }) => {
				done = true;
				if (last) void removeApart(last, logger, { wait: false });
				await Promise.all(removing);
			},
		},
	};
}

/**
 * Moves `path`, a folder in Astro's cache folder `cacheDir`, to where the next
 * build deletes it while it runs: one rename, where deleting it now would keep
 * this build waiting. If it cannot be moved, it is deleted now.
 */
export function putAside(path: string, cacheDir: URL): void {
	const aside = asideFolder(cacheDir);
	try {
		mkdirSync(aside, { recursive: true });
		renameSync(path, join(aside, `${process.pid}-${Date.now()}-${basename(path)}`));
	} catch {
		rmSync(path, { recursive: true, force: true });
	}
}

/**
 * What a build that stopped leaves in `outDir`: the last output as it was
 * (`last`, where it was set aside), or nothing when there was none. Run as
 * the process exits, so it works synchronously.
 */
function restoreLast(outDir: string, last: string | undefined): void {
	rmSync(outDir, { recursive: true, force: true });
	if (last && existsSync(last)) renameSync(last, outDir);
}

/**
 * Deletes `path` in a Node process of its own; resolves when it is done,
 * whether or not it could. With `wait: false` it resolves at once, and the
 * process runs on after the build has ended (what it leaves, the next build
 * deletes).
 */
function removeApart(
	path: string,
	logger: AstroIntegrationLogger,
	{ wait = true }: { wait?: boolean } = {},
): Promise<void> {
	return new Promise((resolve) => {
		const child = spawn(
			process.execPath,
			['-e', "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", path],
			{ stdio: 'ignore', detached: !wait },
		);
		if (!wait) {
			child.unref();
			resolve();
			return;
		}
		child.on('error', (error) => {
			logger.debug(`could not delete ${path} yet: ${String(error)}`);
			resolve();
		});
		child.on('exit', (code) => {
			if (code !== 0) logger.debug(`could not delete ${path} yet (exit ${code})`);
			resolve();
		});
	});
}
