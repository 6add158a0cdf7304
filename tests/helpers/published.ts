import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { selectAll } from 'hast-util-select';
import { type Page } from './dist';

const xml = new XMLParser({ isArray: (name) => ['sitemap', 'url', 'item', 'category'].includes(name) });

export function readXml(dist: string, file: string): any {
	return xml.parse(readFileSync(join(dist, file), 'utf8'));
}

/** Every `<script type="application/ld+json">` block on a page, parsed. */
export function jsonLd(page: Page): any[] {
	return selectAll('script[type="application/ld+json"]', page.tree).map((el) =>
		JSON.parse(el.children.map((child) => ('value' in child ? child.value : '')).join('')),
	);
}

/** Every string under a `url`-like key anywhere in a JSON-LD or data value. */
export function urlsIn(
	value: unknown,
	keys = ['url', 'mainEntityOfPage', 'page', '$schema', 'site'],
): string[] {
	if (Array.isArray(value)) return value.flatMap((item) => urlsIn(item, keys));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) =>
		keys.includes(key) && typeof inner === 'string' ? [inner] : urlsIn(inner, keys),
	);
}

/**
 * Every absolute URL the built site publishes for machines: feed, sitemap,
 * robots.txt, the open data and the JSON-LD of every page.
 */
export function publishedUrls(dist: string, pages: Map<string, Page>): Record<string, string[]> {
	const sitemapIndex = readXml(dist, 'sitemap-index.xml');
	const sitemaps: string[] = sitemapIndex.sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
	const sitemapPages = sitemaps.flatMap((loc) =>
		readXml(dist, new URL(loc).pathname.split('/').at(-1)!).urlset.url.map(
			(entry: { loc: string }) => entry.loc,
		),
	);
	const feed = readXml(dist, 'rss.xml').rss.channel;
	const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
	return {
		sitemap: [...sitemaps, ...sitemapPages],
		feed: [feed.link, ...feed.item.flatMap((item: { link: string; guid: unknown }) => [item.link])],
		robots: [...robots.matchAll(/^Sitemap: (.+)$/gm)].map((match) => match[1]!),
		data: urlsIn(JSON.parse(readFileSync(join(dist, 'data.json'), 'utf8'))),
		schema: [JSON.parse(readFileSync(join(dist, 'data.schema.json'), 'utf8')).$id],
		jsonLd: [...pages.values()].flatMap((page) => urlsIn(jsonLd(page))),
	};
}

/**
 * Where a published URL lands in `dist`, given the site's home URL (base path
 * included): the file a static host would serve, and whether its `#fragment`
 * exists on that page. `undefined` when the URL is not under `home`.
 */
export function landing(
	dist: string,
	pages: Map<string, Page>,
	home: string,
	url: string,
): { file: string; exists: boolean; fragmentFound: boolean } | undefined {
	if (!url.startsWith(home)) return undefined;
	const target = new URL(url);
	const path = `/${decodeURIComponent(target.pathname).slice(new URL(home).pathname.length)}`;
	let file = join(dist, path);
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	const hash = decodeURIComponent(target.hash.slice(1));
	return {
		file,
		exists: existsSync(file),
		fragmentFound: !hash || (pages.get(path)?.ids.has(hash) ?? false),
	};
}
