import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { externalLink } from '../site/external-links';

const defaults = defaultSchema.attributes ?? {};

/**
 * What an article's HTML may contain once rendered: GitHub's allow-list
 * (`defaultSchema`) plus exactly what our own plugins emit. This is the last
 * line of defence; `remark-safe-markdown` already fails the build on raw HTML
 * and unsafe link schemes, so the sanitizer should never have anything to
 * remove from a real article.
 *
 * - `mark.claim-marker` with its passage `id` and `data-claim`, and the
 *   `a.claim-ref` inside it (`remark-claim-markers`);
 * - external links' `rel`, class and hidden label (`rehype-external-links`).
 *
 * `clobber` is emptied: the default would prefix every `id` with
 * `user-content-` and break the passage anchors the sidebar links to. Authors
 * cannot write ids of their own (raw HTML fails the build and unknown
 * directives are put back as text), and GFM footnotes already carry the prefix.
 */
export const articleSchema: Schema = {
	...defaultSchema,
	tagNames: [...(defaultSchema.tagNames ?? []), 'mark'],
	attributes: {
		...defaults,
		mark: [['className', 'claim-marker'], 'dataClaim'],
		a: [
			// One className entry per element: a second would replace the first.
			...(defaults.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
			['className', 'data-footnote-backref', 'claim-ref', externalLink.className],
			['rel', ...externalLink.rel],
		],
		span: [...(defaults.span ?? []), ['className', 'visually-hidden']],
	},
	clobber: [],
	// Dropped with their contents rather than unwrapped: their text is code, not prose.
	strip: [...(defaultSchema.strip ?? []), 'style'],
	protocols: {
		...defaultSchema.protocols,
		href: ['http', 'https', 'mailto'],
	},
};
