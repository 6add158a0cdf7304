import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { fileIds } from './lib/entry-id';
import { articleSchema } from './schemas/article';
import { claimSchema } from './schemas/claim';
import { sourceSchema } from './schemas/source';
import { storySchema } from './schemas/story';
import { topicSchema } from './schemas/topic';

/** Every file matching `pattern` in `content/<folder>/`, one entry per file. */
function contentFolder(folder: string, pattern: string) {
	const base = `./content/${folder}`;
	return glob({ pattern, base, generateId: fileIds(folder, (entry) => existsSync(`${base}/${entry}`)) });
}

const data = '*.{yaml,yml}';

export const collections = {
	articles: defineCollection({ loader: contentFolder('articles', '*.md'), schema: articleSchema }),
	claims: defineCollection({ loader: contentFolder('claims', data), schema: claimSchema }),
	sources: defineCollection({ loader: contentFolder('sources', data), schema: sourceSchema }),
	stories: defineCollection({ loader: contentFolder('stories', data), schema: storySchema }),
	topics: defineCollection({ loader: contentFolder('topics', data), schema: topicSchema }),
};
