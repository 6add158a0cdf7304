import type { Nodes, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** Blocks whose text runs together as one line of prose. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell']);

/** After these, a quote opens rather than closes. */
const opensAfter = /[\s([{\u2014\u2013-]/;

const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * Curly quotes, dashes and ellipses in prose, in one pass over its text.
 *
 * Astro's default typography pass (remark-smartypants, through retext) costs
 * about as much per article as parsing the Markdown; these few substitutions
 * are all our articles need, so the site turns that pass off and runs this one.
 * Code is left alone: only text nodes change.
 *
 * - `"` and `'` open after a space, a bracket or a dash (or at the start of a
 *   block) and close otherwise; `'` between letters or before a year (`'90s`)
 *   is an apostrophe.
 * - `---` and `--` become an em dash; `...` becomes an ellipsis.
 *
 * @example 'He said "it\'s 25,000" -- maybe...' // 'He said “it’s 25,000” — maybe…'
 */
export default function remarkTypography() {
	return (tree: Root) => {
		visit(tree, (node: Nodes) => {
			if (!proseBlocks.has(node.type)) return;
			// Quotes are decided by the character before them, which may sit in the
			// previous text node (before an emphasis or a claim marker), so the
			// block's text nodes are read in order with that character carried over.
			let before = ' ';
			visit(node, 'text', (text: Text) => {
				text.value = smarten(text.value, before);
				before = text.value.at(-1) ?? before;
			});
			return 'skip';
		});
	};
}

/**
 * Applies the substitutions to one run of text, given the character before it.
 *
 * @example smarten('"Yes," she said', ' ') // '“Yes,” she said'
 */
export function smarten(value: string, before = ' '): string {
	const text = value.replace(/-{2,3}/g, '\u2014').replace(/\.\.\./g, '\u2026');
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (char !== '"' && char !== "'") {
			out += char;
			continue;
		}
		const previous = i === 0 ? before : text[i - 1]!;
		const next = text[i + 1] ?? '';
		const opens = opensAfter.test(previous);
		if (char === '"') out += opens ? '\u201c' : '\u201d';
		else if (letterOrDigit.test(previous) && letterOrDigit.test(next)) out += '\u2019';
		else if (opens && /^\d\ds\b/.test(text.slice(i + 1, i + 5))) out += '\u2019';
		else out += opens ? '\u2018' : '\u2019';
	}
	return out;
}
