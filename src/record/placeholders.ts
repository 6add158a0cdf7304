import type { ContentProblem } from '../loading/content-error';
import type { ContentSet, Entry } from '../loading/content-set';
import { fieldName } from '../loading/content-error';

/** What marks a value an author has still to write: the skeleton's `TODO`s, and any an author leaves. */
const placeholder = /\bTODO\b/;

/**
 * Every placeholder left in the content: a `TODO` in any field of any record,
 * or in an article's text, each with its file, its field or line, and what to
 * do. Nothing with one in it is published.
 *
 * @example placeholderProblems(content) // [{ file: 'content/articles/x.md', field: 'title', message: '…' }]
 */
export function placeholderProblems(content: ContentSet): ContentProblem[] {
	const records: Entry<unknown>[] = [
		...content.articles,
		...content.claims,
		...content.evidence,
		...content.sources,
		...content.stories,
		...content.topics,
	];
	const problems = records.flatMap((entry) =>
		placeholdersIn(entry.data).map(({ path, value }) => ({
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

/** Every string under `value` that holds a placeholder, with its path. */
function placeholdersIn(
	value: unknown,
	path: (string | number)[] = [],
): { path: (string | number)[]; value: string }[] {
	if (typeof value === 'string') return placeholder.test(value) ? [{ path, value }] : [];
	if (Array.isArray(value)) return value.flatMap((item, i) => placeholdersIn(item, [...path, i]));
	if (value !== null && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) => placeholdersIn(item, [...path, key]));
	return [];
}

function shorten(text: string, max = 60): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
