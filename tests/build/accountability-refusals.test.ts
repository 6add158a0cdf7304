import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { walk } from '../helpers/dist';
import { published, publishedFixture } from '../helpers/fixture-site';

/*
 * The builds of the published fixture site (tests/helpers/fixture-site.ts) that
 * must fail before they read the content, each on a copy of its own: one for
 * the publisher's settings the build checks first (what each missing one says
 * is in tests/unit/publishing/contact.test.ts and tests/unit/ownership.test.ts), one for
 * its history, and one for a setting no build knows; what the published build shows is in
 * accountability.test.ts, and the production build that stops on a verdict
 * changed or a claim taken off without a corrections entry in
 * content-errors.test.ts, with the other mistakes found across the content.
 * A file of their own, so these builds run beside other test files. When
 * PRODUCTION=false lets a build go out without them is in
 * tests/unit/publishing/contact.test.ts.
 */

const { BASE_PATH: _, ...production } = published;

/**
 * The build of `dir` failed with `message`, once, before it read the content, as a finding to fix: no stack
 * trace, none of Astro's framing of a crash, and no page written.
 */
function expectFailure(
	dir: string,
	{ status, output }: { status: number | null; output: string },
	message: string,
) {
	expect(status, output).not.toBe(0);
	expect(output).toContain(message);
	expect(output.split(message).length - 1, output).toBe(1);
	expect(output).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
	expect(output).not.toMatch(/unhandled error/i);
	expect(output).toContain(`[ERROR] [production-checks] ${message}`);
	expect(output).toContain('No page was written.');
	const dist = join(dir, 'dist');
	const pages = existsSync(dist) ? walk(dist).filter((file) => file.endsWith('.html')) : [];
	expect(pages).toEqual([]);
	expect(output).not.toContain('Syncing content');
}

/** A copy of the published fixture for one build that must fail, removed afterwards. */
function withCopy(test: (copy: ReturnType<typeof publishedFixture>) => void) {
	const copy = publishedFixture();
	try {
		test(copy);
	} finally {
		copy.remove();
	}
}

// These stop before the build reads any content (src/integrations/production-checks.ts).
describe('a production build refuses to go out without', () => {
	it('a corrections contact, saying how to set one', () => {
		withCopy(({ dir }) =>
			expectFailure(
				dir,
				astroBuild(dir, { ...production, CORRECTIONS_EMAIL: '' }),
				`src/publisher.ts → corrections: a production build (SITE_URL ${production.SITE_URL}) needs somewhere readers can report a mistake; expected CORRECTIONS_EMAIL`,
			),
		);
	});

	it('its history, saying how to fetch it', () => {
		withCopy(({ dir }) => {
			rmSync(join(dir, '.git'), { recursive: true, force: true });
			expectFailure(
				dir,
				astroBuild(dir, production),
				'git history → content: the project is not in a git repository; a production build dates every record',
			);
		});
	});
});

describe('a build refuses', () => {
	it('a SITE_URL that is not an address, in its own words rather than Astro’s', () => {
		withCopy(({ dir }) =>
			expectFailure(
				dir,
				astroBuild(dir, { ...production, SITE_URL: 'example.org' }),
				'environment → SITE_URL: "example.org" is not the site\'s address; expected an absolute http:// or https:// URL, such as https://example.org',
			),
		);
	});

	it('a share cards setting it does not know, saying which it knows', () => {
		withCopy(({ dir }) =>
			expectFailure(
				dir,
				astroBuild(dir, { ...production, SHARE_CARDS: 'maybe' }),
				'environment → SHARE_CARDS: "maybe" is not a setting; expected "off" (a preview without share cards) or "on" (the default)',
			),
		);
	});
});
