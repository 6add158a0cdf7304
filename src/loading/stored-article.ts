import { articleEntry } from './article-entry';
import type { ArticleEntry } from './content-set';
import { recordedOnly } from './marked-text';
import {
	packedRenderingOf,
	packRendering,
	renderingOf,
	type StoredEntry,
} from '../platform/stored-rendering';
import type { Article } from '../schemas/article';

/*
 * What the content store keeps of an article, and the article the site reads
 * back from it. The store keeps no Markdown body (the site reads it from the
 * file) and the rendering packed, with only what the Markdown plugins recorded
 * of the frontmatter (`packRendering` in src/platform/stored-rendering.ts,
 * which says why). A page reads an article's HTML with `renderArticle`.
 */

/** What the store keeps of a rendered article: its rendering, packed, with what the plugins recorded. */
export function storedArticle(entry: StoredEntry): StoredEntry {
	return packRendering(entry, recordedOnly);
}

/**
 * An article as the checks and pages see it, from its stored entry and its
 * file's text (empty if unreadable). Its HTML stays packed in the store until
 * its page is built: held unpacked by every article for the whole build, it
 * took 17 MB per 1,000 articles.
 */
export function articleFromStore(
	entry: { id: string; data: Article; rendered?: StoredEntry['rendered'] },
	filePath: string,
	source: string,
): ArticleEntry {
	const rendering = renderingOf(entry.rendered);
	return articleEntry({
		id: entry.id,
		filePath,
		data: entry.data,
		source,
		frontmatter: rendering?.recorded,
		packedRendering: rendering?.html ? packedRenderingOf(entry.rendered) : undefined,
	});
}
