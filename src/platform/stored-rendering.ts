/*
 * Written for Astro 7.3.5 (src/platform/astro-version.ts).
 *
 * How an article's rendering is kept in Astro's content store, and the one way
 * to read it back: `renderArticle`.
 *
 * Astro writes the whole content store as one string, and V8 allows no string
 * longer than about 512 MB; each build then reads it back whole. An article's
 * rendering is most of its entry (its HTML, and the text blocks and markers
 * the plugins recorded), so the store keeps it packed: its JSON, gzipped, in
 * base64, about a third of its size, in `rendered.metadata.packed`. Of the
 * frontmatter Astro stores back with the rendering, the store keeps only what
 * the plugins recorded on it; the rest is the entry's data a second time.
 * Kept as Astro keeps it, the store took 38.9 MB per 1,000 articles instead
 * of 16.6 MB, and every article's HTML, held unpacked for the whole build,
 * 17 MB more (README.md, "Performance").
 *
 * Astro's own `render()` from `astro:content` reads `rendered.html` and
 * `rendered.metadata.headings` (`createRenderEntry` in
 * astro/dist/content/runtime.js). Both are left empty here, so `render()`
 * would show an article as nothing, without an error: pages read an article
 * with `renderArticle`, and tests/unit/platform/door.test.ts fails on any
 * file under src/ that imports `render` from `astro:content`.
 *
 * Against a new Astro, check that the glob loader still hands over
 * `rendered.metadata` with the Markdown plugins' `frontmatter` and the
 * `headings`, and what `render()` reads from an entry.
 *
 * Upstream threads: https://github.com/withastro/astro/pull/17302 (merged in
 * Astro 7.1) added `deferRender` to the glob loader, which stores no rendering
 * and renders each entry when its page asks; it does not make this file
 * unnecessary, because every page needs what the plugins record of every
 * article (its markers and text blocks) when the content loads. It answered
 * https://github.com/withastro/astro/issues/17301 (closed), the content sync
 * running out of memory on large rendered Markdown. No thread asks for a
 * compact stored rendering or for a way to give `render()` one.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { MarkdownHeading } from 'astro';
import type { DataStore } from 'astro/loaders';

/** An entry as a loader hands it to the store. */
export type StoredEntry = Parameters<DataStore['set']>[0];

/** An article's rendering as the site reads it: the HTML, its headings, and what the Markdown plugins recorded. */
export interface Rendering {
	html: string;
	headings: MarkdownHeading[];
	recorded: Record<string, unknown>;
}

/** An article as a page shows it: what Astro's `render()` would give, as data. */
export interface RenderedArticle {
	html: string;
	headings: MarkdownHeading[];
}

/**
 * `entry` as the store keeps it: its rendering packed, with only `recorded`
 * of the frontmatter the Markdown plugins handed back. An entry that was not
 * rendered is kept as it is.
 *
 * @example packRendering(entry, (frontmatter) => ({ claimMarkers: frontmatter.claimMarkers }))
 */
export function packRendering(
	entry: StoredEntry,
	recorded: (frontmatter: Record<string, unknown>) => Record<string, unknown>,
): StoredEntry {
	if (!entry.rendered) return entry;
	const { html, metadata: { frontmatter = {}, headings = [], ...metadata } = {} } = entry.rendered;
	const rendering: Rendering = { html, headings, recorded: recorded(frontmatter) };
	return {
		...entry,
		rendered: { html: '', metadata: { ...metadata, packed: pack(rendering) } },
	};
}

/** The rendering `packRendering` kept of an entry; nothing when it was not rendered. */
export function renderingOf(rendered: StoredEntry['rendered']): Rendering | undefined {
	const packed = packedRenderingOf(rendered);
	return packed === undefined ? undefined : unpack(packed);
}

/**
 * An entry's rendering still packed, to carry until its page is built without
 * holding the HTML; nothing when it was not rendered.
 */
export function packedRenderingOf(rendered: StoredEntry['rendered']): string | undefined {
	const packed = rendered?.metadata?.packed;
	return typeof packed === 'string' ? packed : undefined;
}

/**
 * An article's HTML and headings, unpacked from the rendering its entry
 * carries (`packedRenderingOf`); empty when rendering failed. This, not
 * `render()` from `astro:content`, is how a page reads an article: the store
 * keeps nothing for `render()` to show.
 *
 * @example const { html } = renderArticle(node.entry);
 */
export function renderArticle(article: { packedRendering?: string | undefined }): RenderedArticle {
	if (article.packedRendering === undefined) return { html: '', headings: [] };
	const { html, headings } = unpack(article.packedRendering);
	return { html, headings };
}

function pack(value: Rendering): string {
	return gzipSync(JSON.stringify(value)).toString('base64');
}

function unpack(packed: string): Rendering {
	return JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8'));
}
