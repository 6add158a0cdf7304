import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { projectRoot } from '../helpers/astro';
import { parsePolicy, readHostHeaders } from '../helpers/host-headers';

/*
 * public/_headers is copied into dist/ as it is, for the hosts that read it
 * (Netlify, Cloudflare Pages). Its Content-Security-Policy must be the policy
 * the pages carry in their <meta>, which Astro writes from security.csp in
 * astro.config.mjs: the config's directives, then script-src and style-src
 * with their resources ('self' when none are set) and the page's hashes.
 */

const rules = readHostHeaders(join(projectRoot, 'public/_headers'));
const everyPage = rules.get('/*');

/** The sources of script-src or style-src as Astro writes them, before the page's hashes. */
function sources(resources: (string | { resource: string; kind: string })[] | undefined): string[] {
	if (!resources?.length) return ["'self'"];
	return resources.map((entry) => {
		if (typeof entry !== 'string') throw new Error(`a ${entry.kind} resource: teach this test its directive`);
		return entry;
	});
}

/** The pages' policy without the hashes Astro adds page by page. */
function pagesPolicy(): Map<string, string[]> {
	const csp = config.security?.csp;
	if (typeof csp !== 'object') throw new Error('astro.config.mjs sets no security.csp');
	return parsePolicy(
		[
			...(csp.directives ?? []),
			`script-src ${sources(csp.scriptDirective?.resources).join(' ')}`,
			`style-src ${sources(csp.styleDirective?.resources).join(' ')}`,
		].join(';'),
	);
}

describe('the headers hosts send with every file (public/_headers)', () => {
	const header = parsePolicy(everyPage?.get('content-security-policy') ?? '');

	it('carry the pages’ Content-Security-Policy, with frame-ancestors, which a <meta> cannot carry', () => {
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
		const rest = new Map(
			[...header]
				.filter(([name]) => name !== 'frame-ancestors')
				.map(([name, values]) => [name, values.filter((value) => value !== "'unsafe-inline'")]),
		);
		expect(Object.fromEntries(rest)).toEqual(Object.fromEntries(pagesPolicy()));
	});

	it('allow inline scripts and styles only where the pages list their hashes, which each page’s policy then limits', () => {
		const inline = [...header]
			.filter(([, values]) => values.includes("'unsafe-inline'"))
			.map(([name]) => name);
		expect(inline.sort()).toEqual(['script-src', 'style-src']);
		for (const values of pagesPolicy().values()) expect(values).not.toContain("'unsafe-inline'");
	});

	it('forbid guessing a file’s type, and send only the origin to other sites', () => {
		expect(everyPage?.get('x-content-type-options')).toBe('nosniff');
		expect(everyPage?.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it('let browsers keep the bundled, content-named assets for a year', () => {
		expect(rules.get('/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});
});
