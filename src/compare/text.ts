import type { BlockClaimSpan, TextBlock as RecordedBlock } from '../loading/marked-text';
import { sentencesOfBlocks, type BlockSentence } from './sentences';

/**
 * An article's text as the comparison reads it: the blocks the site's Markdown
 * pipeline recorded while rendering it (`src/markdown/remark-claim-markers.ts`),
 * so whatever the plugin reads as a claim marker, the comparison reads the
 * same way, and no Markdown is parsed here.
 */

/** Where one claim is marked in a block's plain text (`start`…`end`, end exclusive). */
export type ClaimSpan = BlockClaimSpan;

export type BlockKind = RecordedBlock['kind'];

/** One block of an article as plain text. */
export interface TextBlock {
	kind: BlockKind;
	/** The words as a reader sees them, on one line: markers, escapes and emphasis removed. */
	text: string;
	claims: ClaimSpan[];
	/** For list items that open with a `Label:`, the label's length in `text` (0 when none). */
	labelLength: number;
}

/** A text's blocks and its sentences, numbered in text order: what the alignment and the claims matrix read. */
export interface ReadText {
	blocks: TextBlock[];
	sentences: BlockSentence[];
}

const itemLabel = /^([\p{Lu}\d][^:.!?]{0,60}):\s/u;

/**
 * Reads the blocks the Markdown pipeline recorded: each block's spaces and
 * line breaks collapsed to single spaces (with its claim spans moved along),
 * a list item's leading label measured, and the sentences split once.
 *
 * @example readText(entry.textBlocks).blocks.map((b) => b.text) // ['Title', 'One two.']
 */
export function readText(recorded: readonly Pick<RecordedBlock, 'kind' | 'text' | 'claims'>[]): ReadText {
	const blocks = recorded
		.map((block): TextBlock => {
			const { text, claims } = collapseSpaces(block.text, block.claims);
			const label = block.kind === 'item' ? itemLabel.exec(text) : null;
			return { kind: block.kind, text, claims, labelLength: label?.[1]?.length ?? 0 };
		})
		.filter((block) => block.text !== '');
	return { blocks, sentences: sentencesOfBlocks(blocks) };
}

/** The white space a browser folds into one space; a no-break space is kept, as it is on the page. */
const foldable = /[ \t\r\n]/;

/**
 * A text with each run of white space made one space and the ends trimmed,
 * as a reader sees it on the page, with spans in it moved to the same words.
 *
 * @example collapseSpaces(' a\n  b', [{ claimId: 'x', start: 5, end: 6 }]) // { text: 'a b', claims: [{ claimId: 'x', start: 2, end: 3 }] }
 */
export function collapseSpaces(
	raw: string,
	spans: readonly ClaimSpan[],
): { text: string; claims: ClaimSpan[] } {
	// map[i]: where the character at i of the raw text lands in the collapsed one.
	const map: number[] = [];
	let text = '';
	for (let i = 0; i < raw.length; i++) {
		map.push(text.length);
		const char = raw.charAt(i);
		if (!foldable.test(char)) text += char;
		else if (text !== '' && !foldable.test(raw[i + 1] ?? ' ')) text += ' ';
	}
	map.push(text.length);
	// A span starts and ends on its words, not on the space around them.
	const claims = spans.map((span) => {
		let start = map[span.start]!;
		let end = map[span.end]!;
		while (start < end && text[start] === ' ') start++;
		while (end > start && text[end - 1] === ' ') end--;
		return { ...span, start, end };
	});
	return { text, claims };
}
