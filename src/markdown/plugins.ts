import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkClaimMarkers from './remark-claim-markers';
import remarkSafeMarkdown from './remark-safe-markdown';

/**
 * The site's Markdown plugins, in order. `astro.config.mjs` and the tests both
 * use these lists, so the tests run the pipeline the site is built with.
 */
export const remarkPlugins: RemarkPlugins = [remarkSafeMarkdown, remarkDirective, remarkClaimMarkers];

export const rehypePlugins: RehypePlugins = [];
