import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult, fixtureProject } from '../helpers/astro';
import { walk } from '../helpers/dist';
import { correctedClaim, correctedClaimFile, published, publishedFixture } from '../helpers/fixture-site';
import { verdicts } from '../../src/schemas/verdict';

/*
 * One build of the fixture site per way a content mistake reaches the build:
 * the loader, which stops on a file that does not parse; and the checks across
 * the content and its history, which report together what the Markdown plugins
 * recorded (raw HTML), an article a plugin failed on, an id that points
 * nowhere, and, in a production build, each verdict changed or claim taken off
 * with no corrections entry. Each build must stop with one clear line per
 * mistake, no stack trace, no page written, and the last site left in dist/ as it
 * was. Every other mistake is checked
 * through the same loaders and pipeline without a build:
 * tests/unit/record/content-mistakes.test.ts; which changes need a corrections entry,
 * and the bad dates an entry can have, in tests/unit/data/git.test.ts and
 * tests/unit/history/history.test.ts. The builds a production build refuses before it
 * reads the content are in accountability-refusals.test.ts.
 */

/** Rewrites one file of the copied project. */
function edit(dir: string, file: string, change: (text: string) => string) {
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`The edit of ${file} changed nothing`);
	writeFileSync(path, after);
}

/** The line, from 1, of the first match of `pattern` in a file of the copied project. */
function lineOf(dir: string, file: string, pattern: RegExp | string): number {
	const text = readFileSync(join(dir, file), 'utf8');
	const index = typeof pattern === 'string' ? text.indexOf(pattern) : text.search(pattern);
	if (index < 0) throw new Error(`${pattern} is not in ${file}`);
	return text.slice(0, index).split('\n').length;
}

const article = 'content/articles/first-report.md';
const otherArticle = 'content/articles/lighthouse-note.md';
const claim = 'content/claims/crane-delivered.yaml';

/** A line of a JavaScript stack trace, as Node prints it. */
const stackLine = /^\s+at .*(\(|file:\/\/|\/).*:\d+:\d+\)?$/m;

/** `message` was printed once, in full. */
const expectOnce = ({ output }: BuildResult, message: string) =>
	expect(output.split(message).length - 1, output).toBe(1);

/** A site as the last good build left it in `dir/dist/`: what a stopped build must leave as it was. */
const lastSite = { 'index.html': '<p>The last site that built.</p>', '_astro/site.css': 'p{}' };

/** Puts the last good build's site in `dir/dist/`. */
function writeLastSite(dir: string) {
	for (const [file, text] of Object.entries(lastSite)) {
		mkdirSync(dirname(join(dir, 'dist', file)), { recursive: true });
		writeFileSync(join(dir, 'dist', file), text);
	}
}

/**
 * The build of `dir` failed, with no stack trace, no page written, and the
 * last site (`writeLastSite`) left in `dist/` as it was: nothing of the
 * stopped build beside it.
 */
function expectStopped(dir: string, { status, output }: BuildResult) {
	expect(status, output).not.toBe(0);
	expect(output).not.toMatch(stackLine);
	expect(output).not.toContain('Stack trace');
	const dist = join(dir, 'dist');
	const left = Object.fromEntries(
		walk(dist).map((file) => [relative(dist, file).split(sep).join('/'), readFileSync(file, 'utf8')]),
	);
	expect(left).toEqual(lastSite);
}

describe('a content mistake fails the build, says where and what, and writes no page', () => {
	it('the loader: a YAML syntax error', () => {
		const project = fixtureProject();
		try {
			edit(project.dir, claim, (text) => text.replace(/^claim: /m, 'claim: [unclosed '));
			writeLastSite(project.dir);
			const result = astroBuild(project.dir);
			expectStopped(project.dir, result);
			expectOnce(
				result,
				`${claim} → line ${lineOf(project.dir, claim, /^claim: /m) + 1}: the YAML does not parse (`,
			);
			expect(result.output).toContain('); expected valid YAML');
		} finally {
			project.remove();
		}
	});

	it("the loader: an article's frontmatter that does not parse", () => {
		const project = fixtureProject();
		try {
			edit(project.dir, article, (text) => text.replace(/^(title: .*)$/m, '$1\ntitle: Twice'));
			writeLastSite(project.dir);
			const result = astroBuild(project.dir);
			expectStopped(project.dir, result);
			expectOnce(
				result,
				`${article} → line ${lineOf(project.dir, article, /^title: Twice$/m)}: the frontmatter does not parse (duplicated mapping key)`,
			);
			expect(result.output).toContain(
				'); expected valid YAML between a first line of --- and a closing line of ---',
			);
		} finally {
			project.remove();
		}
	});

	describe('the checks across the content and its history, together, in a production build', () => {
		const { BASE_PATH: _, ...production } = published;
		const label = (verdict: string) => verdicts[verdict as keyof typeof verdicts].label;
		const third = 'confirmed';
		const fourth = 'not-checkable';
		/** A claim only the first report makes, taken off with its marker and no corrections entry. */
		const takenOff = { id: 'crane-cost', file: 'content/claims/crane-cost.yaml' };
		let copy: ReturnType<typeof publishedFixture>;
		let result: BuildResult;
		/** The commit that changed the corrected claim's verdict and took the other claim off. */
		let commit: string;

		beforeAll(() => {
			copy = publishedFixture();
			const { dir, git, commitAll } = copy;
			const setVerdict = (verdict: string) =>
				edit(dir, correctedClaimFile, (text) => text.replace(/^verdict: .*$/m, `verdict: ${verdict}`));
			// Committed: a verdict changed and a published claim taken off, neither with a word.
			setVerdict(third);
			rmSync(join(dir, takenOff.file));
			// The marker goes with it, so the content is otherwise whole.
			edit(dir, article, (text) =>
				text.replace(new RegExp(`:claim\\[([^\\]]*)\\]\\{#${takenOff.id}\\}`), '$1'),
			);
			commitAll('A verdict changed and a claim taken off without a word', '2025-03-01T12:00:00+00:00');
			commit = git(['rev-parse', '--short=7', 'HEAD']).trim();
			// Not committed: the verdict changed again, and mistakes in the text and the code.
			setVerdict(fourth);
			edit(dir, otherArticle, (text) => `${text}\n<script>alert(1)</script>\n`);
			edit(dir, otherArticle, (text) => text.replace('{#lighthouse-repainted}', '{#no-such-claim}'));
			edit(dir, 'src/markdown/plugins.ts', (text) =>
				text.replace(
					'export const rehypePlugins: RehypePlugins = [',
					"export const rehypePlugins: RehypePlugins = [() => (_tree, file) => { if (String(file.path).includes('first-report')) file.fail('plugin broke'); }, ",
				),
			);
			writeLastSite(dir);
			result = astroBuild(dir, production);
		});
		afterAll(() => copy?.remove());

		it('stops, with no stack trace and no page written, leaving the last site as it was', () => {
			expectStopped(copy.dir, result);
		});

		it('says what the Markdown plugins recorded or failed on, and an id that points nowhere', () => {
			const { dir } = copy;
			expectOnce(
				result,
				`${otherArticle} → body, line ${lineOf(dir, otherArticle, '<script>')}: raw HTML is not allowed in an article ("<script>alert(1)</script>"); expected plain Markdown`,
			);
			expectOnce(
				result,
				`${otherArticle} → body, line ${lineOf(dir, otherArticle, '{#no-such-claim}')} (claim marker): unknown claim id "no-such-claim"; did you mean`,
			);
			expectOnce(
				result,
				`${article} → body: the Markdown could not be rendered; see the [ERROR] logged above`,
			);
			expect(result.output).toContain('plugin broke');
		});

		it('stops on each verdict change with no corrections entry, committed or not', () => {
			// The field's line, as the build gives it.
			const field = `corrections, line ${lineOf(copy.dir, correctedClaimFile, /^corrections:/m)}`;
			expectOnce(
				result,
				`${correctedClaimFile} → ${field}: the verdict shown to readers changed from “${label(correctedClaim.to)}” to “${label(third)}” in commit ${commit} with no corrections entry that records it`,
			);
			expectOnce(
				result,
				`${correctedClaimFile} → ${field}: the verdict shown to readers changed from “${label(third)}” to “${label(fourth)}” in the file as it is now with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: "${label(third)}", to: "${label(fourth)}" }`,
			);
		});

		it('stops on a published claim taken off with no entry', () => {
			expectOnce(result, `${takenOff.file} → id: the claim "${takenOff.id}" was published (last in commit`);
		});
	});
});
