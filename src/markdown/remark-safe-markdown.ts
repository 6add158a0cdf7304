import type { Definition, Image, Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { recordProblem } from './problems';

export interface Options {
	/** URL schemes a link or image may use; relative links and `#fragments` are always allowed. */
	schemes?: string[];
}

/**
 * Keeps articles to plain Markdown: raw HTML (`<script>`, `<iframe>`, event
 * handlers…), links with other schemes than http(s) or mailto (`javascript:`,
 * `data:`), addresses that leave out their scheme (`//host/…`) and images from
 * other hosts (each one a request to a third party, a tracking pixel at worst)
 * are recorded as problems, which fail the build, and taken out of the page,
 * so they can never reach `dist/`. A faithful copy of a news article never
 * needs any of them.
 */
export default function remarkSafeMarkdown(options: Options = {}) {
	const schemes = options.schemes ?? ['http', 'https', 'mailto'];

	return function transform(tree: Root, file: VFile) {
		const check = (node: Link | Image | Definition, isImage: boolean) => {
			const problem = addressProblem(node.url, schemes, isImage);
			if (problem) {
				recordProblem(file, problem, node);
				node.url = '#';
			} else node.url = lowerCaseScheme(node.url);
		};
		// A definition serves an image only if an image refers to it, which may come later.
		const definitions: Definition[] = [];
		const imageReferences = new Set<string>();

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
			if (node.type === 'link' || node.type === 'image') check(node, node.type === 'image');
			if (node.type === 'definition') definitions.push(node);
			if (node.type === 'imageReference') imageReferences.add(node.identifier);
			return undefined;
		});
		for (const definition of definitions) check(definition, imageReferences.has(definition.identifier));
	};
}

/**
 * The address with its scheme in lower case. A scheme is case-insensitive
 * (RFC 3986, 3.1), but the sanitizer's allow-list is not: `HTTPS://…` would
 * lose its `href` there.
 *
 * @example lowerCaseScheme('HTTPS://Example.org/A') // 'https://Example.org/A'
 */
function lowerCaseScheme(url: string): string {
	return url.replace(/^\s*([a-z][a-z0-9+.-]*):/i, (scheme) => scheme.toLowerCase());
}

/** What is wrong with a link's or an image's address, if anything. */
function addressProblem(url: string, schemes: string[], isImage: boolean): string | undefined {
	const address = url.replace(/[\s\u0000-\u001f]/g, '');
	const quoted = `"${url.slice(0, 40)}"`;
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1];
	if (scheme && !schemes.includes(scheme.toLowerCase())) {
		return `the address ${quoted} is not allowed; expected an http(s) or mailto address, or a relative link`;
	}
	if (address.startsWith('//')) {
		return `the address ${quoted} leaves out its scheme; expected it to start with https:// or http://`;
	}
	if (isImage && scheme) {
		return `the image ${quoted} is on another host, and every reader would request it from there; expected a relative path to a file in public/`;
	}
	return undefined;
}
