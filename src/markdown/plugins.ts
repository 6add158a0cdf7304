import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import rehypeExternalLinks from './rehype-external-links';
import remarkClaimMarkers from './remark-claim-markers';
import remarkSafeMarkdown from './remark-safe-markdown';
import { articleSchema } from './sanitize-schema';

/**
 * The site's Markdown plugins, in order. `astro.config.mjs` and the tests both
 * use these lists, so the tests run the pipeline the site is built with.
 */
export const remarkPlugins: RemarkPlugins = [remarkSafeMarkdown, remarkDirective, remarkClaimMarkers];

/** The sanitizer comes last, so nothing added after it escapes the allow-list. */
export const rehypePlugins: RehypePlugins = [rehypeExternalLinks, [rehypeSanitize, articleSchema]];

/**
 * Everything the site's Markdown processor is given. The Markdown is the
 * versions' own text, which we quote to judge it: no typography pass changes
 * a quote mark, an apostrophe or a dash, so Astro's (smartypants) is off.
 */
export const processorOptions = { remarkPlugins, rehypePlugins, smartypants: false } as const;
