import { describe, expect, inject, it } from 'vitest';
import { recorded } from '../helpers/background';
import type { codeChecks } from './setup';

/*
 * The code's own checks, formatting and types, started by this project's
 * setup (./setup.ts) as the run starts and reported here when they end.
 */

const result = (name: keyof typeof codeChecks) => recorded(inject('codeChecksDir'), name);

describe('the code', () => {
	it('is formatted as Prettier formats it (npm run format fixes it)', async () => {
		const { status, output } = await result('format');
		expect(status, output).toBe(0);
	});

	it('type-checks, .astro files included (astro check)', async () => {
		const { status, output } = await result('types');
		expect(status, output).toBe(0);
		expect(output).toMatch(/Result \(\d+ files\)/);
	});
});
