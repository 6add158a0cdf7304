import { appendFileSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, copyProject } from '../helpers/astro';
import { readData } from '../helpers/content';
import { brokenLinks, hasClass, readSite, select, text, walk } from '../helpers/dist';

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

/**
 * Content mistakes, one per build so each must be named on its own: what is
 * broken, and the message (file → field or line: what was expected) the
 * build must stop with. The first message is the mistake's own line.
 */
const cases: [string, (dir: string) => void, string[]][] = [
	[
		'a YAML syntax error',
		(dir) => edit(dir, claim, (text) => text.replace(/^claim: /m, 'claim: [unclosed ')),
		[`${claim} → line 2: the YAML does not parse (`, '); expected valid YAML'],
	],
	[
		'a missing field',
		(dir) => edit(dir, claim, (text) => text.replace(/^status: .*\n/m, '')),
		[`${claim} → status: missing; Invalid option: expected one of "corroborated-by-cited-source"`],
	],
	[
		'a field of the wrong type',
		(dir) => edit(dir, claim, (text) => text.replace(/^topics: .*$/m, 'topics: drone-attacks')),
		[`${claim} → topics, line 11: Invalid input: expected array, received string`],
	],
	[
		'a value outside its list',
		(dir) => edit(dir, claim, (text) => text.replace(/^kind: .*$/m, 'kind: rumour')),
		[`${claim} → kind, line 2: Invalid option: expected one of`],
	],
	[
		'a claim that cites no source',
		(dir) => edit(dir, claim, (text) => text.replace(/sources:\n(  - [\s\S]*?)(?=\n\w)/, 'sources: []')),
		[`${claim} → sources, line 8: expected at least one source the claim was checked against`],
	],
	[
		'an unsafe URL',
		(dir) =>
			appendFileSync(join(dir, 'content/sources/cnn-african-women.yaml'), 'url: javascript:alert(1)\n'),
		['content/sources/cnn-african-women.yaml → url, line 11: expected an absolute http:// or https:// URL'],
	],
	[
		'an impossible date',
		(dir) => edit(dir, article, (text) => text.replace('date: undated', 'date: "2024-02-30"')),
		[`${article} → date, line 15: expected "undated" or a real date in quotes`],
	],
	[
		'a claim citing an unknown source',
		(dir) => edit(dir, claim, (text) => text.replace(/source: [a-z0-9-]+/, 'source: no-such-source')),
		[
			`${claim} → sources[0].source: unknown id "no-such-source"; expected one of the ids in content/sources/`,
		],
	],
	[
		'an article referencing an unknown source',
		(dir) =>
			edit(dir, article, (text) =>
				text.replace(/(references:\n {2}- number: 1\n {4}source: )[a-z0-9-]+/, '$1no-such-source'),
			),
		[
			`${article} → references[0].source: unknown id "no-such-source"; expected one of the ids in content/sources/`,
		],
	],
	[
		'a version that points nowhere',
		(dir) => edit(dir, article, (text) => text.replace('  - 000-rewrite', '  - no-such-article')),
		[`${article} → versions[0]: unknown id "no-such-article"`],
	],
	[
		'a marker naming an unknown claim',
		(dir) => edit(dir, article, (text) => text.replace('{#heavy-casualties}', '{#no-such-claim}')),
		[
			`${article} → body, line 59 (claim marker): unknown id "no-such-claim"; expected one of the ids in content/claims/`,
		],
	],
	[
		'a marker without an id',
		(dir) => edit(dir, article, (text) => text.replace('{#heavy-casualties}', '')),
		[`${article} → body, line 59: claim marker "Heaps of casualties follow suit" has no claim id`],
	],
	[
		'two files with one id',
		(dir) => copyFileSync(join(dir, claim), join(dir, claim.replace('.yaml', '.yml'))),
		[
			'→ file name: the id "heavy-casualties" is already used by content/claims/heavy-casualties.y',
			'content/claims/heavy-casualties.y',
			'; expected each id once',
		],
	],
	[
		'a file name that is not an id',
		(dir) => copyFileSync(join(dir, claim), join(dir, 'content/claims/Heavy Casualties.yaml')),
		['content/claims/Heavy Casualties.yaml → file name: "Heavy Casualties" is not a valid id'],
	],
	[
		'a claim in a file no collection reads',
		(dir) => writeFileSync(join(dir, 'content/claims/new-claim.json'), '{"claim": "A claim."}\n'),
		['content/claims/new-claim.json → file name: content/claims/ reads only files ending .yaml or .yml'],
	],
	[
		'an id listed twice',
		(dir) => edit(dir, claim, (text) => text.replace(/^topics: \[(.*)\]$/m, 'topics: [$1, ukraine]')),
		[`${claim} → topics, line 11: expected each id of content/topics/ at most once`],
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
		'raw HTML in an article',
		(dir) => edit(dir, article, (text) => `${text}\n<script>alert(1)</script>\n`),
		[
			`${article} → body, line`,
			'raw HTML is not allowed in an article ("<script>alert(1)</script>"); expected plain Markdown',
		],
	],
	[
		'an event handler in an article',
		(dir) => edit(dir, article, (text) => `${text}\nSee <img src=x onerror="alert(1)"> here.\n`),
		[`${article} → body, line`, 'raw HTML is not allowed in an article ("<img src=x onerror='],
	],
	[
		'a javascript: link in an article',
		(dir) => edit(dir, article, (text) => `${text}\n[Read more](javascript:alert(1))\n`),
		[`${article} → body, line`, 'the address "javascript:alert(1)" is not allowed'],
	],
	[
		'an image from another host in an article',
		(dir) => edit(dir, article, (text) => `${text}\n![pixel](https://tracker.example/p.png)\n`),
		[`${article} → body, line`, 'the image "https://tracker.example/p.png" is on another host'],
	],
	[
		'a claim marker on a line of its own',
		(dir) => edit(dir, article, (text) => `${text}\n::claim[Words of a claim]{#heavy-casualties}\n`),
		[`${article} → body, line`, '"::claim" is a block directive, which articles do not use'],
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
					'export const rehypePlugins: RehypePlugins = [',
					"export const rehypePlugins: RehypePlugins = [() => (_tree, file) => { if (String(file.path).includes('001-')) file.fail('plugin broke'); }, ",
				),
			),
		[`${article} → body: the Markdown could not be rendered; see the [ERROR] logged above`, 'plugin broke'],
	],
];

/** A line of a JavaScript stack trace, as Node prints it. */
const stackLine = /^\s+at .*(\(|file:\/\/|\/).*:\d+:\d+\)?$/m;

describe('a content mistake fails the build, says where and what, and writes no page', () => {
	it.each(cases)('%s', (_, breakContent, messages) => {
		const project = copyProject();
		try {
			breakContent(project.dir);
			const { status, output } = astroBuild(project.dir);
			expect(status, output).not.toBe(0);
			for (const message of messages) expect(output).toContain(message);
			// One message for the one mistake, and no stack trace to hide it.
			expect(output.split(messages[0]!).length - 1, output).toBe(1);
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

/**
 * Safe but unusual content, all in one build since none of it is a mistake:
 * ids, file names and titles in other scripts, an article of about 2 MB with
 * thousands of marked passages and Windows line endings, and YAML that starts
 * with a byte-order mark.
 */
describe('odd but valid content builds, renders and links up', () => {
	const claimId = 'тяжёлые-потери';
	const topics = [
		['sécurité-régionale', 'Sécurité régionale'],
		['지역-안보', '지역 안보 (regional security)'],
	] as const;
	const paragraphs = 4000;

	it('non-ASCII ids and titles, and a huge article', () => {
		const project = copyProject();
		try {
			const { dir } = project;
			for (const [id, name] of topics) {
				writeFileSync(
					join(dir, `content/topics/${id}.yaml`),
					`name: ${name}\nkind: subject\ndescription: A topic whose id and name are not in ASCII.\n`,
				);
			}
			writeFileSync(
				join(dir, `content/claims/${claimId}.yaml`),
				readFileSync(join(dir, claim), 'utf8')
					.replace(/^claim: .*$/m, 'claim: «Тяжёлые потери» — 대규모 사상자, déjà signalés.')
					.replace(/^topics: .*$/m, `topics: [${topics.map(([id]) => id).join(', ')}]`),
			);
			const paragraph = (i: number) =>
				`Paragraph ${i}: ${'Ordinary words of a very long article, repeated to make it large. '.repeat(6)}` +
				`:claim[Это отмеченный отрывок ${i}]{#${claimId}} and more words after it.`;
			edit(
				dir,
				article,
				(body) => `${body}\n${Array.from({ length: paragraphs }, (_, i) => paragraph(i + 1)).join('\n\n')}\n`,
			);

			edit(dir, article, (text) => text.replace(/\n/g, '\r\n'));
			edit(dir, claim, (text) => `\uFEFF${text}`);

			const { status, output } = astroBuild(dir);
			expect(status, output).toBe(0);
			const site = readSite(join(dir, 'dist'));
			const casualties = site.get('/claims/heavy-casualties/');
			expect(text(select(casualties!.tree, (el) => el.tagName === 'h1')[0]!)).toBe(
				readData('claims', 'heavy-casualties').claim,
			);

			const claimPage = site.get(`/claims/${claimId}/`);
			expect(claimPage, [...site.keys()].join(' ')).toBeDefined();
			expect(text(select(claimPage!.tree, (el) => el.tagName === 'h1')[0]!)).toBe(
				'«Тяжёлые потери» — 대규모 사상자, déjà signalés.',
			);
			for (const [id, name] of topics) {
				const topicPage = site.get(`/topics/${id}/`);
				expect(topicPage, id).toBeDefined();
				expect(text(select(topicPage!.tree, (el) => el.tagName === 'h1')[0]!)).toContain(name);
			}

			const articlePage = site.get('/articles/001-scraped-page/')!;
			const markers = select(articlePage.tree, hasClass('claim-marker')).filter(
				(el) => el.properties.dataClaim === claimId,
			);
			expect(markers).toHaveLength(paragraphs);
			expect(markers.at(-1)!.properties.id).toBe(`passage-${claimId}-${paragraphs}`);
			expect(articlePage.ids).toContain(`claim-${claimId}`);

			// Every link, percent-encoded or not, lands on a page and an element.
			expect(brokenLinks(site)).toEqual([]);
		} finally {
			project.remove();
		}
	}, 300_000); // a 2 MB article is a long build on a busy machine
});
