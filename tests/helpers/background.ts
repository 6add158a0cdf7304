import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BuildResult, Running } from './astro';

/*
 * Work a global setup starts and the tests wait for. Vitest runs every global
 * setup to its end before the first test, so a setup that built the sites or
 * checked the types itself would hold back the unit tests, which need neither.
 * Instead the setups (tests/checks/setup.ts, tests/build/setup.ts) start that
 * work as child processes and return; the tests run beside it, and a test that
 * needs its result waits for it. A result crosses from the setup's process to
 * the test workers as a file, `<folder>/<name>.json`, written whole once the
 * child process has ended.
 */

/** Writes what `running` printed and its exit status to `<folder>/<name>.json` once it ends. */
export function recordWhenDone(folder: string, name: string, running: Running): Promise<BuildResult> {
	return running.result.then(
		(result) => write(folder, name, result),
		(error: unknown) => write(folder, name, { status: null, output: String(error) }),
	);
}

function write(folder: string, name: string, result: BuildResult): BuildResult {
	const file = join(folder, `${name}.json`);
	// Renamed into place, so a reader never sees half a file.
	writeFileSync(`${file}.part`, JSON.stringify(result));
	renameSync(`${file}.part`, file);
	return result;
}

/**
 * The result `recordWhenDone` wrote for `name`, as soon as it is there.
 * Throws after `timeout` ms rather than wait for ever on a process that hung.
 */
export async function recorded(folder: string, name: string, timeout = 600_000): Promise<BuildResult> {
	const file = join(folder, `${name}.json`);
	for (const started = Date.now(); !existsSync(file); await sleep(100)) {
		if (Date.now() - started > timeout) throw new Error(`No result for ${name} after ${timeout / 1000} s`);
	}
	return JSON.parse(readFileSync(file, 'utf8')) as BuildResult;
}
