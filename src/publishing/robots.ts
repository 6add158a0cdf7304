import { paths } from '../site/paths';

/**
 * robots.txt: everything may be crawled; the sitemap is named by its full
 * address, as the format requires.
 *
 * @example robotsTxt(new URL('https://example.org/news/')) // 'User-agent: *\nAllow: /\n\nSitemap: https://example.org/news/sitemap-index.xml\n'
 */
export function robotsTxt(home: URL): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(paths.sitemap(), home).href}\n`;
}
