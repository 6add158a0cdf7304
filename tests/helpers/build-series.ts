/**
 * Builds projects one after another in this one Node process, each with
 * Astro's own `build()` (what `astro build --force` runs) in its folder and
 * with its environment. A build in a process that has built before takes a
 * third of the time: Astro, Vite and the compiled code are already loaded.
 * Every site comes out as `astro build` makes it, byte for byte.
 *
 * Run by `astroBuildSeries` (./astro.ts), never imported:
 * node tests/helpers/build-series.ts '[{"cwd": "/path", "env": {"SITE_URL": "…"}}]'
 */
import { build } from 'astro';

const builds = JSON.parse(process.argv[2]!) as { cwd: string; env: Record<string, string> }[];
const outer = { ...process.env };

for (const { cwd, env } of builds) {
	for (const key of Object.keys(process.env)) if (!(key in outer)) delete process.env[key];
	Object.assign(process.env, outer, env);
	process.chdir(cwd);
	console.info(`\n*** astro build --force in ${cwd} ***\n`);
	const started = performance.now();
	try {
		await build({ root: cwd, force: true });
		console.info(`\n*** built in ${((performance.now() - started) / 1000).toFixed(1)} s ***\n`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
