import { unreadFiles } from './content-folders';
import type { ContentSet } from './content-set';
import { findCoverageProblems } from './coverage';
import { type ContentProblem, findContentProblems, formatProblem } from './integrity';

/**
 * Every mistake the content shows once its files are loaded: files no
 * collection reads, ids that point nowhere, sentences that need a claim
 * marker. (A verdict changed without a corrections entry needs the history
 * too: `src/data/history.ts`.) `files` are every file under `content/`, as
 * paths from the project root.
 */
export function contentProblems(files: string[], content: ContentSet): ContentProblem[] {
	return [...unreadFiles(files), ...findContentProblems(content), ...findCoverageProblems(content)];
}

/** The one message a build stops with when the content has mistakes, one line each. */
export function contentMistakesMessage(problems: ContentProblem[]): string {
	return `The content has ${problems.length} mistake(s):\n${problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}`;
}
