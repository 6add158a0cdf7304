import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { ArticleEntry, ContentSet } from '../../src/lib/content-set';
import type { ClaimMarker } from '../../src/markdown/remark-claim-markers';
import { headlineFields } from '../../src/schemas/article';
import { projectRoot } from './astro';

/**
 * The content read straight from the files, independently of the site's own
 * code, so the built pages can be checked against it.
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

/** An article file split into its frontmatter and body, with the claim ids its body marks in order. */
export function parseArticle(source: string): {
	data: Record<string, any>;
	body: string;
	markedClaims: string[];
} {
	const [, frontmatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source) ?? [];
	const markedClaims = [...body.matchAll(/:claim\[[^\]]*\]\{#([^}\s]+)\}/g)].map((match) => match[1]!);
	return { data: yaml.load(frontmatter) as Record<string, any>, body, markedClaims };
}

export function readArticle(
	id: string,
	root = projectRoot,
): { data: Record<string, any>; body: string; markedClaims: string[] } {
	return parseArticle(readFileSync(join(root, 'content/articles', `${id}.md`), 'utf8'));
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

/** An article entry as the site would build it, from a Markdown file's text, with markers read by a regular expression. */
export function articleEntry(id: string, source: string): ArticleEntry {
	const { data, body, markedClaims } = parseArticle(source);
	const numbers = new Map<string, number>();
	const seen = new Map<string, number>();
	const markers = claimOrder(data, markedClaims).map(({ claimId, headline }): ClaimMarker => {
		if (!numbers.has(claimId)) numbers.set(claimId, numbers.size + 1);
		seen.set(claimId, (seen.get(claimId) ?? 0) + 1);
		return {
			claimId,
			number: numbers.get(claimId)!,
			passageId: `passage-${claimId}-${seen.get(claimId)}`,
			text: headline ? String(data[headline]).trim() : claimId,
			line: undefined,
			...(headline ? { headline: headline as ClaimMarker['headline'] } : {}),
		};
	});
	return {
		id,
		filePath: `content/articles/${id}.md`,
		data: { tags: [], referencesHeading: 'References', headlineClaims: {}, notClaims: [], ...data } as any,
		body,
		markers,
		markdownProblems: [],
		textBlocks: [],
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
 * The whole content as a `ContentSet`, read from the files with js-yaml and a
 * regular expression for the markers, for running the pure analysis on the
 * real content (or a fixture's, under `root`) without a build.
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
