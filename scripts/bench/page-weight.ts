import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a built page weighs for a reader: the HTML and everything it makes the
 * browser load (stylesheets, scripts and their static imports, images, icons,
 * fonts in CSS), raw and gzipped. Reads only `dist/`, so it measures whatever
 * the site has become. Used by `npm run bench` and by the page-weight budget test.
 */

/** A file's size, as stored and as sent gzipped. */
export interface Size {
	raw: number;
	gzip: number;
}

export type ResourceKind = 'css' | 'js' | 'image' | 'font' | 'other';

export interface Resource extends Size {
	/** The URL path, e.g. `/_astro/index.abc.css`. */
	path: string;
	kind: ResourceKind;
}

export interface PageWeight {
	/** The URL path the page is served at, e.g. `/claims/x/`. */
	path: string;
	kind: string;
	html: Size;
	/** Inline `<script>` text, part of the HTML but JavaScript all the same. */
	inlineJs: Size;
	/** Everything loaded with the page, each file once. */
	resources: Resource[];
	/** JavaScript the page only fetches on demand (a dynamic `import()`), e.g. a search engine once the reader types. */
	onDemand: Resource[];
	/** Absolute URLs on another host that the page would request. */
	thirdParty: string[];
	/** Gzip totals by kind: what loads with the page (`all` is HTML + every resource). */
	total: { css: number; js: number; image: number; font: number; all: number };
}

/** The size of `bytes`, raw and gzipped (level 9, as a static host precompresses). */
export function sizeOf(bytes: Buffer | string): Size {
	const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
	return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

/**
 * The kind of page at a URL path, for grouping: home, article, claim, source,
 * topic, their indexes, comparison and search pages, and the rest by name.
 *
 * @example pageKind('/claims/x/') // 'claim'
 * @example pageKind('/claims/') // 'claim index'
 */
export function pageKind(path: string, base = '/'): string {
	const parts = path.slice(base.length).split('/').filter(Boolean);
	const [section] = parts;
	if (section === undefined) return 'home';
	if (section === '404.html') return '404';
	if (parts.some((part) => /compar/.test(part))) return 'comparison';
	if (section === 'search') return 'search';
	const singular: Record<string, string> = {
		articles: 'article',
		claims: 'claim',
		sources: 'source',
		topics: 'topic',
		stories: 'story',
	};
	const name = singular[section] ?? section;
	return parts.length === 1 && singular[section] ? `${name} index` : name;
}

/** The `src`/`href` values of what an HTML page loads, split into page-load and on-demand. */
export interface PageReferences {
	stylesheets: string[];
	scripts: string[];
	images: string[];
	/** Other `<link>` requests: icons, preloads, manifests, preconnects. */
	links: string[];
	inlineScripts: string[];
}

const attr = (tag: string, name: string) =>
	new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find(Boolean);

/**
 * Finds what an HTML page asks the browser to load. A regular expression
 * scan, not a full parser: the pages are Astro's own well-formed output.
 *
 * @example findReferences('<link rel="stylesheet" href="/a.css">').stylesheets // ['/a.css']
 */
export function findReferences(html: string): PageReferences {
	const found: PageReferences = { stylesheets: [], scripts: [], images: [], links: [], inlineScripts: [] };
	const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
	for (const [tag] of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
		const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
		const href = attr(tag, 'href');
		if (!href) continue;
		if (rel.includes('stylesheet')) found.stylesheets.push(href);
		else if (
			rel.some((r) =>
				['icon', 'preload', 'modulepreload', 'manifest', 'preconnect', 'dns-prefetch', 'prefetch'].includes(
					r,
				),
			)
		)
			found.links.push(href);
	}
	for (const [, open, body] of withoutComments.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
		const type = (attr(open!, 'type') ?? '').toLowerCase();
		// JSON-LD and other data blocks are not run.
		if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
		const src = attr(open!, 'src');
		if (src) found.scripts.push(src);
		else if (body!.trim()) found.inlineScripts.push(body!);
	}
	for (const [tag] of withoutComments.matchAll(/<(?:img|source|video|audio|iframe|embed)\b[^>]*>/gi)) {
		const src = attr(tag, 'src');
		if (src) found.images.push(src);
		const srcset = attr(tag, 'srcset');
		if (srcset) found.images.push(...srcset.split(',').map((item) => item.trim().split(/\s+/)[0]!));
	}
	for (const [, style] of withoutComments.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
		found.images.push(...cssUrls(style!));
	}
	return found;
}

/** The `url(…)` and `@import` targets of a stylesheet. */
export function cssUrls(css: string): string[] {
	const urls = [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)].map(
		(match) => match[1] ?? match[2] ?? match[3] ?? '',
	);
	const imports = [...css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)].map(
		(match) => match[1] ?? match[2] ?? '',
	);
	return [...urls, ...imports].filter((url) => url && !url.startsWith('data:') && !url.startsWith('#'));
}

/**
 * The static and dynamic imports of an ES module: static ones load with it,
 * dynamic ones (`import('…')`) only when the code asks for them. A dynamic
 * import of the site's own `url('…')` (minified to any name) is a path from
 * the site's root, put under `fromSite`.
 */
export function jsImports(js: string): { static: string[]; dynamic: string[]; fromSite: string[] } {
	const staticImports = [
		...js.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g),
		...js.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g),
	].map((match) => match[1]!);
	const dynamicImports = [...js.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]!);
	const fromSite = [
		...js.matchAll(/\bimport\(\s*(?:\/\*.*?\*\/\s*)?[\w$]+\(\s*["'`]([^"'`]+)["'`]\s*\)\s*\)/g),
	].map((match) => match[1]!);
	return {
		static: [...new Set(staticImports)],
		dynamic: [...new Set(dynamicImports)],
		fromSite: [...new Set(fromSite)],
	};
}

const kindOf = (path: string): ResourceKind => {
	const ext = extname(path.split(/[?#]/)[0]!).toLowerCase();
	if (ext === '.css') return 'css';
	if (ext === '.js' || ext === '.mjs') return 'js';
	if (['.woff', '.woff2', '.ttf', '.otf'].includes(ext)) return 'font';
	if (['.svg', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico'].includes(ext)) return 'image';
	return 'other';
};

/** The page-weight budget: what any page may make a reader download before it can be read. */
export const pageBudget = {
	/**
	 * Everything a page loads (HTML, CSS, JS, images, fonts), gzip. 32 KB since
	 * each claim carries each version's wording judgement beside its verdict:
	 * the article pages and the comparison reached 31 KB with them.
	 */
	allIn: 32 * 1024,
	/** JavaScript run at page load, gzip; JavaScript fetched only on demand is not counted. */
	js: 3 * 1024,
};

/**
 * Measures one page of a built site: `dist` is the folder, `path` the URL path
 * it is served at (under `base`, the site's base path).
 */
export function measurePage(
	dist: string,
	path: string,
	{ base = '/', origin = 'http://site.test' } = {},
): PageWeight {
	const pageUrl = new URL(path, origin);
	const siteRoot = new URL(base, origin);
	const html = readFileSync(fileFor(dist, path, base)!);
	const refs = findReferences(html.toString('utf8'));
	const resources = new Map<string, Resource>();
	const onDemand = new Map<string, Resource>();
	const thirdParty = new Set<string>();

	const load = (reference: string, from: URL, into: Map<string, Resource>, kind?: ResourceKind) => {
		const target = new URL(reference, from);
		if (target.protocol === 'data:') return;
		if (target.origin !== pageUrl.origin) {
			thirdParty.add(target.href);
			return;
		}
		if (resources.has(target.pathname) || into.has(target.pathname)) return;
		const file = fileFor(dist, target.pathname, base);
		if (!file) return;
		const bytes = readFileSync(file);
		const resource: Resource = {
			path: target.pathname,
			kind: kind ?? kindOf(target.pathname),
			...sizeOf(bytes),
		};
		into.set(target.pathname, resource);
		if (resource.kind === 'css') {
			for (const url of cssUrls(bytes.toString('utf8'))) {
				const nested = new URL(url, target);
				load(url, target, into, kindOf(nested.pathname) === 'other' ? 'font' : undefined);
			}
		}
		if (resource.kind === 'js') {
			const imports = jsImports(bytes.toString('utf8'));
			for (const url of imports.static) load(url, target, into);
			for (const url of imports.dynamic) load(url, target, onDemand);
			for (const path of imports.fromSite) load(path, siteRoot, onDemand);
		}
	};

	for (const href of refs.stylesheets) load(href, pageUrl, resources, 'css');
	for (const src of refs.scripts) load(src, pageUrl, resources, 'js');
	for (const src of refs.images) load(src, pageUrl, resources);
	for (const href of refs.links) load(href, pageUrl, resources);
	for (const script of refs.inlineScripts) {
		const imports = jsImports(script);
		for (const url of imports.static) load(url, pageUrl, resources);
		for (const url of imports.dynamic) load(url, pageUrl, onDemand);
		for (const path of imports.fromSite) load(path, siteRoot, onDemand);
	}

	const htmlSize = sizeOf(html);
	const inlineJs = sizeOf(refs.inlineScripts.join('\n'));
	const sum = (kind: ResourceKind) =>
		[...resources.values()]
			.filter((resource) => resource.kind === kind)
			.reduce((total, r) => total + r.gzip, 0);
	const all = htmlSize.gzip + [...resources.values()].reduce((total, resource) => total + resource.gzip, 0);
	return {
		path,
		kind: pageKind(path, base),
		html: htmlSize,
		inlineJs: refs.inlineScripts.length ? inlineJs : { raw: 0, gzip: 0 },
		resources: [...resources.values()],
		onDemand: [...onDemand.values()].filter((resource) => !resources.has(resource.path)),
		thirdParty: [...thirdParty],
		total: {
			css: sum('css'),
			js: sum('js') + (refs.inlineScripts.length ? inlineJs.gzip : 0),
			image: sum('image'),
			font: sum('font'),
			all,
		},
	};
}

/** The file a static host would serve for a URL path, or undefined. */
function fileFor(dist: string, path: string, base: string): string | undefined {
	const within = decodeURIComponent(
		path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, ''),
	);
	const file = join(dist, within);
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

/** Every HTML page of a built site, as the URL paths they are served at. */
export function sitePages(dist: string, base = '/'): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const full = join(dir, name);
			return statSync(full).isDirectory() ? walk(full) : [full];
		});
	return walk(dist)
		.filter((file) => file.endsWith('.html'))
		.map((file) => `${base}${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

/** Per page kind: how many pages, and the heaviest page's figures (so a budget holds for all). */
export interface KindSummary {
	kind: string;
	pages: number;
	/** The page with the largest all-in gzip total. */
	heaviest: PageWeight;
	/** The largest on-demand JavaScript of any page of this kind, gzip. */
	onDemandJs: number;
}

/** Measures every page and groups by kind, heaviest page first within each. */
export function summariseByKind(weights: PageWeight[]): KindSummary[] {
	const groups = new Map<string, PageWeight[]>();
	for (const weight of weights) groups.set(weight.kind, [...(groups.get(weight.kind) ?? []), weight]);
	return [...groups].map(([kind, pages]) => ({
		kind,
		pages: pages.length,
		heaviest: pages.reduce((a, b) => (b.total.all > a.total.all ? b : a)),
		onDemandJs: Math.max(...pages.map((page) => page.onDemand.reduce((total, r) => total + r.gzip, 0))),
	}));
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** A plain-text table of `summariseByKind`, sizes in KB. */
export function formatWeightTable(summaries: KindSummary[]): string {
	const header = [
		'kind',
		'pages',
		'HTML raw',
		'HTML gz',
		'CSS raw',
		'CSS gz',
		'JS raw',
		'JS gz',
		'all-in gz',
		'on-demand JS gz',
	];
	const rows = summaries.map(({ kind, pages, heaviest: page, onDemandJs }) => {
		const raw = (k: ResourceKind) =>
			page.resources.filter((r) => r.kind === k).reduce((t, r) => t + r.raw, 0);
		return [
			kind,
			String(pages),
			kb(page.html.raw),
			kb(page.html.gzip),
			kb(raw('css')),
			kb(page.total.css),
			kb(raw('js') + page.inlineJs.raw),
			kb(page.total.js),
			kb(page.total.all),
			kb(onDemandJs),
		];
	});
	return table(header, rows);
}

/** Pads columns into a plain-text table with a rule under the header. */
export function table(header: string[], rows: string[][]): string {
	const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
	const line = (row: string[]) =>
		row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
	return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
