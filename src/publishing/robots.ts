import { paths } from '../site/paths';

/**
 * robots.txt: everything may be crawled; the sitemap is named by its full
 * address, as the format requires.
 *
 * @example robotsTxt(new URL('https://example.org/news/')) // 'User-agent: *\nAllow: /\n\nSitemap: https://example.org/news/sitemap-index.xml\n'
 */
export function robotsTxt(home: URL): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapLine(home)}\n`;
}

/**
 * What a build under a sub-path must tell whoever deploys it: crawlers read
 * robots.txt only at the host's root, so the one the site writes into its own
 * folder is never read, and the sitemap is found only if the root's file names
 * it. Undefined for a site at the root of its host.
 *
 * @example robotsNotice(new URL('https://example.org/news/')) // 'robots.txt is read only at https://example.org/robots.txt, …'
 */
export function robotsNotice(home: URL): string | undefined {
	if (home.pathname === '/') return undefined;
	return `robots.txt is read only at ${new URL('/robots.txt', home).href}, not under ${home.pathname}: add "Sitemap: ${sitemapLine(home)}" to that file (docs/deploy.md)`;
}

function sitemapLine(home: URL): string {
	return new URL(paths.sitemap(), home).href;
}
