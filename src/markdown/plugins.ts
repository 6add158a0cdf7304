import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import rehypeExternalLinks from './rehype-external-links';
import remarkClaimMarkers from './remark-claim-markers';
import remarkSafeMarkdown from './remark-safe-markdown';
import remarkTypography from './remark-typography';
import { articleSchema } from './sanitize-schema';

/**
 * The site's Markdown plugins, in order. `astro.config.mjs` and the tests both
 * use these lists, so the tests run the pipeline the site is built with.
 */
export const remarkPlugins: RemarkPlugins = [
	remarkSafeMarkdown,
	remarkDirective,
	remarkTypography,
	remarkClaimMarkers,
];

/** The sanitizer comes last, so nothing added after it escapes the allow-list. */
export const rehypePlugins: RehypePlugins = [rehypeExternalLinks, [rehypeSanitize, articleSchema]];

/**
 * Everything the site's Markdown processor is given. Astro's own typography
 * pass is off because `remarkTypography` does the same job for a fraction of the cost.
 */
export const processorOptions = { remarkPlugins, rehypePlugins, smartypants: false } as const;
