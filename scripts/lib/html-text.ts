import type { Element, ElementContent, Root, RootContent } from 'hast';
import { rehype } from 'rehype';
import type { PageHints } from '../../src/authoring/new-version.ts';

/** What a saved news page reads as: its text, one block a line, and what its markup says about it. */
export interface PageText {
	text: string;
	hints: PageHints;
	/** Whole elements left out as not the article's (navigation, scripts, footers…), with their words. */
	dropped: { element: string; text: string }[];
}

/** Elements that are never the article's words. */
const notText = new Set([
	'head',
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'iframe',
	'form',
	'button',
]);
/** Elements that hold the site's furniture rather than the article. */
const furniture = new Set(['nav', 'footer', 'aside']);
const blocks = new Set([
	'address',
	'article',
	'blockquote',
	'body',
	'dd',
	'div',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'html',
	'li',
	'main',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'tr',
	'ul',
]);

function classes(node: Element): string {
	const value = node.properties?.className;
	return Array.isArray(value) ? value.join(' ') : String(value ?? '');
}

function plain(node: Root | RootContent | ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' && node.tagName === 'br') return ' ';
	if (node.type === 'element' && notText.has(node.tagName)) return '';
	if (!('children' in node)) return '';
	const text = node.children.map(plain).join('');
	return node.type === 'element' && blocks.has(node.tagName) ? ` ${text} ` : text;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The text of a saved HTML page, one block a line: paragraphs and headings on
 * lines of their own, list items as "- " or "1. " lines, a list marked as tags
 * as "• " lines and one marked as references as "[n] " lines, the forms
 * `prepareVersion` recognises. Navigation, scripts, forms and footers are left
 * out and listed. The `<h1>` is the title and the `<h2>`…`<h6>` the headings.
 */
export function htmlToText(html: string): PageText {
	const tree = rehype().parse(html);
	const lines: string[] = [];
	const headings: string[] = [];
	const dropped: PageText['dropped'] = [];
	let title: string | undefined;
	let line = '';
	const end = () => {
		const text = squash(line);
		if (text) lines.push(text);
		line = '';
	};
	const walk = (node: Root | RootContent, list?: { kind: string; next: number }) => {
		if (node.type === 'text') {
			line += node.value;
			return;
		}
		if (node.type !== 'element' && node.type !== 'root') return;
		if (node.type === 'element') {
			const name = node.tagName;
			if (notText.has(name)) {
				if (name !== 'head' && squash(plain(node)))
					dropped.push({ element: name, text: squash(plain(node)) });
				return;
			}
			if (furniture.has(name)) {
				dropped.push({ element: name, text: squash(plain(node)) });
				return;
			}
			if (name === 'br') {
				line += ' ';
				return;
			}
			if (name === 'ul' || name === 'ol') {
				end();
				const kind = /\btags?\b/i.test(classes(node))
					? 'tags'
					: /\b(?:references|footnotes)\b/i.test(classes(node))
						? 'references'
						: name;
				const start = Number(node.properties?.start ?? 1);
				const state = { kind, next: Number.isFinite(start) ? start : 1 };
				for (const child of node.children) walk(child, state);
				end();
				return;
			}
			if (name === 'li') {
				end();
				const marker =
					list?.kind === 'tags'
						? '• '
						: list?.kind === 'references'
							? `[${list.next++}] `
							: list?.kind === 'ol'
								? `${list.next++}. `
								: '- ';
				line = marker;
				for (const child of node.children) walk(child);
				end();
				return;
			}
			if (/^h[1-6]$/.test(name)) {
				const text = squash(plain(node));
				if (name === 'h1') title ??= text;
				else if (text) headings.push(text);
			}
			if (blocks.has(name)) {
				end();
				for (const child of node.children) walk(child, list);
				end();
				return;
			}
		}
		for (const child of node.children) walk(child, list);
	};
	walk(tree);
	end();
	return { text: `${lines.join('\n')}\n`, hints: { ...(title ? { title } : {}), headings }, dropped };
}
