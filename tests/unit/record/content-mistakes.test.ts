import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verdicts } from '../../../src/schemas/verdict';
import { fixtureContent, projectRoot } from '../../helpers/astro';
import { contentMistakes } from '../../helpers/load-content';

/*
 * Each content mistake, made in a copy of the fixture content and loaded the
 * way a build loads it (tests/helpers/load-content.ts): the message must name
 * the file, the field or line (worked out from the edited file, never written
 * down) and what was expected, once. A build with one mistake of each kind
 * (tests/build/content-errors.test.ts) proves the build stops with these.
 */

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'content-'));
	cpSync(fixtureContent, join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Rewrites one file of the copy. */
function edit(file: string, change: (text: string) => string) {
	const path = join(root, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`The edit of ${file} changed nothing`);
	writeFileSync(path, after);
}

/** Rewrites one YAML record of the copy through its data, so the edit does not hang on its layout. */
function editYaml(file: string, change: (data: Record<string, any>) => void) {
	edit(file, (text) => {
		const data = yaml.load(text) as Record<string, any>;
		change(data);
		return yaml.dump(data, { lineWidth: -1 });
	});
}

/** The line, from 1, of the first match of `pattern` in a file of the copy. */
function lineOf(file: string, pattern: RegExp | string): number {
	const text = readFileSync(join(root, file), 'utf8');
	const index = typeof pattern === 'string' ? text.indexOf(pattern) : text.search(pattern);
	if (index < 0) throw new Error(`${pattern} is not in ${file}`);
	return text.slice(0, index).split('\n').length;
}

// Fixture records, each chosen for what it is (see tests/fixtures/site/content/).
const article = 'content/articles/first-report.md';
const otherVersion = 'retelling';
/** A claim the article marks, with a source cited for it; the words it marks. */
const markedClaim = 'crane-delivered';
const markedWords = 'The port has taken delivery of a new crane';
const claim = `content/claims/${markedClaim}.yaml`;
/** A claim only the article makes, judged on no evidence. */
const ownClaim = 'content/claims/crane-cost.yaml';
/** A source record that gives no address. */
const addresslessSource = 'content/sources/port-bulletin.yaml';
/** An evidence record with an archived copy. */
const archivedEvidence = 'content/evidence/gazette-crane-delivered.yaml';

/** Content mistakes, and the messages (file → field or line: what was expected) each must give. */
const cases: [string, () => string[]][] = [
	[
		'a missing field',
		() => {
			editYaml(claim, (data) => delete data.verdict);
			return [
				`${claim} → verdict: missing; expected one of: confirmed ("Confirmed by independent reports"), official-statement (`,
			];
		},
	],
	[
		'a field of the wrong type',
		() => {
			editYaml(claim, (data) => (data.topics = data.topics[0]));
			return [
				`${claim} → topics, line ${lineOf(claim, /^topics:/m)}: Invalid input: expected array, received string`,
			];
		},
	],
	[
		'a value outside its list',
		() => {
			editYaml(claim, (data) => (data.kind = 'rumour'));
			return [`${claim} → kind, line ${lineOf(claim, /^kind:/m)}: Invalid option: expected one of`];
		},
	],
	[
		'a claim no version makes',
		() => {
			editYaml(claim, (data) => (data.byVersion = []));
			return [
				`${claim} → byVersion, line ${lineOf(claim, /^byVersion:/m)}: expected an entry for each version that makes the claim`,
			];
		},
	],
	[
		'an unsafe URL',
		() => {
			edit(addresslessSource, (text) => `${text.replace(/\n*$/, '\n')}url: javascript:alert(1)\n`);
			return [
				`${addresslessSource} → url, line ${lineOf(addresslessSource, /^url:/m)}: expected an absolute http:// or https:// URL`,
			];
		},
	],
	[
		'an archived copy at an insecure address, captured on an impossible day',
		() => {
			// The line of the field the copy is under, as for a corrections entry.
			editYaml(archivedEvidence, (data) => {
				data.archived.url = data.archived.url.replace('https:', 'http:');
				data.archived.date = '2025-02-30';
			});
			return [
				`${archivedEvidence} → archived.url, line ${lineOf(archivedEvidence, /^archived:/m)}: expected the https:// address of the archived copy`,
				`${archivedEvidence} → archived.date, line ${lineOf(archivedEvidence, /^archived:/m)}: expected a real date in quotes`,
			];
		},
	],
	[
		'an archived copy of a source that gives no address',
		() => {
			editYaml(addresslessSource, (data) => {
				data.archived = {
					url: 'https://web.archive.org/web/2025/https://port.example/notes',
					date: '2025-03-10',
				};
			});
			return [
				`${addresslessSource} → archived, line ${lineOf(addresslessSource, /^archived:/m)}: expected the address as cited (\`url\`) beside an archived copy of it`,
			];
		},
	],
	[
		'an impossible date',
		() => {
			edit(article, (text) => text.replace(/^date: .*$/m, 'date: "2024-02-30"'));
			return [
				`${article} → date, line ${lineOf(article, /^date:/m)}: expected "undated" or a real date in quotes`,
			];
		},
	],
	[
		'an impossible date in a corrections entry',
		() => {
			edit(
				claim,
				(text) =>
					`${text.replace(/\n*$/, '\n')}corrections:\n  - date: "2025-02-30"\n    kind: clarification\n    change: A word was changed.\n    reason: It could be misread.\n`,
			);
			// The line of the field the entry is under, as an author's editor shows it.
			return [
				`${claim} → corrections[0].date, line ${lineOf(claim, /^corrections:/m)}: expected the date of the change in quotes, such as "2025-06-17"`,
			];
		},
	],
	[
		'an id listed twice',
		() => {
			editYaml(claim, (data) => data.topics.push(data.topics[0]));
			return [
				`${claim} → topics, line ${lineOf(claim, /^topics:/m)}: expected each id of content/topics/ at most once`,
			];
		},
	],
	[
		'a file that is not UTF-8 text',
		() => {
			// "Café" as Latin-1 writes it: one byte, 0xE9, where UTF-8 has two.
			const path = join(root, claim);
			const [before, after] = readFileSync(path, 'utf8').split(/(?<=^claim: .*)$/m);
			writeFileSync(
				path,
				Buffer.concat([Buffer.from(`${before} Caf`), Buffer.of(0xe9), Buffer.from(after!)]),
			);
			return [
				`${claim} → line ${lineOf(claim, /^claim: /m)}: the file is not UTF-8 text (byte 0xE9); expected UTF-8`,
			];
		},
	],
	[
		'an article that is not UTF-8 text',
		() => {
			const path = join(root, article);
			writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from('\nA café.\n', 'latin1')]));
			const lines = readFileSync(path).toString('latin1').split('\n');
			return [
				`${article} → line ${lines.findIndex((line) => line.includes('caf'))! + 1}: the file is not UTF-8 text (byte 0xE9)`,
			];
		},
	],
	[
		'two files with one id',
		() => {
			copyFileSync(join(root, claim), join(root, claim.replace('.yaml', '.yml')));
			return [
				`→ file name: the id "${markedClaim}" is already used by content/claims/${markedClaim}.y`,
				'; expected each id once',
			];
		},
	],
	[
		'a file name that is not an id',
		() => {
			copyFileSync(join(root, claim), join(root, 'content/claims/Not An Id.yaml'));
			return ['content/claims/Not An Id.yaml → file name: "Not An Id" is not a valid id'];
		},
	],
	[
		'a claim in a file no collection reads',
		() => {
			writeFileSync(join(root, 'content/claims/new-claim.json'), '{"claim": "A claim."}\n');
			return [
				'content/claims/new-claim.json → file name: content/claims/ reads only files ending .yaml or .yml',
			];
		},
	],
	[
		'a verdict its evidence does not bear out, unknown evidence and sources, and an entry for a version that does not make the claim',
		() => {
			editYaml(claim, (data) => {
				data.verdict = 'not-checkable';
				data.byVersion[0].sources.push('no-such-source');
			});
			editYaml(ownClaim, (data) => {
				(data.evidence ??= []).push({ item: 'no-such-evidence', bears: 'context', shows: 'Nothing.' });
				data.byVersion.push({ article: otherVersion, citation: 'no-citation', citationRationale: 'None.' });
			});
			const sources = (
				yaml.load(readFileSync(join(fixtureContent, claim.slice('content/'.length)), 'utf8')) as any
			).byVersion[0].sources.length;
			return [
				`${claim} → verdict, line ${lineOf(claim, /^verdict:/m)}: “${verdicts['not-checkable'].label}” ${verdicts['not-checkable'].rule}; but its kind is “event”`,
				`${claim} → byVersion[0].sources[${sources}], line ${lineOf(claim, 'no-such-source')}: unknown id "no-such-source"; expected one of the ids in content/sources/`,
				`${ownClaim} → evidence[0].item, line ${lineOf(ownClaim, 'no-such-evidence')}: unknown id "no-such-evidence"; expected one of the ids in content/evidence/`,
				`${ownClaim} → byVersion[1].article, line ${lineOf(ownClaim, `article: ${otherVersion}`)}: "${otherVersion}" does not mark this claim; expected entries only for the versions that make it`,
			];
		},
	],
	[
		'a wording note that says a change beside a faithful wording',
		() => {
			editYaml(claim, (data) => {
				data.byVersion[0].note = 'It drops the gazette’s hedge.';
			});
			return [
				`${claim} → byVersion[0].note, line ${lineOf(claim, 'note:')}: the note describes a change (“drops”) but the wording is judged “Faithful to the record”; expected a judgement that names the change, or a note that describes none`,
			];
		},
	],
	[
		'a changed wording with no note, and words the version does not use',
		() => {
			editYaml(claim, (data) => {
				data.byVersion[1].wording.judged = ['hardened'];
				data.byVersion[1].wording.words = 'The port’s new crane';
			});
			return [
				`${claim} → byVersion[1].wording.words, line ${lineOf(claim, 'words: The port’s new crane')}: “The port’s new crane” is not in the text of "${otherVersion}"; expected its words exactly as written, quote marks and all`,
				`${claim} → byVersion[1].note, line ${lineOf(claim, `article: ${otherVersion}`)}: the wording is judged “Tense or certainty hardened” but no note says how; expected a note describing the change`,
			];
		},
	],
	[
		'a placeholder left in a field and in the text',
		() => {
			edit(article, (text) =>
				text
					.replace(/^title: .*$/m, 'title: "TODO: the headline as published"')
					.replace('Dockers watched it arrive on a grey morning.', 'TODO: the last paragraph.'),
			);
			return [
				`${article} → title, line ${lineOf(article, 'title: ')}: “TODO: the headline as published” is a placeholder; expected the real value, written in place of the TODO`,
				`${article} → body, line ${lineOf(article, 'TODO: the last')}: the text holds a placeholder (“TODO: the last paragraph.”); expected the version's own words`,
			];
		},
	],
	[
		'HTML in a record’s text, which would show as written',
		() => {
			editYaml(claim, (data) => (data.rationale = `<b>Checked.</b> ${data.rationale}`));
			editYaml(addresslessSource, (data) => (data.note = `${data.note} <!-- ask the desk -->`));
			return [
				`${claim} → rationale, line ${lineOf(claim, /^rationale:/m)}: “<b>Checked.</b>`,
				`${addresslessSource} → note, line ${lineOf(addresslessSource, /^note:/m)}: “<!-- ask the desk -->” is HTML, which a record's text shows as written; expected plain text`,
			];
		},
	],
	[
		'a figure outside every marker of a sentence that marks a claim',
		() => {
			edit(article, (text) =>
				text.replace(
					':claim[It cost the port more than it planned]{#crane-cost}.',
					':claim[It cost the port more than it planned]{#crane-cost}, some 40,000 tonnes of steel.',
				),
			);
			return [
				`${article} → body, line ${lineOf(article, 'some 40,000 tonnes')}: "It cost the port more than it planned, some 40,000 tonnes of steel." carries a figure ("40,000") outside its claim markers`,
			];
		},
	],
	[
		'who makes a claim said by counting the versions',
		() => {
			editYaml(claim, (data) => {
				data.assertedBy = 'Both versions, in their own voice.';
			});
			return [
				`${claim} → assertedBy, line ${lineOf(claim, 'assertedBy:')}: “Both versions” counts the versions, which goes stale when a version is added`,
			];
		},
	],
	[
		'a not-found verdict with no recorded search',
		() => {
			editYaml(ownClaim, (data) => {
				delete data.searches;
			});
			return [
				`${ownClaim} → verdict, line ${lineOf(ownClaim, /^verdict:/m)}: “${verdicts['not-found'].label}” ${verdicts['not-found'].rule}; but no search is recorded; expected searches: [{ query, where, date, found }] for each search made`,
			];
		},
	],
	[
		'an article referencing an unknown source',
		() => {
			edit(article, (text) =>
				text.replace(/(references:\s*\n\s*-\s*(?:number: \d+\s*\n\s*)?source: )\S+/, '$1no-such-source'),
			);
			return [
				`${article} → references[0].source, line ${lineOf(article, 'no-such-source')}: unknown id "no-such-source"; expected one of the ids in content/sources/`,
			];
		},
	],
	[
		'a version that points nowhere',
		() => {
			edit(article, (text) => text.replace(/(versions:\s*\n\s*- )\S+/, '$1no-such-article'));
			return [
				`${article} → versions[0], line ${lineOf(article, 'no-such-article')}: unknown id "no-such-article"`,
			];
		},
	],
	[
		'a marker naming an unknown claim',
		() => {
			edit(article, (text) => text.replace(`{#${markedClaim}}`, '{#no-such-claim}'));
			return [
				`${article} → body, line ${lineOf(article, '{#no-such-claim}')} (claim marker): unknown claim id "no-such-claim"; did you mean`,
			];
		},
	],
	[
		'a check-worthy sentence in no claim marker',
		() => {
			edit(article, (text) => `${text}\nNHK reported that 30,000 more workers arrived in May.\n`);
			return [
				`${article} → body, line ${lineOf(article, 'NHK reported that 30,000')}: "NHK reported that 30,000 more workers arrived in May." carries a date ("May"), a figure ("30,000"), an attribution ("reported"), a named source ("NHK") and is in no claim marker`,
			];
		},
	],
	[
		'a marker without an id',
		() => {
			const line = lineOf(article, `{#${markedClaim}}`);
			edit(article, (text) => text.replace(`{#${markedClaim}}`, ''));
			return [`${article} → body, line ${line}: claim marker "${markedWords}" has no claim id`];
		},
	],
	[
		'a source no article cites',
		() => {
			writeFileSync(
				join(root, 'content/sources/orphan.yaml'),
				'outlet: Nobody\ntitle: Nothing\ncitedAs: Nothing\nnote: Not cited anywhere.\n',
			);
			return ['content/sources/orphan.yaml → id: no article cites this source'];
		},
	],
	[
		'raw HTML in an article',
		() => {
			edit(article, (text) => `${text}\n<script>alert(1)</script>\n`);
			return [
				`${article} → body, line ${lineOf(article, '<script>')}: raw HTML is not allowed in an article ("<script>alert(1)</script>"); expected plain Markdown`,
			];
		},
	],
	[
		'an event handler in an article',
		() => {
			edit(article, (text) => `${text}\nSee <img src=x onerror="alert(1)"> here.\n`);
			return [
				`${article} → body, line ${lineOf(article, '<img src=x')}: raw HTML is not allowed in an article ("<img src=x onerror=`,
			];
		},
	],
	[
		'a javascript: link in an article',
		() => {
			edit(article, (text) => `${text}\n[Read more](javascript:alert(1))\n`);
			return [
				`${article} → body, line ${lineOf(article, '[Read more]')}: the address "javascript:alert(1)" is not allowed`,
			];
		},
	],
	[
		'an image from another host in an article',
		() => {
			edit(article, (text) => `${text}\n![pixel](https://tracker.example/p.png)\n`);
			return [
				`${article} → body, line ${lineOf(article, '![pixel]')}: the image "https://tracker.example/p.png" is on another host`,
			];
		},
	],
	[
		'a claim marker on a line of its own',
		() => {
			edit(article, (text) => `${text}\n::claim[Words of a claim]{#${markedClaim}}\n`);
			return [
				`${article} → body, line ${lineOf(article, '::claim[')}: "::claim" is a block directive, which articles do not use`,
			];
		},
	],
	[
		'an empty article',
		() => {
			edit(article, (text) => text.replace(/\n---\n[\s\S]*$/, '\n---\n'));
			return [`${article} → body: the article has no text; expected Markdown after the frontmatter`];
		},
	],
];

describe('the fixture content', () => {
	it('loads with no mistake', async () => {
		expect(await contentMistakes(root)).toBe('');
	});
});

// The site's own content is built by `npm run build` (and by every deploy, after the tests), not by the tests.
describe('the site’s own content', () => {
	it('loads with no mistake a build would stop on', async () => {
		expect(await contentMistakes(projectRoot)).toBe('');
	});
});

describe('a content mistake is reported with its file, field or line, and what was expected', () => {
	it.each(cases)('%s', async (_, breakContent) => {
		const messages = breakContent();
		const output = await contentMistakes(root);
		for (const message of messages) {
			expect(output).toContain(message);
			expect(output.split(message).length - 1, output).toBe(1);
		}
	});
});
