import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { ContentSet } from '../loading/content-set';
import { contentProblems } from '../record/content-problems';
import { withFieldLines } from '../loading/field-lines';
import { ContentError } from '../loading/content-error';
import { articleFromStore } from '../loading/stored-article';
import { buildSiteGraph } from '../record/graph';
import { newVersionNotice } from '../authoring/new-version-notice';
import { datesOf, verdictProblems } from './history';
import { graphOptions, renders } from './shard';

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
		articles: articles.map((entry) => {
			const filePath = entry.filePath ?? `content/articles/${entry.id}.md`;
			return articleFromStore(entry, filePath, existsSync(filePath) ? readFileSync(filePath, 'utf8') : '');
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
// A shard that reads only some stories cannot check the whole: shard 1 reads
// every file and checks it, and a sharded build goes out only with every shard.
if (renders.shared) {
	const problems = [
		...contentProblems(contentFiles(), content),
		...verdictProblems(content.claims, content.stories),
	];
	if (problems.length > 0) throw new ContentError(withFieldLines(problems));
	for (const notice of newVersionNotice(content, (file) => datesOf(file) !== undefined))
		console.warn(`\n*** ${notice} ***\n`);
}

export const site = buildSiteGraph(content, graphOptions);
