import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkedLoader } from './loading/checked-loader';
import { contentFolders, filePattern } from './loading/content-folders';
import { fileIds } from './loading/entry-id';
import { articleSchema } from './schemas/article';
import { claimSchema } from './schemas/claim';
import { evidenceSchema } from './schemas/evidence';
import { sourceSchema } from './schemas/source';
import { storySchema } from './schemas/story';
import { topicSchema } from './schemas/topic';

/**
 * Every file of `content/<folder>/` with one of the folder's endings, one entry
 * per file, checked against `schema` so a mistake names its file and field.
 */
function contentFolder(folder: keyof typeof contentFolders, schema: z.ZodType) {
	const base = `./content/${folder}`;
	return checkedLoader(
		glob({
			pattern: filePattern(contentFolders[folder]),
			base,
			generateId: fileIds(folder, (entry) => existsSync(`${base}/${entry}`)),
		}),
		schema,
	);
}

export const collections = {
	articles: defineCollection({ loader: contentFolder('articles', articleSchema), schema: articleSchema }),
	claims: defineCollection({ loader: contentFolder('claims', claimSchema), schema: claimSchema }),
	evidence: defineCollection({ loader: contentFolder('evidence', evidenceSchema), schema: evidenceSchema }),
	sources: defineCollection({ loader: contentFolder('sources', sourceSchema), schema: sourceSchema }),
	stories: defineCollection({ loader: contentFolder('stories', storySchema), schema: storySchema }),
	topics: defineCollection({ loader: contentFolder('topics', topicSchema), schema: topicSchema }),
};
