import { appendFileSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, copyProject } from '../helpers/astro';
import { walk } from '../helpers/dist';

/** Rewrites one file of the copied project. */
function edit(dir: string, file: string, change: (text: string) => string) {
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`The edit of ${file} changed nothing`);
	writeFileSync(path, after);
}

const article = 'content/articles/001-scraped-page.md';
const claim = 'content/claims/heavy-casualties.yaml';

const cases: [string, (dir: string) => void, string[]][] = [
	[
		'a marker naming an unknown claim',
		(dir) => edit(dir, article, (text) => text.replace('{#heavy-casualties}', '{#no-such-claim}')),
		[
			`${article} → body, line`,
			'(claim marker): unknown id "no-such-claim"; expected one of the ids in content/claims/',
		],
	],
	[
		'a marker without an id',
		(dir) => edit(dir, article, (text) => text.replace('{#heavy-casualties}', '')),
		[`${article} → body, line`, 'claim marker "Heaps of casualties follow suit" has no claim id'],
	],
	[
		'raw HTML in an article',
		(dir) => edit(dir, article, (text) => `${text}\n<script>alert(1)</script>\n`),
		[
			`${article} → body, line`,
			'raw HTML is not allowed in an article ("<script>alert(1)</script>"); expected plain Markdown',
		],
	],
	[
		'a javascript: link in an article',
		(dir) => edit(dir, article, (text) => `${text}\n[Read more](javascript:alert(1))\n`),
		[`${article} → body, line`, 'the address "javascript:alert(1)" is not allowed'],
	],
	[
		'a claim citing an unknown source',
		(dir) => edit(dir, claim, (text) => text.replace(/source: [a-z0-9-]+/, 'source: no-such-source')),
		[
			`${claim} → sources[0].source: unknown id "no-such-source"; expected one of the ids in content/sources/`,
		],
	],
	[
		'a version that points nowhere',
		(dir) => edit(dir, article, (text) => text.replace('  - 000-rewrite', '  - no-such-article')),
		[`${article} → versions[0]: unknown id "no-such-article"`],
	],
	[
		'a source no article cites',
		(dir) =>
			writeFileSync(
				join(dir, 'content/sources/orphan.yaml'),
				'outlet: Nobody\ntitle: Nothing\ncitedAs: Nothing\nnote: Not cited anywhere.\n',
			),
		['content/sources/orphan.yaml → id: no article cites this source'],
	],
	[
		'a claim that cites no source',
		(dir) => edit(dir, claim, (text) => text.replace(/sources:\n(  - [\s\S]*?)(?=\n\w)/, 'sources: []')),
		[
			'claims → heavy-casualties data does not match collection schema',
			'sources: expected at least one source',
		],
	],
	[
		'a missing field',
		(dir) => edit(dir, claim, (text) => text.replace(/^status: .*\n/m, '')),
		['claims → heavy-casualties data does not match collection schema', 'status'],
	],
	[
		'an unsafe URL',
		(dir) =>
			appendFileSync(join(dir, 'content/sources/cnn-african-women.yaml'), 'url: javascript:alert(1)\n'),
		[
			'sources → cnn-african-women data does not match collection schema',
			'url: expected an absolute http:// or https:// URL',
		],
	],
	[
		'an impossible date',
		(dir) => edit(dir, article, (text) => text.replace('date: undated', 'date: "2024-02-30"')),
		[
			'articles → 001-scraped-page data does not match collection schema',
			'expected "undated" or a real date in quotes',
		],
	],
	[
		'an empty article',
		(dir) => edit(dir, article, (text) => text.replace(/\n---\n[\s\S]*$/, '\n---\n')),
		[`${article} → body: the article has no text; expected Markdown after the frontmatter`],
	],
	[
		'a Markdown plugin that fails on an article',
		(dir) =>
			edit(dir, 'src/markdown/plugins.ts', (text) =>
				text.replace(
					'export const rehypePlugins: RehypePlugins = [];',
					"export const rehypePlugins: RehypePlugins = [() => (_tree, file) => { if (String(file.path).includes('001-')) file.fail('plugin broke'); }];",
				),
			),
		['plugin broke', `${article} → body: the Markdown could not be rendered; see the [ERROR] logged above`],
	],
	[
		'a YAML syntax error',
		(dir) => edit(dir, claim, (text) => text.replace(/^claim: /m, 'claim: [unclosed ')),
		['content/claims/heavy-casualties.yaml'],
	],
	[
		'two files with one id',
		(dir) => copyFileSync(join(dir, claim), join(dir, claim.replace('.yaml', '.yml'))),
		[
			'content/claims/heavy-casualties.y',
			'→ file name: the id "heavy-casualties" is already used by content/claims/heavy-casualties.y',
		],
	],
	[
		'a file name that is not an id',
		(dir) => copyFileSync(join(dir, claim), join(dir, 'content/claims/Heavy Casualties.yaml')),
		['content/claims/Heavy Casualties.yaml → file name: "Heavy Casualties" is not a valid id'],
	],
];

describe('a content mistake fails the build, says where and what, and writes no page', () => {
	it.each(cases)('%s', (_, breakContent, messages) => {
		const project = copyProject();
		try {
			breakContent(project.dir);
			const { status, output } = astroBuild(project.dir);
			expect(status, output).not.toBe(0);
			for (const message of messages) expect(output).toContain(message);
			const dist = join(project.dir, 'dist');
			const pages = existsSync(dist) ? walk(dist).filter((file) => file.endsWith('.html')) : [];
			expect(pages).toEqual([]);
		} finally {
			project.remove();
		}
	});
});
