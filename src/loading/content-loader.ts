import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { glob, type DataStore, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { recordedOnly } from '../lib/marked-text';
import { articleSchema } from '../schemas/article';
import { claimSchema } from '../schemas/claim';
import { evidenceSchema } from '../schemas/evidence';
import { sourceSchema } from '../schemas/source';
import { storySchema } from '../schemas/story';
import { topicSchema } from '../schemas/topic';
import { checkedLoader } from './checked-loader';
import { contentFolders, filePattern } from './content-folders';
import { fileIds } from './entry-id';

/** Each collection's schema. */
export const contentSchemas = {
	articles: articleSchema,
	claims: claimSchema,
	evidence: evidenceSchema,
	sources: sourceSchema,
	stories: storySchema,
	topics: topicSchema,
} satisfies Record<keyof typeof contentFolders, z.ZodType>;

/** Where the Markdown plugins live, from the project's root: their code decides every article's HTML. */
export const markdownCodeFolder = 'src/markdown';

/**
 * A digest of every file under `folder` (names and contents), or of nothing
 * when there is no such folder.
 */
export function folderDigest(folder: string): string {
	const hash = createHash('sha256');
	const files = existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort() : [];
	for (const file of files) {
		const path = join(folder, file);
		if (statSync(path).isFile()) hash.update(`${file}\0`).update(readFileSync(path)).update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}

/**
 * The loader of `content/<folder>/`: every file with one of the folder's
 * endings, one entry per file, checked against the folder's schema so a
 * mistake names its file and field. Articles are rendered by the Markdown
 * plugins as they load, so their stored entries are kept only while the
 * plugins' code is unchanged (see `checkedLoader`).
 *
 * Astro writes the whole store as one string and the site reads it whole, so
 * an entry keeps only what the site reads: no Markdown body (the site reads
 * it from the file, `articleEntry`), and of an article's rendering the HTML
 * and what the plugins recorded (`storedArticle`).
 */
export function contentLoader(folder: keyof typeof contentFolders) {
	// The folder as the loader found it under the project's root, to look files up in.
	let folderUrl: URL | undefined;
	const ids = fileIds(
		folder,
		(entry) => folderUrl !== undefined && existsSync(new URL(encodeURI(entry), folderUrl)),
	);
	const loader = glob({
		pattern: filePattern(contentFolders[folder]),
		base: `./content/${folder}`,
		retainBody: false,
		generateId: (options) => {
			folderUrl = new URL(options.base.href.endsWith('/') ? options.base.href : `${options.base.href}/`);
			return ids(options);
		},
	});
	return checkedLoader(
		folder === 'articles' ? storing(loader, storedArticle) : loader,
		contentSchemas[folder],
		folder === 'articles' ? (root) => folderDigest(join(root, markdownCodeFolder)) : undefined,
	);
}

type StoredEntry = Parameters<DataStore['set']>[0];

/**
 * What the store keeps of a rendered article: Astro stores back the whole
 * frontmatter it handed the Markdown plugins, a second copy of the entry's
 * data; only what the plugins recorded on it is kept.
 */
export function storedArticle(entry: StoredEntry): StoredEntry {
	const metadata = entry.rendered?.metadata;
	if (!metadata?.frontmatter) return entry;
	return {
		...entry,
		rendered: {
			...entry.rendered!,
			metadata: { ...metadata, frontmatter: recordedOnly(metadata.frontmatter) },
		},
	};
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
