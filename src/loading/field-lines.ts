import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { ContentProblem } from './content-error';

/**
 * Field line numbers for content problems: a problem about a YAML field
 * (`byVersion[1].wording.words`) gets the line that field stands on in its
 * file, as a problem in an article's body already has its body line. Files are
 * read here once each, only when there is a problem to place. A missing field
 * is placed at the nearest field around it; a file that cannot be read or no
 * longer parses leaves its problems as they were.
 */
export function withFieldLines(
	problems: ContentProblem[],
	read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): ContentProblem[] {
	const lines = new Map<string, (path: (string | number)[]) => number | undefined>();
	return problems.map((problem) => {
		if (/, line \d+$|^body\b/.test(problem.field) || !/\.(?:ya?ml|md)$/.test(problem.file)) return problem;
		if (!lines.has(problem.file)) lines.set(problem.file, fieldLocator(problem.file, read));
		const line = lines.get(problem.file)!(fieldPath(problem.field));
		return line === undefined ? problem : { ...problem, field: `${problem.field}, line ${line}` };
	});
}

/**
 * A field name as a path: `byVersion[1].wording.words` → ['byVersion', 1, 'wording', 'words'].
 *
 * @example fieldPath('evidence[0].shows') // ['evidence', 0, 'shows']
 */
export function fieldPath(field: string): (string | number)[] {
	return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
		match[2] === undefined ? match[1]! : Number(match[2]),
	);
}

/** Finds the line of a path in a YAML file, or in a Markdown file's frontmatter. */
function fieldLocator(
	file: string,
	read: (file: string) => string,
): (path: (string | number)[]) => number | undefined {
	let text: string;
	try {
		text = read(file);
	} catch {
		return () => undefined;
	}
	// A Markdown file's frontmatter starts on its second line.
	const front = file.endsWith('.md') ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(text) : null;
	if (file.endsWith('.md') && !front) return () => undefined;
	const source = front?.[1] ?? text;
	const offset = front ? 1 : 0;
	const counter = new LineCounter();
	const document = parseDocument(source, { lineCounter: counter });
	if (document.errors.length > 0) return () => undefined;
	// A field that is missing is placed at the nearest field around it that is there.
	return (path) => {
		let node: unknown = document.contents;
		let start: number | undefined;
		for (const step of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === step);
				if (!pair) break;
				start = (pair.key as Node).range?.[0];
				node = pair.value;
			} else if (isSeq(node) && typeof step === 'number') {
				const item = node.items[step] as Node | undefined;
				if (!item) break;
				start = item.range?.[0];
				node = item;
			} else break;
		}
		return start === undefined ? undefined : counter.linePos(start).line + offset;
	};
}
