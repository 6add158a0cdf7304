/**
 * How a link that leaves the site is written, in one place for the Markdown
 * pipeline (`rehype-external-links`, set up in `src/markdown/plugins.ts`) and
 * the components (`src/components/ExternalLink.astro`), so every outbound link looks and
 * behaves the same: it opens no window reference back to us, sends no
 * referrer, and says it leaves the site both on screen (the ↗ glyph of
 * `a.external` in global.css) and to a screen reader (the hidden label).
 */
export const externalLink = {
	rel: ['external', 'noopener', 'noreferrer'],
	className: 'external',
	/** Read out after the link text; hidden on screen, where the glyph says the same. */
	label: '(external link)',
} as const;

/**
 * Whether `href` leaves the site: an absolute http(s) address on another host
 * than `siteUrl`'s. Relative links, fragments and other schemes stay.
 *
 * @example isExternal('https://www.nhk.or.jp/x', 'https://sourceline.example') // true
 * @example isExternal('/claims/x/', 'https://sourceline.example') // false
 */
export function isExternal(href: string, siteUrl?: string | URL): boolean {
	if (!/^https?:\/\//i.test(href.trim())) return false;
	let target: URL;
	try {
		target = new URL(href.trim());
	} catch {
		return false;
	}
	if (!siteUrl) return true;
	return target.host !== new URL(siteUrl).host;
}
