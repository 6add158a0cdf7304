import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

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
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts'] },
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/checks/**/*.test.ts'],
					// Builds the four sites these read (the real one among them) once, before any of these.
					globalSetup: ['tests/build/setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
