import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { linkNodeModules } from '../../scripts/bench/build';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildResult {
	status: number | null;
	/** Everything the build printed, stdout and stderr together. */
	output: string;
}

/**
 * The environment of the test run without what Vitest adds to it: its
 * `BASE_URL` and `NODE_ENV` would override the build's own.
 */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^(VITEST|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$)/.test(key)) delete env[key];
	}
	return { ...env, ...extra, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
}

/**
 * Runs the real `astro build` in `cwd` with the Node running the tests. It
 * builds with `--force`, so no cache left by an earlier build (of other code
 * or other content) can stand in for what this one renders; `incremental`
 * builds as a deploy does, reusing what the last build in `cwd` kept.
 */
export function astroBuild(
	cwd: string,
	env: Record<string, string> = {},
	{ incremental = false }: { incremental?: boolean } = {},
): BuildResult {
	const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'build', ...(incremental ? [] : ['--force'])], {
		cwd,
		encoding: 'utf8',
		env: buildEnv(env),
		timeout: 170_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A child process of the test run: what it printed and its exit status once it ends, and a way to end it sooner. */
export interface Running {
	result: Promise<BuildResult>;
	stop: () => void;
}

/** Starts `args` with the Node running the tests, in `cwd`, with the build's environment. */
export function startNode(args: string[], cwd: string, env: Record<string, string> = {}): Running {
	const child = spawn(process.execPath, args, { cwd, env: buildEnv(env) });
	const result = new Promise<BuildResult>((resolve, reject) => {
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
	return { result, stop: () => child.exitCode === null && child.kill() };
}

/**
 * Builds each project in turn, as `astroBuild` would, in one Node process
 * (./build-series.ts) and without blocking the test process: three builds so
 * take about the time of two. Fails on the first build that fails.
 */
export function astroBuildSeries(builds: { cwd: string; env?: Record<string, string> }[]): Running {
	const series = JSON.stringify(builds.map(({ cwd, env = {} }) => ({ cwd, env })));
	return startNode([join(projectRoot, 'tests/helpers/build-series.ts'), series], projectRoot);
}

/** The small site the build tests run on: one story in two short versions, and the records they need. */
export const fixtureContent = join(projectRoot, 'tests/fixtures/site/content');

/**
 * A throwaway copy of the project to build other content in without touching
 * the real one: the real content, or the folder given as `content`. It shares
 * the installed packages but not Astro's caches, which live in
 * `node_modules/.astro`. Returns its path and a clean-up.
 */
export function copyProject({ content = join(projectRoot, 'content') }: { content?: string } = {}): {
	dir: string;
	remove: () => void;
} {
	const dir = mkdtempSync(join(tmpdir(), 'site-copy-'));
	for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
		cpSync(join(projectRoot, item), join(dir, item), { recursive: true });
	}
	cpSync(content, join(dir, 'content'), { recursive: true });
	linkNodeModules(projectRoot, dir);
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A throwaway copy of the project with the fixture's content in place of the real one. */
export const fixtureProject = () => copyProject({ content: fixtureContent });
