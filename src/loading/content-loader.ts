import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { articleSchema } from '../schemas/article';
import { claimSchema } from '../schemas/claim';
import { evidenceSchema } from '../schemas/evidence';
import { sourceSchema } from '../schemas/source';
import { storySchema } from '../schemas/story';
import { topicSchema } from '../schemas/topic';
import { checkedLoader } from './checked-loader';
import { contentFolders, filePattern, namePatterns } from './content-folders';
import { fileIds } from './entry-id';
import { buildShard, shardFiles } from './shard-inputs';
import type { StoredEntry } from '../platform/stored-rendering';
import { storedArticle } from './stored-article';

/** Each collection's schema. */
export const contentSchemas = {
	articles: articleSchema,
	claims: claimSchema,
	evidence: evidenceSchema,
	sources: sourceSchema,
	stories: storySchema,
	topics: topicSchema,
} satisfies Record<keyof typeof contentFolders, z.ZodType>;

/**
 * What decides an article as stored, from the project's root: the Markdown
 * plugins' code, which renders it, and the way the store keeps it.
 */
export const renderingCode = [
	'src/markdown',
	'src/loading/stored-article.ts',
	'src/platform/stored-rendering.ts',
];

/**
 * A digest of every file at or under each of `paths` (from `root`): their
 * names and contents. A path with nothing there adds nothing.
 */
export function codeDigest(root: string, paths: string[]): string {
	const hash = createHash('sha256');
	for (const path of paths) {
		const at = join(root, path);
		if (!existsSync(at)) continue;
		const files = statSync(at).isFile()
			? ['']
			: readdirSync(at, { recursive: true, encoding: 'utf8' }).sort();
		for (const file of files) {
			const full = join(at, file);
			if (statSync(full).isFile())
				hash
					.update(`${join(path, file)}\0`)
					.update(readFileSync(full))
					.update('\0');
		}
	}
	return hash.digest('hex').slice(0, 16);
}

/**
 * The loader of `content/<folder>/`: every file with one of the folder's
 * endings, one entry per file, checked against the folder's schema so a
 * mistake names its file and field. Articles are rendered by the Markdown
 * plugins as they load, so their stored entries are kept only while the
 * code that decides them is unchanged (`renderingCode`, see `checkedLoader`).
 *
 * Astro writes the whole store as one string and the site reads it whole, so
 * an entry keeps only what the site reads: no Markdown body (the site reads
 * it from the file, `articleEntry`), and an article's rendering packed
 * (`storedArticle`).
 */
export function contentLoader(folder: keyof typeof contentFolders) {
	// The folder as the loader found it under the project's root, to look files up in.
	let folderUrl: URL | undefined;
	const ids = fileIds(
		folder,
		(entry) => folderUrl !== undefined && existsSync(new URL(encodeURI(entry), folderUrl)),
	);
	const globOf = (pattern: string | string[]) =>
		glob({
			pattern,
			base: `./content/${folder}`,
			retainBody: false,
			generateId: (options) => {
				folderUrl = new URL(options.base.href.endsWith('/') ? options.base.href : `${options.base.href}/`);
				return ids(options);
			},
		});
	const whole = globOf(filePattern(contentFolders[folder]));
	// A shard of the build (SHARDS, SHARD) reads only its stories' versions and their claims.
	const loader: Loader =
		folder === 'articles' || folder === 'claims'
			? {
					...whole,
					load: (context) => {
						const root = fileURLToPath(context.config.root);
						const shard = buildShard(root);
						if (!shard || shard.whole) return whole.load(context);
						const patterns = namePatterns(shardFiles(root, folder, shard[folder]));
						// An empty list would read every file; a pattern nothing matches reads none.
						return globOf(patterns.length > 0 ? patterns : ['.none']).load(context);
					},
				}
			: whole;
	return checkedLoader(
		folder === 'articles' ? storing(loader, storedArticle) : loader,
		contentSchemas[folder],
		folder === 'articles' ? (root) => codeDigest(root, renderingCode) : undefined,
	);
}

/** `loader`, with each entry it stores passed through `stored` first. */
function storing(loader: Loader, stored: (entry: StoredEntry) => StoredEntry): Loader {
	return {
		...loader,
		load: (context) =>
			loader.load({
				...context,
				store: { ...context.store, set: (entry) => context.store.set(stored(entry)) },
			}),
	};
}
