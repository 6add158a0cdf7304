import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot, startNode } from '../helpers/astro';
import { recordWhenDone } from '../helpers/background';

/** The code's own checks, each a command of a package the project installs, run in the project's folder. */
export const codeChecks = {
	format: ['prettier/bin/prettier.cjs', '--check', '.'],
	// Syncs first: `.astro/` holds the content collections' types, which a fresh clone lacks.
	types: ['astro/bin/astro.mjs', 'check'],
} as const;

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where each of `codeChecks` leaves its result (./code.test.ts reads them). */
		codeChecksDir: string;
	}
}

/**
 * Starts the formatting and type checks the moment the run starts, beside the
 * unit tests and the builds, so a mistake in either is known in the first
 * minute; ./code.test.ts reports them (tests/helpers/background.ts says why
 * a setup starts work it does not wait for).
 */
export default function setup(project: TestProject) {
	const folder = mkdtempSync(join(tmpdir(), 'code-checks-'));
	const running = Object.entries(codeChecks).map(([name, [command, ...args]]) => {
		const check = startNode([join(projectRoot, 'node_modules', command), ...args], projectRoot);
		return { check, done: recordWhenDone(folder, name, check) };
	});
	project.provide('codeChecksDir', folder);
	return async () => {
		for (const { check } of running) check.stop();
		await Promise.all(running.map(({ done }) => done));
		rmSync(folder, { recursive: true, force: true });
	};
}
