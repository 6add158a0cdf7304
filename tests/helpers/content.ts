import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { bodyLineOffset, type RecordedProblem } from '../../src/loading/content-error';
import type { ArticleEntry, ContentSet } from '../../src/loading/content-set';
import type { ClaimMarker, TextBlock } from '../../src/loading/marked-text';
import { headlineFields } from '../../src/schemas/article';
import { projectRoot } from './astro';
import { readMarkdown } from './markdown';

/**
 * The content read straight from the files, independently of the site's pages
 * and analysis, so the built pages can be checked against it. Markdown is
 * read by the site's own Markdown plugins (`readMarkdown`), the one reading of
 * a claim marker there is.
 */
export function contentIds(collection: string, root = projectRoot): string[] {
	return readdirSync(join(root, 'content', collection))
		.filter((file) => !file.startsWith('.'))
		.map((file) => file.replace(/\.[^.]+$/, ''));
}

export function readData(collection: string, id: string, root = projectRoot): Record<string, any> {
	const dir = join(root, 'content', collection);
	const file = readdirSync(dir).find((name) => name.replace(/\.[^.]+$/, '') === id)!;
	return yaml.load(readFileSync(join(dir, file), 'utf8')) as Record<string, any>;
}

/** An article file read as the site reads it. */
export interface ParsedArticle {
	data: Record<string, any>;
	body: string;
	/** The claim ids the body marks, in order, once per marker. */
	markedClaims: string[];
	/** Every marker, the headline lines' first, as the site's Markdown plugin records them (lines in the body). */
	markers: ClaimMarker[];
	/** The body's paragraphs, headings and list items as plain text, with their claim spans (lines in the body). */
	textBlocks: TextBlock[];
	/** Mistakes the Markdown plugins found in the body (lines in the body). */
	problems: RecordedProblem[];
}

/**
 * An article file split into its frontmatter and body, with its markers and
 * plain text read by the site's own Markdown plugins (see `readMarkdown`), so
 * a test sees a marker exactly where the site sees one.
 */
export function parseArticle(source: string): ParsedArticle {
	const [, frontmatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source) ?? [];
	const data = (yaml.load(frontmatter) ?? {}) as Record<string, any>;
	const { data: recorded, problems } = readMarkdown(body, data);
	return {
		data,
		body,
		markedClaims: recorded.claimMarkers.filter((marker) => !marker.headline).map((marker) => marker.claimId),
		markers: recorded.claimMarkers,
		textBlocks: recorded.textBlocks,
		problems,
	};
}

export function readArticle(id: string, root = projectRoot): ParsedArticle {
	return parseArticle(readFileSync(join(root, 'content/articles', `${id}.md`), 'utf8'));
}

/**
 * An article's body as a reader reads it, one block a line: the plain text the
 * site's Markdown plugins record (markers reduced to their words, escapes,
 * entities and emphasis gone), with the numbers of a numbered list.
 *
 * @example plainText('1. A :claim[b]{#x} &amp; *c*.') // '1. A b & c.'
 */
export function plainText(markdown: string, frontmatter: Record<string, unknown> = {}): string {
	return readMarkdown(markdown, frontmatter)
		.data.textBlocks.map((block) => (block.number === undefined ? '' : `${block.number}. `) + block.text)
		.join('\n');
}

/**
 * Every claim an article makes, in the order its sidebar numbers them: the
 * headline lines' claims first (kicker, title, alternate headline, as listed
 * under `headlineClaims`), then the markers of the body.
 */
export function claimOrder(
	data: Record<string, any>,
	markedClaims: string[],
): { claimId: string; headline?: string }[] {
	const headline = headlineFields.flatMap((field) =>
		typeof data[field] === 'string'
			? ((data.headlineClaims?.[field] ?? []) as string[]).map((claimId) => ({ claimId, headline: field }))
			: [],
	);
	return [...headline, ...markedClaims.map((claimId) => ({ claimId }))];
}

/**
 * An article entry as the site would build it, from a Markdown file's text:
 * markers, plain text and problems from the site's Markdown plugins, their
 * lines counted in the file, as `src/data/site.ts` counts them.
 */
export function articleEntry(id: string, source: string): ArticleEntry {
	const { data, body, markers, textBlocks, problems } = parseArticle(source);
	const offset = bodyLineOffset(source, body);
	const inFile = <T extends { line: number | undefined }>(item: T): T => ({
		...item,
		line: item.line === undefined ? undefined : item.line + offset,
	});
	return {
		id,
		filePath: `content/articles/${id}.md`,
		data: { tags: [], referencesHeading: 'References', headlineClaims: {}, notClaims: [], ...data } as any,
		body,
		markers: markers.map(inFile),
		markdownProblems: problems.map(inFile),
		textBlocks: textBlocks.map(inFile),
		renderFailed: false,
	};
}

/** A collection's record with the schema's defaults filled in, as the site reads it. */
function withDefaults(collection: string, data: Record<string, any>): any {
	if (collection === 'claims')
		return {
			madeBy: [],
			evidence: [],
			events: [],
			corrections: [],
			...data,
			byVersion: (data.byVersion ?? []).map((entry: Record<string, any>) => ({ sources: [], ...entry })),
		};
	if (collection === 'stories') return { timeline: [], ...data };
	if (collection === 'sources' || collection === 'evidence') return { corrections: [], ...data };
	return data;
}

/**
 * The whole content as a `ContentSet`, read from the files with js-yaml and
 * the site's Markdown plugins, for running the pure analysis on the real
 * content (or a fixture's, under `root`) without a build.
 */
export function readContentSet(root = projectRoot): ContentSet {
	const entries = (collection: string) =>
		contentIds(collection, root).map((id) => ({
			id,
			filePath: `content/${collection}/${id}.yaml`,
			data: withDefaults(collection, readData(collection, id, root)),
		}));
	return {
		articles: contentIds('articles', root).map((id) =>
			articleEntry(id, readFileSync(join(root, 'content/articles', `${id}.md`), 'utf8')),
		),
		claims: entries('claims'),
		evidence: entries('evidence'),
		sources: entries('sources'),
		stories: entries('stories'),
		topics: entries('topics'),
	};
}
