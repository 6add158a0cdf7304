import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { schemaDigest } from '../../src/loading/checked-loader';
import { claimSchema } from '../../src/schemas/claim';

describe('schemaDigest', () => {
	const base = z.strictObject({ title: z.string() });

	it('is the same for the same shape', () => {
		expect(schemaDigest(base)).toBe(schemaDigest(z.strictObject({ title: z.string() })));
	});

	it.each([
		['a new field with a default', base.extend({ tags: z.array(z.string()).default([]) })],
		['another default', z.strictObject({ title: z.string().default('Untitled') })],
		['a field made optional', z.strictObject({ title: z.string().optional() })],
		['another type', z.strictObject({ title: z.number() })],
	])('changes with %s, so stored entries are parsed again', (_, changed) => {
		expect(schemaDigest(changed)).not.toBe(schemaDigest(base));
	});

	it('reads the site’s own schemas, refinements and all', () => {
		expect(schemaDigest(claimSchema)).toMatch(/^[0-9a-f]{16}$/);
	});
});
