import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';

/*
 * The code's own checks, run as tests so they share the two cores with the
 * rest instead of running alone before them: formatting, and types. A file in
 * the site project, whose setup's build of the real site writes the types of
 * the content collections (`.astro/`) that `astro check` reads.
 */

/** Runs a package's command with the Node running the tests; resolves to its exit status and all it printed. */
function run(command: string, args: string[]): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(projectRoot, 'node_modules', command), ...args], {
			cwd: projectRoot,
			env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
}

describe('the code', () => {
	it('is formatted as Prettier formats it (npm run format fixes it)', async () => {
		const { status, output } = await run('prettier/bin/prettier.cjs', ['--check', '.']);
		expect(status, output).toBe(0);
	});

	it('type-checks, .astro files included (astro check)', async () => {
		// The build already wrote the collections' types; syncing again would only repeat it.
		const { status, output } = await run('astro/bin/astro.mjs', ['check', '--noSync']);
		expect(status, output).toBe(0);
		expect(output).toMatch(/Result \(\d+ files\)/);
	});
});
