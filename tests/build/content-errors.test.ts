import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, fixtureProject } from '../helpers/astro';
import { walk } from '../helpers/dist';

/*
 * One build of the fixture site per way a content mistake reaches the build:
 * the loader, which stops on a file that does not parse; and the checks across
 * the content, which report together what the Markdown plugins recorded (raw
 * HTML), an article a plugin failed on, and an id that points nowhere. Each
 * build must stop with one clear line per mistake, no stack trace, and no page
 * written. Every other mistake is checked through
 * the same loaders and pipeline without a build: tests/unit/record/content-mistakes.test.ts.
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

/**
 * What is broken, and the messages the build must stop with: `once`, the
 * mistakes' own lines, each printed once; `also`, what else must be printed.
 */
const cases: [string, (dir: string) => { once: string[]; also: string[] }][] = [
	[
		'the loader: a YAML syntax error',
		(dir) => {
			edit(dir, claim, (text) => text.replace(/^claim: /m, 'claim: [unclosed '));
			return {
				once: [`${claim} → line ${lineOf(dir, claim, /^claim: /m) + 1}: the YAML does not parse (`],
				also: ['); expected valid YAML'],
			};
		},
	],
	[
		'the checks across the content: what the Markdown plugins record or fail on, and an id that points nowhere',
		(dir) => {
			edit(dir, otherArticle, (text) => `${text}\n<script>alert(1)</script>\n`);
			edit(dir, otherArticle, (text) => text.replace('{#lighthouse-repainted}', '{#no-such-claim}'));
			edit(dir, 'src/markdown/plugins.ts', (text) =>
				text.replace(
					'export const rehypePlugins: RehypePlugins = [',
					"export const rehypePlugins: RehypePlugins = [() => (_tree, file) => { if (String(file.path).includes('first-report')) file.fail('plugin broke'); }, ",
				),
			);
			return {
				once: [
					`${otherArticle} → body, line ${lineOf(dir, otherArticle, '<script>')}: raw HTML is not allowed in an article ("<script>alert(1)</script>"); expected plain Markdown`,
					`${otherArticle} → body, line ${lineOf(dir, otherArticle, '{#no-such-claim}')} (claim marker): unknown claim id "no-such-claim"; did you mean`,
					`${article} → body: the Markdown could not be rendered; see the [ERROR] logged above`,
				],
				also: ['plugin broke'],
			};
		},
	],
];

/** A line of a JavaScript stack trace, as Node prints it. */
const stackLine = /^\s+at .*(\(|file:\/\/|\/).*:\d+:\d+\)?$/m;

describe('a content mistake fails the build, says where and what, and writes no page', () => {
	it.each(cases)('%s', (_, breakContent) => {
		const project = fixtureProject();
		try {
			const { once, also } = breakContent(project.dir);
			const { status, output } = astroBuild(project.dir);
			expect(status, output).not.toBe(0);
			for (const message of once) expect(output.split(message).length - 1, output).toBe(1);
			for (const message of also) expect(output).toContain(message);
			expect(output).not.toMatch(stackLine);
			expect(output).not.toContain('Stack trace');
			const dist = join(project.dir, 'dist');
			const pages = existsSync(dist) ? walk(dist).filter((file) => file.endsWith('.html')) : [];
			expect(pages).toEqual([]);
		} finally {
			project.remove();
		}
	});
});
