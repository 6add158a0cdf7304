/**
 * Turning a received text into a new version's Markdown and frontmatter
 * skeleton, for `npm run new-version`. Pure: the script reads and writes the
 * files. Nothing here changes the author's words: a line is kept whole (only
 * Markdown's own characters are escaped, and a list or heading gets its
 * Markdown prefix), moved to the frontmatter (headlines, tags, references as
 * cited), or removed as page furniture, and every removal is listed for the
 * author to confirm.
 */

import type { Provenance } from '../schemas/provenance';

/** One line left out of the body, and why. */
export interface Removal {
	/** Line in the received text, from 1. */
	line: number;
	text: string;
	reason: string;
}

/** An item of the reference list, exactly as cited. */
export interface CitedReference {
	number?: number;
	citedAs: string;
}

/** What the page itself gives, recognised for the frontmatter. */
export interface Recognised {
	title?: string;
	kicker?: string;
	alternateHeadline?: string;
	tags: string[];
	referencesHeading?: string;
	references: CitedReference[];
}

export interface PreparedVersion {
	/** The article's Markdown body, with no claim markers yet. */
	markdown: string;
	recognised: Recognised;
	removals: Removal[];
}

/** Hints a structured page gives (an HTML page's `<h1>` and `<h2>`s), trusted over the line heuristics. */
export interface PageHints {
	title?: string;
	headings?: readonly string[];
}

const furniture =
	/^(?:skip to (?:main )?content|read (?:also|more)|latest(?: news| stories)?|related(?: articles| stories)?|more stories|share(?: this(?: article)?)?|advertisement|subscribe|sign in|menu)\s*:?$/i;
const referencesHeading =
	/^(?:[-*•]\s*)?(further reading|references|sources|bibliography|notes and references)\s*:?\s*$/i;
const numberedReference = /^\[(\d+)\]\s/;
const quotedTitle = /["“][^"”]+["”]/;
const bulletItem = /^[-*•]\s+/;
const numberedItem = /^(\d+)[.)]\s+/;
/** Longer than this, a line is body text, and the page's header is over. */
const headerEnd = 200;

/** Whether a line is written in title case: every word of four letters or more capitalised. */
export function isTitleCase(line: string): boolean {
	const words = line.split(/\s+/).filter(Boolean);
	const significant = words.filter(
		(word) => word.replace(/[^\p{L}]/gu, '').length > 3 && /^\p{L}/u.test(word),
	);
	return words.length >= 2 && significant.length > 0 && significant.every((word) => /^\p{Lu}/u.test(word));
}

function isHeadingLine(line: string): boolean {
	return line.length < 100 && !/[.!?,;:"”]$/.test(line) && isTitleCase(line);
}

/**
 * Escapes the characters Markdown would read as syntax, so the text renders
 * as written.
 *
 * @example escapeMarkdown('cited [1]') // 'cited \\[1\\]'
 */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\[\]*_<`]/g, '\\$&').replace(/^([#>+=|])/, '\\$1');
}

/**
 * Splits a run of numbered references ("[1] A, link[2] B, link") into items.
 *
 * @example splitReferences('[1] A, link[2] B').map((r) => r.number) // [1, 2]
 */
export function splitReferences(line: string): CitedReference[] {
	return line
		.split(/(?=\[\d+\]\s)/)
		.map((item) => item.trim())
		.filter(Boolean)
		.map((item) => ({ number: Number(numberedReference.exec(item)?.[1]), citedAs: item }));
}

/**
 * Reads a received text: recognises its headlines, tags and reference list,
 * removes page furniture and repeated lines, and writes the rest as Markdown,
 * one paragraph per line, list items kept as lists, title-case lines as
 * section headings, and a thematic break where text follows the references or
 * tags.
 */
export function prepareVersion(received: string, hints: PageHints = {}): PreparedVersion {
	const lines = joinHardWraps(
		received
			.replace(/^\uFEFF/, '')
			.replace(/\r\n?/g, '\n')
			.split('\n'),
	);
	// The header: the lines before the first line long enough to be body text.
	const firstBody = lines.findIndex((line) => line.trim().length > headerEnd);
	const bodyStart = firstBody === -1 ? lines.length : firstBody;
	const { recognised, removals, body } = sortLines(lines, bodyStart, headlinesOf(lines, bodyStart, hints));
	const blocks = markdownBlocks(body, new Set(hints.headings ?? []));
	// Only what the page has: a field it lacks is left out, not set to undefined.
	for (const field of ['title', 'kicker', 'alternateHeadline'] as const)
		if (recognised[field] === undefined) delete recognised[field];
	return { markdown: `${blocks.join('\n\n')}\n`, recognised, removals };
}

type Headlines = Pick<Recognised, 'title' | 'alternateHeadline' | 'kicker'>;

/**
 * The page's headlines, read from its header (the lines before `bodyStart`):
 * the title, a line the header repeats as the alternate headline, and a short
 * line or a question as the kicker.
 */
function headlinesOf(lines: readonly string[], bodyStart: number, hints: PageHints): Headlines {
	const headerLines = lines
		.map((line, i) => ({ text: line.trim(), i }))
		.filter(({ text, i }) => text !== '' && i < bodyStart && !furniture.test(text));
	const seen = new Map<string, number>();
	for (const { text } of headerLines) seen.set(text, (seen.get(text) ?? 0) + 1);
	// The headline: a title-case line of the header; failing that, its first line that is not a sentence
	// (a wire brief's headline is in sentence case), whatever its case.
	const title =
		hints.title ??
		headerLines.find(({ text }) => isTitleCase(text) && !/[.]$/.test(text))?.text ??
		headerLines.find(
			({ text }) => !/[.!?:]$/.test(text) && !bulletItem.test(text) && !numberedItem.test(text),
		)?.text;
	const alternateHeadline = headerLines.find(({ text }) => seen.get(text)! > 1 && text !== title)?.text;
	const kicker = headerLines.find(
		({ text }) =>
			text !== title &&
			text !== alternateHeadline &&
			(/\?$/.test(text) || (text.split(/\s+/).length <= 6 && !/[.!]$/.test(text) && !isTitleCase(text))),
	)?.text;
	return { title, alternateHeadline, kicker };
}

/** A line the body keeps, or `apparatus`: where a reference list or tag list stood. */
type BodyPart = { text: string; inHeader: boolean } | 'apparatus';

/**
 * Every line of the text sorted: page furniture and the headlines removed,
 * the reference list and tags moved to the frontmatter, each with the reason
 * it was left out of the body, and the rest kept for the body in order.
 */
function sortLines(
	lines: readonly string[],
	bodyStart: number,
	headlines: Headlines,
): { recognised: Recognised; removals: Removal[]; body: BodyPart[] } {
	const recognised: Recognised = { tags: [], references: [], ...headlines };
	const removals: Removal[] = [];
	const body: BodyPart[] = [];
	const remove = (i: number, reason: string) =>
		removals.push({ line: i + 1, text: lines[i]!.trim(), reason });
	const headlineSeen = new Set<string>();

	for (let i = 0; i < lines.length; i++) {
		const text = lines[i]!.trim();
		if (text === '') continue;
		const inHeader = i < bodyStart;
		if (furniture.test(text)) {
			remove(i, 'page furniture');
			continue;
		}
		if (inHeader && [recognised.title, recognised.kicker, recognised.alternateHeadline].includes(text)) {
			remove(i, headlineRemoval(text, recognised, headlineSeen.has(text)));
			headlineSeen.add(text);
			continue;
		}
		if (numberedReference.test(text)) {
			recognised.references.push(...splitReferences(text));
			remove(i, 'reference list, kept as cited in the frontmatter (references)');
			body.push('apparatus');
			continue;
		}
		const heading = referencesHeading.exec(text);
		if (heading && lines.slice(i + 1).some((line) => quotedTitle.test(line))) {
			recognised.referencesHeading = heading[1]!.replace(/\b\p{L}/gu, (letter, offset: number) =>
				offset === 0 ? letter.toUpperCase() : letter,
			);
			remove(i, 'heading of the reference list (referencesHeading)');
			let j = i + 1;
			for (; j < lines.length; j++) {
				const item = lines[j]!.trim();
				const reference = listedReference(item);
				if (!reference) break;
				recognised.references.push(reference);
				remove(j, 'reference list, kept as cited in the frontmatter (references)');
			}
			i = j - 1;
			body.push('apparatus');
			continue;
		}
		if (inTagList(text, lines[i - 1], lines[i + 1])) {
			recognised.tags.push(text.replace(/^•\s*/, ''));
			remove(i, 'tag list, kept in the frontmatter (tags)');
			body.push('apparatus');
			continue;
		}
		body.push({ text, inHeader });
	}
	return { recognised, removals, body };
}

/** Why a headline line of the header is left out of the body: it is in the frontmatter, or seen already. */
function headlineRemoval(text: string, headlines: Headlines, seen: boolean): string {
	const field =
		text === headlines.title ? 'title' : text === headlines.kicker ? 'kicker' : 'alternateHeadline';
	return seen ? `repeated headline (the ${field} again)` : `kept as ${field} in the frontmatter`;
}

/** An item of a reference list under its heading: a list item citing a quoted title, as cited. */
function listedReference(item: string): CitedReference | undefined {
	if (!quotedTitle.test(item) || !(bulletItem.test(item) || numberedItem.test(item))) return undefined;
	const number = numberedItem.exec(item)?.[1];
	return {
		...(number ? { number: Number(number) } : {}),
		citedAs: item.replace(bulletItem, '').replace(numberedItem, ''),
	};
}

/** Whether a line is one of a run of "•" lines, with the line before or after it: the page's tag list. */
function inTagList(text: string, before: string | undefined, after: string | undefined): boolean {
	return /^•/.test(text) && (/^\s*•/.test(after ?? '') || /^\s*•/.test(before ?? ''));
}

/**
 * The body's lines as Markdown blocks: runs of list items as one list, the
 * hinted and (below the header) title-case lines as headings, the rest as
 * paragraphs, and a thematic break where text follows a reference or tag list.
 */
function markdownBlocks(body: readonly BodyPart[], headingHints: ReadonlySet<string>): string[] {
	const blocks: string[] = [];
	let list: string[] = [];
	let listKind: 'bullet' | 'numbered' | undefined;
	let afterApparatus = false;
	const flushList = () => {
		if (list.length > 0) blocks.push(list.join('\n'));
		list = [];
		listKind = undefined;
	};
	const push = (block: string) => {
		flushList();
		blocks.push(block);
	};

	for (const part of body) {
		if (part === 'apparatus') {
			flushList();
			if (blocks.length > 0) afterApparatus = true;
			continue;
		}
		const { text, inHeader } = part;
		if (afterApparatus) {
			push('---');
			afterApparatus = false;
		}
		const numbered = numberedItem.exec(text);
		if (bulletItem.test(text) || numbered) {
			const kind = numbered ? 'numbered' : 'bullet';
			if (listKind !== kind) flushList();
			listKind = kind;
			list.push(
				numbered
					? `${numbered[1]}. ${escapeMarkdown(text.slice(numbered[0].length))}`
					: `- ${escapeMarkdown(text.replace(bulletItem, ''))}`,
			);
			continue;
		}
		if (headingHints.has(text) || (!inHeader && isHeadingLine(text))) {
			push(`## ${escapeMarkdown(text)}`);
			continue;
		}
		push(escapeMarkdown(text));
	}
	flushList();
	return blocks;
}

/**
 * Lines a text was hard-wrapped into, joined back into the line of their
 * paragraph: a line cut mid-sentence is continued by the next line of prose.
 * The joined lines are left empty, so every line keeps its number for the
 * list of removals.
 *
 * @example joinHardWraps(['Seoul says North Korea has sent', 'workers to Russia.']) // ['Seoul says North Korea has sent workers to Russia.', '']
 */
export function joinHardWraps(lines: readonly string[]): string[] {
	const joined = [...lines];
	const isProse = (line: string) =>
		line !== '' && !bulletItem.test(line) && !numberedItem.test(line) && !numberedReference.test(line);
	// A line cut mid-sentence: it ends on a comma or a word no sentence ends on, or the next line
	// carries on in lower case. A headline or a line that ends a sentence is never continued.
	const continues = (line: string, next: string) =>
		!isTitleCase(line) &&
		!/[.!?:;"”')\]]$/.test(line) &&
		(/(?:,|\b(?:that|in|of|the|a|an|to|and|or|but|for|with|on|at|by|from|as|its|their|his|her))$/i.test(
			line,
		) ||
			/^\p{Ll}/u.test(next));
	let open = -1;
	for (const [i, raw] of joined.entries()) {
		const line = raw.trim();
		if (open !== -1 && isProse(line)) {
			joined[open] = `${joined[open]!.trimEnd()} ${line}`;
			joined[i] = '';
		} else open = isProse(line) ? i : -1;
		const next = (lines[i + 1] ?? '').trim();
		if (open !== -1 && !(isProse(next) && continues(line, next))) open = -1;
	}
	return joined;
}

/** A YAML scalar that reads back as exactly this string. */
function quoted(text: string): string {
	return JSON.stringify(text);
}

export interface SkeletonOptions {
	story?: string;
	/** The name readers will know the version by; the provenance's, until the author says. */
	name: string;
	versions: readonly string[];
	provenance: Provenance;
	/** Existing sources by the words they are cited as, so a known reference gets its id. */
	sourcesByCitation: ReadonlyMap<string, string>;
}

/** The frontmatter of a new version: what was recognised, and `TODO` where only the author can say. */
export function frontmatterSkeleton(recognised: Recognised, options: SkeletonOptions): string {
	const lines = ['---', `title: ${quoted(recognised.title ?? 'TODO: the headline as published')}`];
	if (recognised.kicker) lines.push(`kicker: ${quoted(recognised.kicker)}`);
	if (recognised.alternateHeadline) lines.push(`alternateHeadline: ${quoted(recognised.alternateHeadline)}`);
	lines.push(
		'description: "TODO: one line of ours on what this version is"',
		`story: ${options.story ?? 'TODO-story-id'}`,
		`name: ${quoted(options.name)} # what readers call this version, read after "the"; unique within its story`,
		`provenance: ${options.provenance}`,
		'provenanceNote: "TODO: where the text came from, as far as is known"',
		'date: undated',
		'language: en',
		`tags: ${recognised.tags.length ? '' : '[]'}`,
		...recognised.tags.map((tag) => `  - ${quoted(tag)}`),
		'topics: [] # TODO: at least one topic id',
		`versions: ${options.versions.length ? '' : '[]'}`,
		...options.versions.map((id) => `  - ${id}`),
	);
	if (recognised.referencesHeading) lines.push(`referencesHeading: ${quoted(recognised.referencesHeading)}`);
	lines.push(`references: ${recognised.references.length ? '' : '[]'}`);
	for (const reference of recognised.references) {
		const known = options.sourcesByCitation.get(normaliseCitation(reference.citedAs));
		lines.push(
			`  - ${reference.number === undefined ? '' : `number: ${reference.number}\n    `}source: ${known ?? 'TODO-source-id'} # cited as: ${reference.citedAs}`,
		);
	}
	lines.push('---');
	return lines.map((line) => line.trimEnd()).join('\n');
}

/**
 * The id of an article already made from the same text, if any: received
 * texts compared word for word, case, spacing and punctuation aside.
 *
 * @example sameText('Workers go. Russia agrees.', new Map([['002-workers', 'workers go russia agrees']])) // '002-workers'
 */
export function sameText(received: string, originals: ReadonlyMap<string, string>): string | undefined {
	const words = textWords(received);
	for (const [id, text] of originals) if (textWords(text) === words) return id;
	return undefined;
}

function textWords(text: string): string {
	return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** A citation reduced for matching a source's `citedAs`: spaces collapsed. */
export function normaliseCitation(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Adds `id` to the `versions` list of an article's frontmatter, leaving every
 * other line as it is. Returns the text unchanged when it is listed already.
 *
 * @example addVersionLink('---\nversions: []\n---\n', 'b') // '---\nversions:\n  - b\n---\n'
 */
export function addVersionLink(source: string, id: string): string {
	const end = source.indexOf('\n---', 3);
	const head = source.slice(0, end);
	const match = /^versions:[^\S\n]*(\[[^\]\n]*\])?[^\S\n]*\n((?:[^\S\n]+-[^\n]*\n)*)/m.exec(head + '\n');
	if (!match) return `${head}\nversions:\n  - ${id}${source.slice(end)}`;
	const inline = match[1];
	const listed = inline
		? inline
				.slice(1, -1)
				.split(',')
				.map((item) => item.trim())
				.filter(Boolean)
		: match[2]!
				.split('\n')
				.map((item) => item.replace(/^\s*-\s*/, '').trim())
				.filter(Boolean);
	if (listed.includes(id)) return source;
	const block = `versions:\n${[...listed, id].map((item) => `  - ${item}`).join('\n')}\n`;
	return source.slice(0, match.index) + block + source.slice(match.index + match[0].length);
}
