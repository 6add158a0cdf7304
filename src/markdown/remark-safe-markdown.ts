import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { recordProblem } from './problems';

export interface Options {
	/** URL schemes a link or image may use; relative links and `#fragments` are always allowed. */
	schemes?: string[];
}

/**
 * Keeps articles to plain Markdown: raw HTML (`<script>`, `<iframe>`, event
 * handlers…) and links with other schemes than http(s) or mailto
 * (`javascript:`, `data:`) are recorded as problems, which fail the build,
 * and taken out of the page, so they can never reach `dist/`. A faithful copy
 * of a news article never needs either.
 */
export default function remarkSafeMarkdown(options: Options = {}) {
	const schemes = options.schemes ?? ['http', 'https', 'mailto'];

	return function transform(tree: Root, file: VFile) {
		visit(tree, (node, index, parent) => {
			if (node.type === 'html') {
				const snippet = node.value.trim().slice(0, 40);
				recordProblem(
					file,
					`raw HTML is not allowed in an article ("${snippet}"); expected plain Markdown`,
					node,
				);
				if (parent && index !== undefined) parent.children.splice(index, 1);
				return [SKIP, index];
			}
			if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
				const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(node.url.replace(/[\s\u0000-\u001f]/g, ''))?.[1];
				if (scheme && !schemes.includes(scheme.toLowerCase())) {
					recordProblem(
						file,
						`the address "${node.url.slice(0, 40)}" is not allowed; expected an http(s) or mailto address, or a relative link`,
						node,
					);
					node.url = '#';
				}
			}
			return undefined;
		});
	};
}
