/**
 * Reading an article's Markdown as plain text for comparison: its blocks
 * (paragraphs, headings, list items) with the claim markers reduced to their
 * words, and where in that text each claim was marked.
 *
 * A line-level reading is enough here, and keeps this module free of the
 * Markdown pipeline: the site's plugins already refuse raw HTML, and the
 * comparison needs only the words, their order, and the claim spans.
 */

/** Where one claim is marked in a block's plain text (`start`…`end`, end exclusive). */
export interface ClaimSpan {
	claimId: string;
	start: number;
	end: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'item';

/** One block of an article as plain text. */
export interface TextBlock {
	kind: BlockKind;
	/** The words as a reader sees them: markers, escapes and emphasis removed. */
	text: string;
	claims: ClaimSpan[];
	/** For list items that open with a `Label:`, the label's length in `text` (0 when none). */
	labelLength: number;
}

const headingLine = /^#{1,6}\s+/;
const itemLine = /^(?:[-*+]|\d+[.)])\s+/;
const thematicBreak = /^(?:-{3,}|\*{3,}|_{3,})\s*$/;

/**
 * Splits a Markdown body into blocks: each paragraph, heading and list item
 * is one block. Thematic breaks are left out.
 *
 * @example readBlocks('# Title\n\nOne :claim[two]{#x}.').map((b) => b.text) // ['Title', 'One two.']
 */
export function readBlocks(markdown: string): TextBlock[] {
	const blocks: TextBlock[] = [];
	let lines: string[] = [];
	let kind: BlockKind = 'paragraph';
	const flush = () => {
		if (lines.length > 0) blocks.push(plainBlock(kind, lines.join(' ')));
		lines = [];
		kind = 'paragraph';
	};
	for (const raw of markdown.split(/\r?\n/)) {
		const line = raw.trim();
		if (line === '' || thematicBreak.test(line)) {
			flush();
		} else if (headingLine.test(line)) {
			flush();
			blocks.push(plainBlock('heading', line.replace(headingLine, '').replace(/\s#+$/, '')));
		} else if (itemLine.test(line)) {
			flush();
			kind = 'item';
			lines.push(line.replace(itemLine, ''));
		} else {
			lines.push(line);
		}
	}
	flush();
	return blocks.filter((block) => block.text !== '');
}

function plainBlock(kind: BlockKind, markdown: string): TextBlock {
	const { text, claims } = stripMarkers(markdown);
	const label = kind === 'item' ? /^([\p{Lu}\d][^:.!?]{0,60}):\s/u.exec(text) : null;
	return { kind, text, claims, labelLength: label ? label[1]!.length : 0 };
}

/**
 * Removes `:claim[words]{#id}` syntax, keeping the words and recording where
 * they are; also unescapes `\[`, drops emphasis marks and keeps link text.
 *
 * @example stripMarkers('A :claim[b c]{#x} d').claims // [{ claimId: 'x', start: 2, end: 5 }]
 */
export function stripMarkers(markdown: string): { text: string; claims: ClaimSpan[] } {
	let text = '';
	const claims: ClaimSpan[] = [];
	const open: { start: number; depth: number }[] = [];
	let depth = 0;
	for (let i = 0; i < markdown.length; i++) {
		const char = markdown[i]!;
		if (char === '\\' && i + 1 < markdown.length) {
			text += markdown[++i];
		} else if (markdown.startsWith(':claim[', i)) {
			open.push({ start: text.length, depth: ++depth });
			i += ':claim['.length - 1;
		} else if (char === '[') {
			depth++;
			const link = /^\[([^\]]*)\]\([^)]*\)/.exec(markdown.slice(i));
			if (link) {
				text += link[1];
				i += link[0].length - 1;
				depth--;
			} else text += char;
		} else if (char === ']') {
			const marker = open.at(-1);
			const attributes = /^\]\{#([^}\s]+)\}/.exec(markdown.slice(i));
			if (marker && marker.depth === depth && attributes) {
				open.pop();
				claims.push({ claimId: attributes[1]!, start: marker.start, end: text.length });
				i += attributes[0].length - 1;
			} else text += char;
			depth--;
		} else if (
			char === '*' ||
			(char === '_' &&
				!(/[\p{L}\p{N}]/u.test(markdown[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(markdown[i + 1] ?? '')))
		) {
			// Emphasis marks carry no words.
		} else {
			text += char;
		}
	}
	return { text: text.replace(/\s+/g, ' ').trim(), claims: trimSpans(text, claims) };
}

/** Spans shifted to the whitespace-collapsed, trimmed text. */
function trimSpans(raw: string, spans: ClaimSpan[]): ClaimSpan[] {
	const map: number[] = [];
	let out = 0;
	let leading = true;
	for (let i = 0; i <= raw.length; i++) {
		map.push(out);
		const char = raw[i];
		if (char === undefined) break;
		const space = /\s/.test(char);
		if (space && (leading || /\s/.test(raw[i + 1] ?? ' '))) continue;
		leading = false;
		out++;
	}
	return spans.map((span) => ({ ...span, start: map[span.start]!, end: map[span.end]! }));
}

const stopWords = new Set(
	(
		'a an the and or but of to in on at by for with from as is are was were be been being it its this that these ' +
		'those their there they them he she his her we our you your will would can could may might shall should has ' +
		'have had do does did not no so than then also into about over after before while which who whom what when where ' +
		'such very more most some any all both each other own same just only even up out if because through during'
	).split(' '),
);

/**
 * A number written with thousands separators: "25,000", "25 000" (also with a
 * no-break or thin space), "1,000,000". The first group has one to three digits.
 */
export const groupedDigits = /(?<![\d,.])\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\d]|[,.]\d)/g;

/**
 * The words of a text, lower-cased, punctuation and citation numbers removed.
 *
 * @example words("Russia's drones [1], 25,000 of them.") // ['russia', 'drones', '25000', 'of', 'them']
 */
export function words(text: string): string[] {
	return (
		text
			.replace(/\[\d+\]/g, ' ')
			.toLowerCase()
			.replace(groupedDigits, (digits) => digits.replace(/\D/g, ''))
			.replace(/['’]s\b/g, '')
			.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []
	);
}

/**
 * A word reduced to a rough stem: plural and verb endings dropped, then cut to
 * its first five letters, so "operations"/"operating" and "Korea"/"Koreans"
 * meet. Deliberately crude: it only has to make near-forms equal for scoring,
 * and truncation does that better than suffix rules on reworded news copy.
 *
 * @example stem('vehicles') // 'vehic'
 */
export function stem(word: string): string {
	if (word.length <= 3 || /\d/.test(word)) return word;
	return word
		.replace(/(?:ies|ing|ed|es|s)$/, '')
		.replace(/e$/, '')
		.slice(0, 5);
}

/** The content words of a text (stop words dropped), stemmed: what similarity is scored on. */
export function contentWords(text: string): string[] {
	return words(text)
		.filter((word) => !stopWords.has(word))
		.map(stem);
}

/** A text reduced for an equality test: "kept" means these are equal. */
export function normalise(text: string): string {
	return words(text).join(' ');
}
