import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { getCollection, getEntry } from 'astro:content';
import { recordedProblems } from '../markdown/problems';
import type { ClaimMarkerData } from '../lib/marked-text';
import type { ArticleEntry, ContentSet } from '../lib/content-set';
import { buildSiteGraph } from '../lib/graph';
import { findCoverageProblems } from '../lib/coverage';
import { findContentProblems } from '../lib/integrity';
import { bodyLineOffset, ContentError } from '../loading/content-error';
import { unreadFiles } from '../loading/content-folders';
import { pageKeys } from '../lib/page-keys';
import { datesOf, verdictProblems } from './history';

/**
 * The one place the site reads its collections. Every page imports `site`
 * from here, so the content is loaded, checked and indexed once per build,
 * and a content mistake stops the build before the first page is written.
 */
async function loadContent(): Promise<ContentSet> {
	const [articles, claims, evidence, sources, stories, topics] = await Promise.all([
		getCollection('articles'),
		getCollection('claims'),
		getCollection('evidence'),
		getCollection('sources'),
		getCollection('stories'),
		getCollection('topics'),
	]);
	const plain = <T>(
		collection: string,
		{ id, filePath, data }: { id: string; filePath?: string; data: T },
	) => ({
		id,
		filePath: filePath ?? `content/${collection}/${id}`,
		data,
	});
	return {
		articles: articles.map((entry): ArticleEntry => {
			const recorded = entry.rendered?.metadata?.frontmatter as Partial<ClaimMarkerData> | undefined;
			const body = entry.body ?? '';
			const filePath = entry.filePath ?? `content/articles/${entry.id}.md`;
			// The plugins count lines within the body; a mistake is reported at its line in the file.
			const offset = existsSync(filePath) ? bodyLineOffset(readFileSync(filePath, 'utf8'), body) : 0;
			const inFile = <T extends { line: number | undefined }>(item: T): T => ({
				...item,
				line: item.line === undefined ? undefined : item.line + offset,
			});
			return {
				id: entry.id,
				filePath,
				data: entry.data,
				body,
				markers: (recorded?.claimMarkers ?? []).map(inFile),
				textBlocks: (recorded?.textBlocks ?? []).map(inFile),
				markdownProblems: recordedProblems(entry.rendered?.metadata?.frontmatter).map(inFile),
				// Astro logs a failing Markdown plugin and keeps going with an empty article.
				renderFailed: body.trim() !== '' && !entry.rendered?.html,
			};
		}),
		claims: claims.map((entry) => plain('claims', entry)),
		evidence: evidence.map((entry) => plain('evidence', entry)),
		sources: sources.map((entry) => plain('sources', entry)),
		stories: stories.map((entry) => plain('stories', entry)),
		topics: topics.map((entry) => plain('topics', entry)),
	};
}

/** Every file under `content/`, as a path from the project's root. */
function contentFiles(): string[] {
	return readdirSync('content', { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `${entry.parentPath}/${entry.name}`.replace(/\\/g, '/'));
}

const content = await loadContent();
const problems = [
	...unreadFiles(contentFiles()),
	...findContentProblems(content),
	...findCoverageProblems(content),
	...verdictProblems(content.claims),
];
if (problems.length > 0) throw new ContentError(problems);

export const site = buildSiteGraph(content);

/** Each detail page's cache key, so a rebuild renders only the pages whose content changed. */
export const cacheKeys = pageKeys(site, datesOf);

/** The rendered body of an article, as HTML. */
export async function renderArticle(id: string): Promise<string> {
	const entry = await getEntry('articles', id);
	if (!entry) throw new Error(`No article with id "${id}"`);
	return entry.rendered?.html ?? '';
}
