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
		// Forks, not threads: a build test's child processes and a browser outlive no worker,
		// and a file's module state never leaks into the next.
		pool: 'forks',
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
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					// Builds the real site and the fixture site once, side by side, before any of these.
					globalSetup: ['tests/build/setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
