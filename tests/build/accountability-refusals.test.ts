import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { walk } from '../helpers/dist';
import { correctedClaim, correctedClaimFile, published, publishedFixture } from '../helpers/fixture-site';
import { verdicts } from '../../src/schemas/verdict';

/*
 * The builds of the published fixture site (tests/helpers/fixture-site.ts) that
 * must fail, one for each check a production build makes before it goes out,
 * each on a copy of its own; what the published build shows is in
 * accountability.test.ts. A file of their own, so these builds run beside
 * other test files. When PRODUCTION=false lets a build go out without them
 * is in tests/unit/publishing/contact.test.ts.
 */

const { to } = correctedClaim;
const third = 'confirmed';
const fourth = 'not-checkable';
const { BASE_PATH: _, ...production } = published;
const label = (verdict: string) => verdicts[verdict as keyof typeof verdicts].label;

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
	// tests/unit/data/git.test.ts and tests/unit/record/content-mistakes.test.ts. This build proves the check runs.
	it('stops on each verdict change with no corrections entry, committed or not', () => {
		withCopy(({ dir, git, commitAll }) => {
			const file = join(dir, correctedClaimFile);
			const setVerdict = (verdict: string) =>
				writeFileSync(file, readFileSync(file, 'utf8').replace(/^verdict: .*$/m, `verdict: ${verdict}`));
			setVerdict(third);
			commitAll('A verdict changed without a word', '2025-03-01T12:00:00+00:00');
			const commit = git(['rev-parse', '--short=7', 'HEAD']).trim();
			setVerdict(fourth);
			// The field's line, as the build gives it.
			const field = `corrections, line ${
				readFileSync(file, 'utf8')
					.split('\n')
					.findIndex((line) => line.startsWith('corrections:')) + 1
			}`;
			const result = astroBuild(dir, production);
			expectFailure(
				dir,
				result,
				`${correctedClaimFile} → ${field}: the verdict shown to readers changed from “${label(to)}” to “${label(third)}” in commit ${commit} with no corrections entry that records it`,
			);
			expect(result.output).toContain(
				`${correctedClaimFile} → ${field}: the verdict shown to readers changed from “${label(third)}” to “${label(fourth)}” in the file as it is now with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: "${label(third)}", to: "${label(fourth)}" }`,
			);
		});
	});

	it('stops on a published claim taken off with no entry, even when the field that held its rating was renamed', () => {
		withCopy(({ dir, commitAll }) => {
			const file = join(dir, correctedClaimFile);
			rmSync(file);
			// The marker goes with it, so the content is otherwise whole.
			const article = join(dir, 'content/articles/retelling.md');
			writeFileSync(
				article,
				readFileSync(article, 'utf8').replace(/:claim\[([^\]]*)\]\{#busier-port\}/, '$1'),
			);
			commitAll('A claim taken off without a word', '2025-03-01T12:00:00+00:00');
			expectFailure(
				dir,
				astroBuild(dir, production),
				`${correctedClaimFile} → id: the claim "${correctedClaim.id}" was published (last in commit`,
			);
		});
	});
});

// These stop before the build reads any content (src/integrations/production-checks.ts).
describe('a production build refuses to go out without', () => {
	it('a corrections contact, saying how to set one', () => {
		withCopy(({ dir }) =>
			expectFailure(
				dir,
				astroBuild(dir, { ...production, CORRECTIONS_EMAIL: '' }),
				`src/publisher.ts → corrections: a production build (SITE_URL ${production.SITE_URL}) needs somewhere readers can report a mistake; expected CORRECTIONS_EMAIL`,
				{ beforeContent: true },
			),
		);
	});

	it('the owner’s name and a funding statement, saying how to give them', () => {
		withCopy(({ dir }) =>
			expectFailure(
				dir,
				astroBuild(dir, { ...production, SITE_OWNER: '', SITE_FUNDING: '' }),
				`src/publisher.ts → owner, funding: a production build (SITE_URL ${production.SITE_URL}) must say who owns the site and how it is funded; expected SITE_OWNER (the owner’s name) and SITE_FUNDING (who pays for the site) in the build’s environment, or owner and funding in src/publisher.ts`,
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
