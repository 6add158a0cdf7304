import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';

/* Astro runs each hook of the integrations one after another, in the order the config lists them. */
const names = (config.integrations ?? []).flat().map((integration) => integration && integration.name);

describe('the build steps, in order', () => {
	it('wait for the last build’s output to be deleted only once the search index is built', () => {
		expect(names.at(-1)).toBe('output-aside');
		expect(names).toContain('pagefind-index');
	});

	it('check that a build can go out before any other step does its work', () => {
		expect(names[0]).toBe('production-checks');
	});
});
