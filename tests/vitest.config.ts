import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The projects in the order their files start: the code's checks, the unit tests, then the built sites. */
const projectOrder = ['checks', 'unit', 'site'];

/**
 * Vitest's order (the longest or failed files first, by the last run) within
 * each project, the projects in `projectOrder`: the checks' file starts first and
 * waits for its results while the unit tests run, and the files that read the
 * built sites come last, when the builds are nearly done.
 */
class ProjectOrder extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (file: TestSpecification) => projectOrder.indexOf(file.project.name);
		return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
	}
}

export default defineConfig({
	root,
	test: {
		// The JSON report lets CI print a plain "N passed, N failed" line.
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		// Two files at a time on two cores: the build and browser tests spend much of their
		// time waiting on child processes (astro build, Chromium, the HTML checker).
		maxWorkers: 2,
		// Forks, not threads: a build test's child processes and a browser outlive no worker.
		pool: 'forks',
		// A worker imports the site's modules once for all the files it runs, not once per
		// file: that import was most of the unit tests' time. No test mocks a module or
		// changes the environment, so nothing a file does can reach the next.
		isolate: false,
		sequence: { sequencer: ProjectOrder },
		projects: [
			{
				extends: true,
				test: {
					name: 'checks',
					include: ['tests/checks/**/*.test.ts'],
					// Starts Prettier and `astro check` as the run starts, beside everything else.
					globalSetup: ['tests/checks/setup.ts'],
					testTimeout: 300_000,
				},
			},
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts'] },
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					// Starts building the sites these read, each once, and does not wait for them…
					globalSetup: ['tests/build/setup.ts'],
					// …but each of these files does, before its first line.
					setupFiles: ['tests/build/sites-built.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
