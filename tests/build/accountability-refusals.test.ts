import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { walk } from '../helpers/dist';
import { correctedClaim, correctedClaimFile, published, publishedFixture } from '../helpers/fixture-site';

/*
 * The builds of the published fixture site (tests/helpers/fixture-site.ts) that
 * must fail, one for each check a production build makes before it goes out,
 * each on a copy of its own; what the published build shows is in
 * accountability.test.ts. A file of their own, so these builds run beside
 * other test files. When PRODUCTION=false lets a build go out without them
 * is in tests/unit/contact.test.ts.
 */

const { to } = correctedClaim;
const third = 'confirmed';
const fourth = 'not-checkable';
const production = { SITE_URL: published.SITE_URL, CORRECTIONS_EMAIL: published.CORRECTIONS_EMAIL };

/**
 * The build of `dir` failed with `message`, once, with no stack trace and no
 * page written; if `beforeContent`, before it even read the content.
 */
function expectFailure(
	dir: string,
	{ status, output }: { status: number | null; output: string },
	message: string,
	{ beforeContent = false } = {},
) {
	expect(status, output).not.toBe(0);
	expect(output).toContain(message);
	expect(output.split(message).length - 1, output).toBe(1);
	expect(output).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
	const dist = join(dir, 'dist');
	const pages = existsSync(dist) ? walk(dist).filter((file) => file.endsWith('.html')) : [];
	expect(pages).toEqual([]);
	if (beforeContent) expect(output).not.toContain('Syncing content');
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

describe('a production build with a correction in its history', () => {
	// Which changes need an entry, and the bad dates an entry can have, are checked without a build:
	// tests/unit/git.test.ts and tests/unit/content-mistakes.test.ts. This build proves the check runs.
	it('stops on each verdict change with no corrections entry, committed or not', () => {
		withCopy(({ dir, git, commitAll }) => {
			const file = join(dir, correctedClaimFile);
			const setVerdict = (verdict: string) =>
				writeFileSync(file, readFileSync(file, 'utf8').replace(/^verdict: .*$/m, `verdict: ${verdict}`));
			setVerdict(third);
			commitAll('A verdict changed without a word', '2025-03-01T12:00:00+00:00');
			const commit = git(['rev-parse', '--short=7', 'HEAD']).trim();
			setVerdict(fourth);
			const result = astroBuild(dir, production);
			expectFailure(
				dir,
				result,
				`${correctedClaimFile} → verdict: the verdict changed from "${to}" to "${third}" in commit ${commit} with no corrections entry that records it`,
			);
			expect(result.output).toContain(
				`${correctedClaimFile} → verdict: the verdict changed from "${third}" to "${fourth}" in the file as it is now with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: ${third}, to: ${fourth} }`,
			);
		});
	});
});

// These two stop before the build reads any content (src/integrations/production-checks.ts).
describe('a production build refuses to go out without', () => {
	it('a corrections contact, saying how to set one', () => {
		withCopy(({ dir }) =>
			expectFailure(
				dir,
				astroBuild(dir, { SITE_URL: production.SITE_URL }),
				`src/publisher.ts → corrections: a production build (SITE_URL ${production.SITE_URL}) needs somewhere readers can report a mistake; expected CORRECTIONS_EMAIL`,
				{ beforeContent: true },
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
				{ beforeContent: true },
			);
		});
	});
});
