import { describe, expect, it } from 'vitest';
import {
	correctionsContact,
	isProductionBuild,
	LOCAL_SITE,
	reportLink,
	siteAddress,
} from '../../../src/publishing/contact';
import { publisherConfig, publisherSchema } from '../../../src/publisher';

describe('isProductionBuild', () => {
	it.each([
		['no SITE_URL: the localhost default', {}, false],
		['SITE_URL on localhost', { SITE_URL: 'http://localhost:4321' }, false],
		['SITE_URL on 127.0.0.1', { SITE_URL: 'http://127.0.0.1:8080' }, false],
		['SITE_URL on a .localhost name', { SITE_URL: 'http://site.localhost' }, false],
		['SITE_URL on a real host', { SITE_URL: 'https://owner.github.io' }, true],
		['PRODUCTION=true on localhost', { PRODUCTION: 'true' }, true],
		['PRODUCTION=false on a real host', { SITE_URL: 'https://owner.github.io', PRODUCTION: 'false' }, false],
		['PRODUCTION=0', { SITE_URL: 'https://owner.github.io', PRODUCTION: '0' }, false],
		['an unreadable SITE_URL is not taken for a local one', { SITE_URL: 'not a url' }, true],
	])('%s', (_, env, expected) => {
		expect(isProductionBuild(env)).toBe(expected);
	});
});

describe('correctionsContact', () => {
	const production = { SITE_URL: 'https://owner.github.io' };
	it.each([
		[
			'the environment’s address',
			{},
			{ ...production, CORRECTIONS_EMAIL: 'fix@example.org' },
			{ email: 'fix@example.org' },
		],
		[
			'the environment’s page',
			{},
			{ CORRECTIONS_URL: 'https://github.com/o/r/issues/new' },
			{ url: 'https://github.com/o/r/issues/new' },
		],
		[
			'the config when the environment is silent',
			{ email: 'config@example.org' },
			production,
			{ email: 'config@example.org' },
		],
		[
			'the environment over the config',
			{ email: 'config@example.org' },
			{ CORRECTIONS_EMAIL: 'env@example.org' },
			{ email: 'env@example.org' },
		],
		['nothing in a local build', {}, {}, undefined],
	])('%s', (_, configured, env, expected) => {
		const { contact, problem } = correctionsContact(configured, env);
		expect(problem).toBeUndefined();
		expect(contact).toEqual(expected);
	});

	it('refuses a production build with no contact, saying how to set one', () => {
		const { contact, problem } = correctionsContact({}, production);
		expect(contact).toBeUndefined();
		expect(problem).toMatch(
			/^src\/publisher\.ts → corrections: a production build \(SITE_URL https:\/\/owner\.github\.io\)/,
		);
		expect(problem).toContain('CORRECTIONS_EMAIL');
		expect(problem).toContain('CORRECTIONS_URL');
	});

	it.each([
		['CORRECTIONS_EMAIL', 'not-an-address', 'expected an e-mail address such as corrections@example.org'],
		['CORRECTIONS_URL', 'javascript:alert(1)', 'expected an absolute http:// or https:// URL'],
	])('names a bad %s', (name, value, expected) => {
		const { problem } = correctionsContact({}, { [name]: value });
		expect(problem).toBe(`environment → ${name}: "${value}" is not usable; ${expected}`);
	});
});

describe('reportLink', () => {
	const page = { title: 'A claim & more', url: 'https://s.example/claims/x/' };

	it('opens an e-mail with the page’s title and address filled in', () => {
		const link = new URL(reportLink({ email: 'fix@example.org', url: 'https://x.example/new' }, page)!);
		expect(link.protocol).toBe('mailto:');
		expect(link.pathname).toBe('fix@example.org');
		expect(link.searchParams.get('subject')).toBe('Correction request: A claim & more');
		expect(link.searchParams.get('body')).toContain('Page: https://s.example/claims/x/');
		// Spaces as %20: mail programs read + literally.
		expect(link.search).not.toContain('+');
	});

	it('opens the contact page with title and body in its query, keeping its own', () => {
		const link = new URL(reportLink({ url: 'https://github.com/o/r/issues/new?labels=correction' }, page)!);
		expect(link.origin + link.pathname).toBe('https://github.com/o/r/issues/new');
		expect(link.searchParams.get('labels')).toBe('correction');
		expect(link.searchParams.get('title')).toBe('Correction request: A claim & more');
		expect(link.searchParams.get('body')).toContain('Page: https://s.example/claims/x/');
	});

	it('gives no link without a contact', () => {
		expect(reportLink(undefined, page)).toBeUndefined();
		expect(reportLink({}, page)).toBeUndefined();
	});
});

describe('the publisher config', () => {
	it('holds to its schema', () => {
		expect(publisherSchema.safeParse(publisherConfig).success).toBe(true);
	});

	it('names roles, never invented people', () => {
		const { responsible } = publisherSchema.parse(publisherConfig);
		expect(responsible.length).toBeGreaterThan(0);
		expect(responsible.filter((person) => person.name)).toEqual([]);
	});
});

describe('siteAddress', () => {
	it('is SITE_URL, or this machine’s preview server when it is unset', () => {
		expect(siteAddress({ SITE_URL: 'https://example.org/analysis/' })).toEqual({
			site: 'https://example.org/analysis/',
		});
		expect(siteAddress({})).toEqual({ site: LOCAL_SITE });
		expect(siteAddress({ SITE_URL: ' ' })).toEqual({ site: LOCAL_SITE });
	});

	it.each(['example.org', 'ftp://example.org', 'https://', '/analysis/'])(
		'finds "%s" is not an address, and goes on with this machine’s until the build stops',
		(value) => {
			expect(siteAddress({ SITE_URL: value })).toEqual({
				site: LOCAL_SITE,
				problem: `environment → SITE_URL: "${value}" is not the site's address; expected an absolute http:// or https:// URL, such as https://example.org`,
			});
		},
	);
});
