import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { RecordedProblem } from '../loading/content-error';

/**
 * Records a content mistake on the file instead of failing it. Astro only logs
 * a plugin's `file.fail` and renders the article empty, so the plugins record
 * problems here and `src/record/integrity.ts` fails the build with them, naming
 * the file and the line.
 */
export function recordProblem(file: VFile, message: string, node?: Node): void {
	file.data.astro ??= {};
	const frontmatter = (file.data.astro.frontmatter ??= {});
	const problems: RecordedProblem[] = (frontmatter.markdownProblems ??= []);
	problems.push({ message, line: node?.position?.start.line });
}
