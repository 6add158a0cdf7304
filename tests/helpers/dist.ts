import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';

/** One built HTML page, parsed. */
export interface Page {
	/** The URL path it is served at, e.g. `/claims/x/` or `/404.html`. */
	path: string;
	tree: Root;
	ids: Set<string>;
}

/** Every HTML page under `dir`, keyed by the URL path a static host serves it at. */
export function readSite(dir: string): Map<string, Page> {
	const pages = new Map<string, Page>();
	for (const file of walk(dir).filter((file) => file.endsWith('.html'))) {
		const path = urlPath(dir, file);
		const tree = rehype().parse(readFileSync(file, 'utf8'));
		const ids = new Set(selectAll('[id]', tree).map((el) => String(el.properties.id)));
		pages.set(path, { path, tree, ids });
	}
	return pages;
}

const parsed = new Map<string, Map<string, Page>>();

/**
 * `readSite` for a site the global setup built, which no test rebuilds:
 * `dist/` and the published fixture's. Each test worker parses it once for all
 * the files it runs, which only read it.
 */
export function builtSite(dir: string): Map<string, Page> {
	let site = parsed.get(dir);
	if (!site) parsed.set(dir, (site = readSite(dir)));
	return site;
}

/** The URL paths of every HTML page under `dir`, sorted, e.g. `['/', '/404.html', '/claims/', …]`. */
export function pagePaths(dir: string): string[] {
	return walk(dir)
		.filter((file) => file.endsWith('.html'))
		.map((file) => urlPath(dir, file))
		.sort();
}

/** The URL path a static host serves `file` (under `dir`) at: `claims/x/index.html` → `/claims/x/`. */
export function urlPath(dir: string, file: string): string {
	const rel = relative(dir, file).split(sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every file under `dir`. */
export function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

/**
 * The elements under `tree` that `match` accepts, in document order: for the
 * checks run over every page of a site, whose question is not a CSS selector.
 * A plain walk: hast-util-select (used for CSS selectors in the tests) took
 * ten times as long over a whole site, and these run over every page.
 */
export function select(tree: Root | Element, match: (el: Element) => boolean): Element[] {
	const found: Element[] = [];
	const walkFrom = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (match(child)) found.push(child);
			walkFrom(child);
		}
	};
	walkFrom(tree);
	return found;
}

/** Whether an element has the class `name`, as a test for `select`. */
export const hasClass = (name: string) => (el: Element) =>
	Array.isArray(el.properties.className) && el.properties.className.includes(name);

/** Whether an element is a `tag`, as a test for `select`. */
export const byTag = (tag: string) => (el: Element) => el.tagName === tag;

export const text = (node: Root | Element) => toString(node).replace(/\s+/g, ' ').trim();

export const href = (el: Element) =>
	typeof el.properties.href === 'string' ? el.properties.href : undefined;

/** All `<a href>` values on a page. */
export function links(page: Page | Element): string[] {
	const tree = 'tree' in page ? page.tree : page;
	return selectAll('a[href]', tree).flatMap((el) => href(el) ?? []);
}

/**
 * Where an internal link lands: the page path and fragment, or undefined for
 * links that leave the site.
 */
export function resolveLink(from: string, link: string): { path: string; hash: string } | undefined {
	const target = new URL(link, `http://site.test${from}`);
	if (target.origin !== 'http://site.test') return undefined;
	return { path: decodeURIComponent(target.pathname), hash: decodeURIComponent(target.hash.slice(1)) };
}

/**
 * Every internal `href`/`src`/`srcset` on the site that does not land on a
 * page (or an asset file) and, with a `#fragment`, on an element of it, as
 * `from → link` lines.
 */
export function brokenLinks(site: Map<string, Page>): string[] {
	const broken: string[] = [];
	for (const [from, current] of site) {
		const targets = selectAll('[href], [src], [srcset]', current.tree).flatMap((el) => [
			...(typeof el.properties.href === 'string' ? [el.properties.href] : []),
			...(typeof el.properties.src === 'string' ? [el.properties.src] : []),
			...(typeof el.properties.srcSet === 'string'
				? el.properties.srcSet.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!)
				: []),
		]);
		for (const link of targets) {
			const target = resolveLink(from, link);
			if (!target) continue;
			const landing = site.get(target.path);
			const isAsset = /\.[a-z0-9]+$/i.test(target.path) && !target.path.endsWith('.html');
			if (!landing && !isAsset) broken.push(`${from} → ${link}`);
			if (landing && target.hash && !landing.ids.has(target.hash))
				broken.push(`${from} → ${link} (no #${target.hash})`);
		}
	}
	return broken;
}

/**
 * A page's kind: its path with each part after the first replaced, e.g.
 * `/claims/[id]/`, or `/compare/[id]/[id]/` for a page comparing two versions.
 */
export const kindOf = (path: string) =>
	path
		.split('/')
		.map((part, i, parts) => (i > 1 && i < parts.length - 1 ? '[id]' : part))
		.join('/');

/** The file a static host serves a URL path from. */
export const fileOf = (dir: string, path: string) =>
	join(dir, path.endsWith('/') ? `${path}index.html` : path);

/**
 * The URL paths of the largest page of each kind under `dir` (the most text,
 * the longest sidebar, the widest tables), sorted: one page to stand for all
 * the pages its template makes.
 */
export function largestOfEachKind(dir: string): string[] {
	const largest = new Map<string, { path: string; size: number }>();
	for (const path of pagePaths(dir)) {
		const size = statSync(fileOf(dir, path)).size;
		const current = largest.get(kindOf(path));
		if (current === undefined || size > current.size) largest.set(kindOf(path), { path, size });
	}
	return [...largest.values()].map(({ path }) => path).sort();
}
