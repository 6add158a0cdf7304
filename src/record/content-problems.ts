import type { ContentProblem } from '../loading/content-error';
import { unreadFiles } from '../loading/content-folders';
import type { ContentSet } from '../loading/content-set';
import { findCoverageProblems } from './coverage';
import { findContentProblems } from './integrity';
import { markupProblems, placeholderProblems } from './placeholders';
import { versionProseProblems } from './version-prose';

/**
 * Every mistake the content shows once its files are loaded: files no
 * collection reads, placeholders left in, HTML in a record's text, ids that
 * point nowhere, sentences that need a claim marker. (A verdict changed without a corrections entry needs the history
 * too: `src/data/history.ts`.) `files` are every file under `content/`, as
 * paths from the project root.
 */
export function contentProblems(files: string[], content: ContentSet): ContentProblem[] {
	return [
		...unreadFiles(files),
		...placeholderProblems(content),
		...markupProblems(content),
		...findContentProblems(content),
		...versionProseProblems(content),
		...findCoverageProblems(content),
	];
}
