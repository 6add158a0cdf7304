import { defineCollection } from 'astro:content';
import { contentLoader, contentSchemas } from './loading/content-loader';

/** Each collection reads its folder under `content/` (`src/loading/content-loader.ts`). */
export const collections = {
	articles: defineCollection({ loader: contentLoader('articles'), schema: contentSchemas.articles }),
	claims: defineCollection({ loader: contentLoader('claims'), schema: contentSchemas.claims }),
	evidence: defineCollection({ loader: contentLoader('evidence'), schema: contentSchemas.evidence }),
	sources: defineCollection({ loader: contentLoader('sources'), schema: contentSchemas.sources }),
	stories: defineCollection({ loader: contentLoader('stories'), schema: contentSchemas.stories }),
	topics: defineCollection({ loader: contentLoader('topics'), schema: contentSchemas.topics }),
};
