import type { ContentProblem } from '../loading/content-error';
import type { ContentSet, Entry } from '../loading/content-set';
import { fieldName } from '../loading/content-error';

/** What marks a value an author has still to write: the skeleton's `TODO`s, and any an author leaves. */
const placeholder = /\bTODO\b/;

/**
 * An HTML tag or comment: a record's text fields are plain text, shown as
 * written, so `<b>` would reach readers as the three characters.
 */
const markup = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|<!--/i;

/**
 * Every placeholder left in the content: a `TODO` in any field of any record,
 * or in an article's text, each with its file, its field or line, and what to
 * do. Nothing with one in it is published.
 *
 * @example placeholderProblems(content) // [{ file: 'content/articles/x.md', field: 'title', message: '…' }]
 */
export function placeholderProblems(content: ContentSet): ContentProblem[] {
	const problems = recordsOf(content).flatMap((entry) =>
		stringsIn(entry.data, placeholder).map(({ path, value }) => ({
			file: entry.filePath,
			field: fieldName(path),
			message: `“${shorten(value)}” is a placeholder; expected the real value, written in place of the TODO`,
		})),
	);
	for (const article of content.articles)
		for (const block of article.textBlocks) {
			const at = block.text.search(placeholder);
			if (at === -1) continue;
			const line =
				block.line === undefined ? undefined : block.line + block.text.slice(0, at).split('\n').length - 1;
			problems.push({
				file: article.filePath,
				field: `body, line ${line ?? '?'}`,
				message: `the text holds a placeholder (“${shorten(block.text.slice(at))}”); expected the version's own words`,
			});
		}
	return problems;
}

/**
 * HTML in any field of any record, which would show as written (an article's
 * text refuses it in the Markdown plugins), with its file, field and what to do.
 *
 * @example markupProblems(content) // [{ file: 'content/claims/x.yaml', field: 'rationale', message: '“<b>…” is HTML, …' }]
 */
export function markupProblems(content: ContentSet): ContentProblem[] {
	return recordsOf(content).flatMap((entry) =>
		stringsIn(entry.data, markup).map(({ path, value }) => ({
			file: entry.filePath,
			field: fieldName(path),
			message: `“${shorten(value.slice(value.search(markup)))}” is HTML, which a record's text shows as written; expected plain text`,
		})),
	);
}

/** Every record of the content, articles' frontmatter included. */
function recordsOf(content: ContentSet): Entry<unknown>[] {
	return [
		...content.articles,
		...content.claims,
		...content.evidence,
		...content.sources,
		...content.stories,
		...content.topics,
	];
}

/** Every string under `value` that `pattern` finds something in, with its path. */
function stringsIn(
	value: unknown,
	pattern: RegExp,
	path: (string | number)[] = [],
): { path: (string | number)[]; value: string }[] {
	if (typeof value === 'string') return pattern.test(value) ? [{ path, value }] : [];
	if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, pattern, [...path, i]));
	if (value !== null && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) => stringsIn(item, pattern, [...path, key]));
	return [];
}

function shorten(text: string, max = 60): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
