import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import rehypeExternalLinks, { type Options as ExternalLinksOptions } from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import { externalLink, isExternal } from '../site/external-links';
import remarkClaimMarkers from './remark-claim-markers';
import remarkSafeMarkdown from './remark-safe-markdown';
import { articleSchema } from './sanitize-schema';

/**
 * `rehype-external-links` set to mark a link that leaves the site as
 * `src/site/external-links.ts` defines it, the markup `ExternalLink.astro`
 * writes: `rel="external noopener noreferrer"`, the `external` class added to
 * any the link has (its ↗ glyph is drawn by global.css) and the visually
 * hidden "(external link)" label. Which links leave is `isExternal`'s to say,
 * so links to `site`'s own host stay internal (default: every http(s) link
 * leaves).
 *
 * @example unified().use(rehypeExternalLinks, externalLinksOptions('https://sourceline.example'))
 */
export function externalLinksOptions(site?: string | URL): ExternalLinksOptions {
	return {
		test: (element) => isExternal(String(element.properties.href), site),
		rel: [...externalLink.rel],
		properties: (element) => ({ className: [...classesOf(element), externalLink.className] }),
		content: { type: 'text', value: ` ${externalLink.label}` },
		contentProperties: { className: ['visually-hidden'] },
	};
}

function classesOf(element: Element): string[] {
	const value = element.properties.className;
	return Array.isArray(value) ? value.map(String) : [];
}

/**
 * The site's Markdown plugins, in order. `astro.config.mjs` and the tests both
 * use these lists, so the tests run the pipeline the site is built with.
 */
export const remarkPlugins: RemarkPlugins = [remarkSafeMarkdown, remarkDirective, remarkClaimMarkers];

/** The sanitizer comes last, so nothing added after it escapes the allow-list. */
export const rehypePlugins: RehypePlugins = [
	[rehypeExternalLinks, externalLinksOptions()],
	[rehypeSanitize, articleSchema],
];

/**
 * Everything the site's Markdown processor is given. The Markdown is the
 * versions' own text, which we quote to judge it: no typography pass changes
 * a quote mark, an apostrophe or a dash, so Astro's (smartypants) is off.
 */
export const processorOptions = { remarkPlugins, rehypePlugins, smartypants: false } as const;
