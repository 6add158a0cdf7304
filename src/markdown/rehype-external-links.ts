import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { externalLink, isExternal } from '../site/external-links';

export interface Options {
	/** The site's own address; links to its host are not external (default: every http(s) link is). */
	site?: string | URL;
}

/**
 * Marks links that leave the site the way `src/site/external-links.ts` says:
 * `rel="external noopener noreferrer"`, the `external` class (its ↗ glyph is
 * drawn by global.css) and a visually hidden "(external link)" label for
 * screen readers. Modelled on `rehype-external-links` (MIT), which is not
 * used because one shared definition of the marker serves the components too.
 */
export default function rehypeExternalLinks(options: Options = {}) {
	return function transform(tree: Root) {
		visit(tree, 'element', (node) => {
			if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
			if (!isExternal(node.properties.href, options.site)) return;
			node.properties.rel = [...externalLink.rel];
			node.properties.className = [...classesOf(node), externalLink.className];
			node.children.push({
				type: 'element',
				tagName: 'span',
				properties: { className: ['visually-hidden'] },
				children: [{ type: 'text', value: ` ${externalLink.label}` }],
			});
		});
	};
}

function classesOf(node: Element): string[] {
	const value = node.properties.className;
	return Array.isArray(value) ? value.map(String) : [];
}
