import { gunzipSync, gzipSync } from 'node:zlib';
import type { DataStore } from 'astro/loaders';
import { articleEntry } from './article-entry';
import type { ArticleEntry } from './content-set';
import { recordedOnly } from './marked-text';
import type { Article } from '../schemas/article';

/** An entry as a loader hands it to the store. */
export type StoredEntry = Parameters<DataStore['set']>[0];

/** An article's rendering as the site reads it: the HTML, and what the Markdown plugins recorded. */
export interface Rendering {
	html: string;
	recorded: Record<string, unknown>;
}

/*
 * Astro writes the whole content store as one string, and V8 allows no string
 * longer than about 512 MB; each build then reads it back whole. An article's
 * rendering is most of its entry (its HTML, and the text blocks and markers
 * the plugins recorded), so the store keeps it packed: its JSON, gzipped, in
 * base64, about a third of its size. Of the frontmatter Astro stores back with
 * the rendering, the store keeps only what the plugins recorded on it; the rest
 * is the entry's data a second time. The stored `html` is left empty, so
 * Astro's own `render()` would show nothing: the site reads an article's
 * rendering with `articleFromStore`.
 */

/** What the store keeps of a rendered article: its rendering, packed (`renderingOf` unpacks it). */
export function storedArticle(entry: StoredEntry): StoredEntry {
	if (!entry.rendered) return entry;
	const { html, metadata: { frontmatter = {}, ...metadata } = {} } = entry.rendered;
	const rendering: Rendering = { html, recorded: recordedOnly(frontmatter) };
	return {
		...entry,
		rendered: { html: '', metadata: { ...metadata, packed: pack(rendering) } },
	};
}

/** The rendering `storedArticle` kept of an article; nothing when rendering failed. */
export function renderingOf(stored: StoredEntry['rendered']): Rendering | undefined {
	const packed = packedOf(stored);
	return packed === undefined ? undefined : unpack(packed);
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
		packedRendering: rendering?.html ? packedOf(entry.rendered) : undefined,
	});
}

/** An article's rendered HTML, unpacked from its entry; empty when rendering failed. */
export function htmlOf(article: Pick<ArticleEntry, 'packedRendering'>): string {
	return article.packedRendering === undefined ? '' : unpack(article.packedRendering).html;
}

function packedOf(stored: StoredEntry['rendered']): string | undefined {
	const packed = stored?.metadata?.packed;
	return typeof packed === 'string' ? packed : undefined;
}

function pack(value: Rendering): string {
	return gzipSync(JSON.stringify(value)).toString('base64');
}

function unpack(packed: string): Rendering {
	return JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8'));
}
