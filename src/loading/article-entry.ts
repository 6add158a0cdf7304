import { extractFrontmatter } from '@astrojs/markdown-remark';
import { recordedProblems, type ClaimMarkerData } from './marked-text';
import type { Article } from '../schemas/article';
import { bodyLineOffset } from '../loading/content-error';
import type { ArticleEntry } from './content-set';

/** An article as its loader stored it: the file's text, the parsed data and what rendering gave. */
export interface LoadedArticle {
	id: string;
	/** Path from the project root, e.g. `content/articles/x.md`. */
	filePath: string;
	data: Article;
	/** The whole file, for its body and the lines before it; empty when it cannot be read. */
	source: string;
	/** The frontmatter the Markdown plugins handed back, with what they recorded on it. */
	frontmatter: unknown;
	/** The rendering as the store keeps it; missing when rendering failed or gave no HTML. */
	packedRendering: string | undefined;
}

/**
 * The article as the checks and pages see it. The plugins count lines within
 * the body; each marker, block and problem is moved to its line in the file,
 * the one an author's editor shows.
 */
export function articleEntry({
	id,
	filePath,
	data,
	source,
	frontmatter,
	packedRendering,
}: LoadedArticle): ArticleEntry {
	const body = markdownBody(source);
	const recorded = frontmatter as Partial<ClaimMarkerData> | undefined;
	const offset = source ? bodyLineOffset(source, body) : 0;
	const inFile = <T extends { line: number | undefined }>(item: T): T => ({
		...item,
		line: item.line === undefined ? undefined : item.line + offset,
	});
	return {
		id,
		filePath,
		data,
		body,
		packedRendering,
		markers: (recorded?.claimMarkers ?? []).map(inFile),
		textBlocks: (recorded?.textBlocks ?? []).map(inFile),
		markdownProblems: recordedProblems(frontmatter).map(inFile),
		// Astro logs a failing Markdown plugin and keeps going with an empty article.
		renderFailed: body.trim() !== '' && !packedRendering,
	};
}

/**
 * A Markdown file's body as Astro's loader reads it: the text after the
 * frontmatter and its fences, trimmed. It is a string of its own: a part cut
 * from the file's text keeps the whole text in memory for as long as the part
 * is kept, and the site keeps every article's body for the whole build (26 MB
 * of file text per 1,000 generated articles, half of it frontmatter).
 *
 * @example markdownBody('---\ntitle: x\n---\n\nText\n') // 'Text'
 */
export function markdownBody(source: string): string {
	const frontmatter = extractFrontmatter(source);
	if (frontmatter === undefined) return structuredClone(source.trim());
	const fence = /^\uFEFF?\s*\+\+\+/.test(source) ? '+++' : '---';
	return structuredClone(source.replace(`${fence}${frontmatter}${fence}`, '').trim());
}
