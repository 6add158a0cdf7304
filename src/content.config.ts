import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkedLoader } from './lib/checked-loader';
import { fileIds } from './lib/entry-id';
import { articleSchema } from './schemas/article';
import { claimSchema } from './schemas/claim';
import { sourceSchema } from './schemas/source';
import { storySchema } from './schemas/story';
import { topicSchema } from './schemas/topic';

/**
 * Every file matching `pattern` in `content/<folder>/`, one entry per file,
 * checked against `schema` so a mistake names its file and field.
 */
function contentFolder(folder: string, pattern: string, schema: z.ZodType) {
	const base = `./content/${folder}`;
	return checkedLoader(
		glob({ pattern, base, generateId: fileIds(folder, (entry) => existsSync(`${base}/${entry}`)) }),
		schema,
	);
}

const data = '*.{yaml,yml}';

export const collections = {
	articles: defineCollection({
		loader: contentFolder('articles', '*.md', articleSchema),
		schema: articleSchema,
	}),
	claims: defineCollection({ loader: contentFolder('claims', data, claimSchema), schema: claimSchema }),
	sources: defineCollection({ loader: contentFolder('sources', data, sourceSchema), schema: sourceSchema }),
	stories: defineCollection({ loader: contentFolder('stories', data, storySchema), schema: storySchema }),
	topics: defineCollection({ loader: contentFolder('topics', data, topicSchema), schema: topicSchema }),
};
