import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { walk } from '../helpers/dist';
import { correctedClaim, correctedClaimFile, published, publishedFixture } from '../helpers/fixture-site';

/*
 * The builds of the published fixture site (tests/helpers/fixture-site.ts) that
 * must fail, each on a copy of its own; what the published build shows is in
 * accountability.test.ts. A file of their own, so these builds run beside
 * other test files.
 */

const { to } = correctedClaim;
const third = 'confirmed';
const production = { SITE_URL: published.SITE_URL, CORRECTIONS_EMAIL: published.CORRECTIONS_EMAIL };

/** The build of `dir` failed with `message`, once, with no stack trace and no page written. */
function expectFailure(
	dir: string,
	{ status, output }: { status: number | null; output: string },
	message: string,
) {
	expect(status, output).not.toBe(0);
	expect(output).toContain(message);
	expect(output.split(message).length - 1, output).toBe(1);
	expect(output).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
	const dist = join(dir, 'dist');
	const pages = existsSync(dist) ? walk(dist).filter((file) => file.endsWith('.html')) : [];
	expect(pages).toEqual([]);
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
	it('stops on a verdict change with no corrections entry, before it is committed', () => {
		withCopy(({ dir }) => {
			const file = join(dir, correctedClaimFile);
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^verdict: .*$/m, `verdict: ${third}`));
			expectFailure(
				dir,
				astroBuild(dir, production),
				`${correctedClaimFile} → verdict: the verdict changed from "${to}" to "${third}" in the file as it is now with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: ${to}, to: ${third} }`,
			);
		});
	});

	it('stops on a verdict change with no corrections entry, after it is committed', () => {
		withCopy(({ dir, git, commitAll }) => {
			const file = join(dir, correctedClaimFile);
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^verdict: .*$/m, `verdict: ${third}`));
			commitAll('A verdict changed without a word', '2025-03-01T12:00:00+00:00');
			const commit = git(['rev-parse', '--short=7', 'HEAD']).trim();
			expectFailure(
				dir,
				astroBuild(dir, production),
				`${correctedClaimFile} → verdict: the verdict changed from "${to}" to "${third}" in commit ${commit} with no`,
			);
		});
	});

	it('stops on a correction with a bad date, naming the file, field and line', () => {
		withCopy(({ dir }) => {
			const file = join(dir, correctedClaimFile);
			const text = readFileSync(file, 'utf8');
			writeFileSync(file, text.replace('"2025-02-01"', '"2025-02-30"'));
			// The line of the field the entry is under, as an author's editor shows it.
			const line = text.slice(0, text.search(/^corrections:/m)).split('\n').length;
			expectFailure(
				dir,
				astroBuild(dir, production),
				`${correctedClaimFile} → corrections[0].date, line ${line}: expected the date of the change in quotes, such as "2025-06-17"`,
			);
		});
	});
});

describe('a production build refuses to go out without', () => {
	it('a corrections contact, saying how to set one', () => {
		withCopy(({ dir }) =>
			expectFailure(
				dir,
				astroBuild(dir, { SITE_URL: production.SITE_URL }),
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
			expect(astroBuild(dir, { ...production, PRODUCTION: 'false' }).status).toBe(0);
		});
	});
});
