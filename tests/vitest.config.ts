import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	root,
	test: {
		// The JSON report lets CI print a plain "N passed, N failed" line.
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		// Two files at a time even on two cores: the browser and build tests spend much of
		// their time waiting on Chromium and child processes.
		maxWorkers: 2,
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
					globalSetup: ['tests/build/setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
