import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, copyProject } from '../helpers/astro';
import yaml from 'js-yaml';
import { projectRoot } from '../helpers/astro';
import { readContentSet } from '../helpers/content';
import { verdicts } from '../../src/schemas/verdict';
import { brokenLinks, hasClass, readSite, select, text, walk } from '../helpers/dist';

/** Rewrites one file of the copied project. */
function edit(dir: string, file: string, change: (text: string) => string) {
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`The edit of ${file} changed nothing`);
	writeFileSync(path, after);
}

/** Rewrites one YAML record of the copied project through its data, so the edit does not hang on its layout. */
function editYaml(dir: string, file: string, change: (data: Record<string, any>) => void) {
	edit(dir, file, (text) => {
		const data = yaml.load(text) as Record<string, any>;
		change(data);
		return yaml.dump(data, { lineWidth: -1 });
	});
}

/** The line, from 1, of the first match of `pattern` in a file of the copied project. */
function lineOf(dir: string, file: string, pattern: RegExp | string): number {
	const text = readFileSync(join(dir, file), 'utf8');
	const index = typeof pattern === 'string' ? text.indexOf(pattern) : text.search(pattern);
	if (index < 0) throw new Error(`${pattern} is not in ${file}`);
	return text.slice(0, index).split('\n').length;
}

const content = readContentSet();
const article = 'content/articles/001-scraped-page.md';
const articleId = '001-scraped-page';
const otherVersion = content.articles.find((entry) => entry.id === articleId)!.data.versions[0]!;
const marks = (id: string, claimId: string) =>
	content.articles.find((entry) => entry.id === id)!.markers.some((marker) => marker.claimId === claimId);
/** A claim this article marks in its text, and the words it marks. */
const [, markedWords = '', markedClaim = ''] =
	/:claim\[([^\]]+)\]\{#([^}\s]+)\}/.exec(
		readFileSync(join(projectRoot, article), 'utf8').split(/\n---\n/)[1]!,
	) ?? [];
const claim = `content/claims/${markedClaim}.yaml`;
/** A source record that gives no address, to give it a bad one. */
const addresslessSource = content.sources.find((entry) => entry.data.url === undefined)!;

/**
 * Claims to break the rules that look across records, each in its own way so
 * each gives one message. Picked from the content, so they follow its edits.
 */
const claimFile = (id: string) => `content/claims/${id}.yaml`;
const checkable = content.claims.find((entry) => !['opinion', 'forecast'].includes(entry.data.kind))!;
const others = content.claims.filter((entry) => entry !== checkable);
const withCitedSource = others.find((entry) =>
	entry.data.byVersion.some((version) => version.citation !== 'no-citation' && version.sources.length > 0),
)!;
const inOneVersion = others.find(
	(entry) => entry !== withCitedSource && marks(articleId, entry.id) && !marks(otherVersion, entry.id),
)!;
const anyOther = others.find((entry) => entry !== withCitedSource && entry !== inOneVersion)!;

/**
 * Content mistakes, one per build so each must be named on its own: what is
 * broken, and the messages (file → field or line: what was expected) the
 * build must stop with, worked out from the broken file. The first `mistakes`
 * messages (one unless told) are each a mistake's own line, and each must be
 * printed once.
 */
const cases: [string, (dir: string) => string[], number?][] = [
	[
		'a YAML syntax error',
		(dir) => {
			edit(dir, claim, (text) => text.replace(/^claim: /m, 'claim: [unclosed '));
			return [
				`${claim} → line ${lineOf(dir, claim, /^claim: /m) + 1}: the YAML does not parse (`,
				'); expected valid YAML',
			];
		},
	],
	[
		'a missing field',
		(dir) => {
			editYaml(dir, claim, (data) => delete data.verdict);
			return [
				`${claim} → verdict: missing; expected one of: confirmed ("Confirmed by independent reports"), official-statement (`,
			];
		},
	],
	[
		'a field of the wrong type',
		(dir) => {
			editYaml(dir, claim, (data) => (data.topics = data.topics[0]));
			return [
				`${claim} → topics, line ${lineOf(dir, claim, /^topics:/m)}: Invalid input: expected array, received string`,
			];
		},
	],
	[
		'a value outside its list',
		(dir) => {
			editYaml(dir, claim, (data) => (data.kind = 'rumour'));
			return [`${claim} → kind, line ${lineOf(dir, claim, /^kind:/m)}: Invalid option: expected one of`];
		},
	],
	[
		'a claim no version makes',
		(dir) => {
			editYaml(dir, claim, (data) => (data.byVersion = []));
			return [
				`${claim} → byVersion, line ${lineOf(dir, claim, /^byVersion:/m)}: expected an entry for each version that makes the claim`,
			];
		},
	],
	[
		'an unsafe URL',
		(dir) => {
			const file = addresslessSource.filePath;
			edit(dir, file, (text) => `${text.replace(/\n*$/, '\n')}url: javascript:alert(1)\n`);
			return [
				`${file} → url, line ${lineOf(dir, file, /^url:/m)}: expected an absolute http:// or https:// URL`,
			];
		},
	],
	[
		'an impossible date',
		(dir) => {
			edit(dir, article, (text) => text.replace(/^date: .*$/m, 'date: "2024-02-30"'));
			return [
				`${article} → date, line ${lineOf(dir, article, /^date:/m)}: expected "undated" or a real date in quotes`,
			];
		},
	],
	[
		'a verdict its evidence does not bear out, unknown evidence and sources, and an entry for a version that does not make the claim',
		(dir) => {
			editYaml(dir, claimFile(checkable.id), (data) => (data.verdict = 'not-checkable'));
			const sourceAt = withCitedSource.data.byVersion.findIndex(
				(version) => version.citation !== 'no-citation' && version.sources.length > 0,
			);
			editYaml(dir, claimFile(withCitedSource.id), (data) =>
				data.byVersion[sourceAt].sources.push('no-such-source'),
			);
			editYaml(dir, claimFile(anyOther.id), (data) =>
				(data.evidence ??= []).push({ item: 'no-such-evidence', bears: 'context' }),
			);
			editYaml(dir, claimFile(inOneVersion.id), (data) =>
				data.byVersion.push({
					article: otherVersion,
					citation: 'no-citation',
					citationRationale: 'It cites nothing.',
				}),
			);
			return [
				`${claimFile(checkable.id)} → verdict: “${verdicts['not-checkable'].label}” ${verdicts['not-checkable'].rule}; but its kind is “${checkable.data.kind}”`,
				`${claimFile(withCitedSource.id)} → byVersion[${sourceAt}].sources[${withCitedSource.data.byVersion[sourceAt]!.sources.length}]: unknown id "no-such-source"; expected one of the ids in content/sources/`,
				`${claimFile(anyOther.id)} → evidence[${anyOther.data.evidence.length}].item: unknown id "no-such-evidence"; expected one of the ids in content/evidence/`,
				`${claimFile(inOneVersion.id)} → byVersion[${inOneVersion.data.byVersion.length}].article: "${otherVersion}" does not mark this claim; expected entries only for the versions that make it`,
			];
		},
		4,
	],
	[
		'an article referencing an unknown source',
		(dir) => {
			edit(dir, article, (text) =>
				text.replace(/(references:\s*\n\s*-\s*(?:number: \d+\s*\n\s*)?source: )\S+/, '$1no-such-source'),
			);
			return [
				`${article} → references[0].source: unknown id "no-such-source"; expected one of the ids in content/sources/`,
			];
		},
	],
	[
		'a version that points nowhere',
		(dir) => {
			edit(dir, article, (text) => text.replace(/(versions:\s*\n\s*- )\S+/, '$1no-such-article'));
			return [`${article} → versions[0]: unknown id "no-such-article"`];
		},
	],
	[
		'a marker naming an unknown claim',
		(dir) => {
			edit(dir, article, (text) => text.replace(`{#${markedClaim}}`, '{#no-such-claim}'));
			return [
				`${article} → body, line ${lineOf(dir, article, '{#no-such-claim}')} (claim marker): unknown claim id "no-such-claim"; did you mean`,
			];
		},
	],
	[
		'a check-worthy sentence in no claim marker',
		(dir) => {
			edit(dir, article, (text) => `${text}\nNHK reported that 30,000 more workers arrived in May.\n`);
			return [
				`${article} → body, line ${lineOf(dir, article, 'NHK reported that 30,000')}: "NHK reported that 30,000 more workers arrived in May." carries a date ("May"), a figure ("30,000"), an attribution ("reported"), a named source ("NHK") and is in no claim marker`,
			];
		},
	],
	[
		'a marker without an id',
		(dir) => {
			const line = lineOf(dir, article, `{#${markedClaim}}`);
			edit(dir, article, (text) => text.replace(`{#${markedClaim}}`, ''));
			return [`${article} → body, line ${line}: claim marker "${markedWords}" has no claim id`];
		},
	],
	[
		'two files with one id',
		(dir) => {
			copyFileSync(join(dir, claim), join(dir, claim.replace('.yaml', '.yml')));
			return [
				`→ file name: the id "${markedClaim}" is already used by content/claims/${markedClaim}.y`,
				`content/claims/${markedClaim}.y`,
				'; expected each id once',
			];
		},
	],
	[
		'a file name that is not an id',
		(dir) => {
			copyFileSync(join(dir, claim), join(dir, 'content/claims/Not An Id.yaml'));
			return ['content/claims/Not An Id.yaml → file name: "Not An Id" is not a valid id'];
		},
	],
	[
		'a claim in a file no collection reads',
		(dir) => {
			writeFileSync(join(dir, 'content/claims/new-claim.json'), '{"claim": "A claim."}\n');
			return [
				'content/claims/new-claim.json → file name: content/claims/ reads only files ending .yaml or .yml',
			];
		},
	],
	[
		'an id listed twice',
		(dir) => {
			editYaml(dir, claim, (data) => data.topics.push(data.topics[0]));
			return [
				`${claim} → topics, line ${lineOf(dir, claim, /^topics:/m)}: expected each id of content/topics/ at most once`,
			];
		},
	],
	[
		'a source no article cites',
		(dir) => {
			writeFileSync(
				join(dir, 'content/sources/orphan.yaml'),
				'outlet: Nobody\ntitle: Nothing\ncitedAs: Nothing\nnote: Not cited anywhere.\n',
			);
			return ['content/sources/orphan.yaml → id: no article cites this source'];
		},
	],
	[
		'raw HTML in an article',
		(dir) => {
			edit(dir, article, (text) => `${text}\n<script>alert(1)</script>\n`);
			return [
				`${article} → body, line ${lineOf(dir, article, '<script>')}: raw HTML is not allowed in an article ("<script>alert(1)</script>"); expected plain Markdown`,
			];
		},
	],
	[
		'an event handler in an article',
		(dir) => {
			edit(dir, article, (text) => `${text}\nSee <img src=x onerror="alert(1)"> here.\n`);
			return [
				`${article} → body, line ${lineOf(dir, article, '<img src=x')}: raw HTML is not allowed in an article ("<img src=x onerror=`,
			];
		},
	],
	[
		'a javascript: link in an article',
		(dir) => {
			edit(dir, article, (text) => `${text}\n[Read more](javascript:alert(1))\n`);
			return [
				`${article} → body, line ${lineOf(dir, article, '[Read more]')}: the address "javascript:alert(1)" is not allowed`,
			];
		},
	],
	[
		'an image from another host in an article',
		(dir) => {
			edit(dir, article, (text) => `${text}\n![pixel](https://tracker.example/p.png)\n`);
			return [
				`${article} → body, line ${lineOf(dir, article, '![pixel]')}: the image "https://tracker.example/p.png" is on another host`,
			];
		},
	],
	[
		'a claim marker on a line of its own',
		(dir) => {
			edit(dir, article, (text) => `${text}\n::claim[Words of a claim]{#${markedClaim}}\n`);
			return [
				`${article} → body, line ${lineOf(dir, article, '::claim[')}: "::claim" is a block directive, which articles do not use`,
			];
		},
	],
	[
		'an empty article',
		(dir) => {
			edit(dir, article, (text) => text.replace(/\n---\n[\s\S]*$/, '\n---\n'));
			return [`${article} → body: the article has no text; expected Markdown after the frontmatter`];
		},
	],
	[
		'a Markdown plugin that fails on an article',
		(dir) => {
			edit(dir, 'src/markdown/plugins.ts', (text) =>
				text.replace(
					'export const rehypePlugins: RehypePlugins = [',
					"export const rehypePlugins: RehypePlugins = [() => (_tree, file) => { if (String(file.path).includes('001-')) file.fail('plugin broke'); }, ",
				),
			);
			return [
				`${article} → body: the Markdown could not be rendered; see the [ERROR] logged above`,
				'plugin broke',
			];
		},
	],
];

/** A line of a JavaScript stack trace, as Node prints it. */
const stackLine = /^\s+at .*(\(|file:\/\/|\/).*:\d+:\d+\)?$/m;

describe('a content mistake fails the build, says where and what, and writes no page', () => {
	it.each(cases)('%s', (_, breakContent, mistakes = 1) => {
		const project = copyProject();
		try {
			const messages = breakContent(project.dir);
			const { status, output } = astroBuild(project.dir);
			expect(status, output).not.toBe(0);
			for (const message of messages) expect(output).toContain(message);
			// One message for each mistake, and no stack trace to hide it.
			for (const message of messages.slice(0, mistakes))
				expect(output.split(message).length - 1, output).toBe(1);
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
			const copied = yaml.load(readFileSync(join(dir, claim), 'utf8')) as Record<string, any>;
			writeFileSync(
				join(dir, `content/claims/${claimId}.yaml`),
				yaml.dump({
					...copied,
					claim: '«Тяжёлые потери» — 대규모 사상자, déjà signalés.',
					topics: topics.map(([id]) => id),
					// Only the huge article marks the new claim.
					byVersion: copied.byVersion.filter((entry: { article: string }) => entry.article === articleId),
				}),
			);
			const paragraph = (i: number) =>
				// The paragraph's number is in the marked sentence: a figure outside a marker would need review.
				`${'Ordinary words of a very long article, repeated to make it large. '.repeat(6)}` +
				`Paragraph ${i}: :claim[Это отмеченный отрывок ${i}]{#${claimId}} and more words after it.`;
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
			// The record that starts with a byte-order mark reads as without it.
			const marked = site.get(`/claims/${markedClaim}/`);
			expect(text(select(marked!.tree, (el) => el.tagName === 'h1')[0]!)).toBe(
				content.claims
					.find((entry) => entry.id === markedClaim)!
					.data.claim.trim()
					.replace(/\s+/g, ' '),
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
