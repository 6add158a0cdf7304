import { AstroError } from 'astro/errors';

/**
 * A mistake in a content file: the file, the field (with its line where one is
 * known) and what was expected. Every check of the content, from the schemas
 * to the cross-references, reports its findings in this one shape.
 */
export interface ContentProblem {
	file: string;
	field: string;
	message: string;
}

/**
 * A mistake a Markdown plugin records on the article it is reading, with the
 * line within the body. The article's file and the body's place in it are
 * added when the content is read (`src/data/site.ts`).
 */
export interface RecordedProblem {
	message: string;
	line: number | undefined;
}

/** `content/x.md → field: message`, the form every content error takes. */
export function formatProblem({ file, field, message }: ContentProblem): string {
	return `${file} → ${field}: ${message}`;
}

/**
 * The error a content mistake stops the build with. Its message names the
 * file, the field or line, and what was expected, and nothing else is printed:
 * Astro prints the stack of any error it is given, and for a mistake in a
 * content file that stack would only point into the build's own code.
 */
export class ContentError extends AstroError {
	constructor(problems: string | ContentProblem[]) {
		const message =
			typeof problems === 'string'
				? problems
				: `The content has ${problems.length} mistake(s):\n${problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}`;
		super(
			message,
			"Fix the files named above; no page was written, and the last build's output is left as it was.",
		);
		this.stack = '';
	}
}

interface Issue {
	path: PropertyKey[];
	message: string;
}

/**
 * One line per schema issue, in the form the integrity checks use:
 * `file → field, line N: message`. `source` is the file's text, used to find
 * the line of the top-level field; `data`, the parsed entry, tells a missing
 * field from a wrong one.
 *
 * @example describeIssues('content/claims/x.yaml', 'a: 1\nstatus: x\n', [{ path: ['status'], message: 'expected …' }])
 * // 'content/claims/x.yaml → status, line 2: expected …'
 */
export function describeIssues(file: string, source: string, issues: Issue[], data?: unknown): string {
	return issues
		.map(({ path, message }) => {
			const field = fieldName(path) || '(the whole entry)';
			const line = lineOfKey(source, path[0]);
			const missing = data !== undefined && path.length > 0 && valueAt(data, path) === undefined;
			return `${file} → ${field}${line ? `, line ${line}` : ''}: ${missing ? 'missing; ' : ''}${message}`;
		})
		.join('\n');
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
	return path.reduce<unknown>(
		(value, key) =>
			value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
		data,
	);
}

/** `['sources', 0, 'source']` → `sources[0].source`. */
export function fieldName(path: PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

function lineOfKey(source: string, key: PropertyKey | undefined): number | undefined {
	if (typeof key !== 'string') return undefined;
	const index = source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
	return index === -1 ? undefined : index + 1;
}

/**
 * How many lines of a Markdown file come before its body (the frontmatter and
 * its fences), so a line counted within the body can be given as a line of the
 * file, the one an author's editor shows.
 *
 * @example bodyLineOffset('---\ntitle: x\n---\nText', 'Text') // 3
 */
export function bodyLineOffset(source: string, body: string): number {
	const start = body === '' ? -1 : source.lastIndexOf(body);
	return start <= 0 ? 0 : source.slice(0, start).split('\n').length - 1;
}
