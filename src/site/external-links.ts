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

/** An archived copy of an outside page: its address and the day of the capture (`src/schemas/archived.ts`). */
export interface ArchivedCopy {
	url: string;
	date: string;
}

/**
 * A link to an outside page we rely on (a source as cited, a piece of
 * evidence), made robust after the Robust Links specification
 * (https://robustlinks.mementoweb.org/spec/): the link carries the page's
 * address, the day we linked it and, where one was made, an archived copy, so
 * a reader or a tool can find the page as it was once it moves or changes.
 */
export interface RobustLink {
	/** Where the link goes: the page itself. */
	href: string;
	/** The Robust Links attributes, to spread onto the `<a>`. */
	attributes: {
		'data-originalurl': string;
		'data-versiondate'?: string;
		'data-versionurl'?: string;
	};
	/**
	 * Where to find the page as it was: the archived copy we recorded, or else a
	 * look-up in the Internet Archive for the capture nearest the day we linked
	 * it, which may find none. Undefined when the link has no date to look near.
	 */
	archive:
		| { kind: 'recorded'; url: string; date: string }
		| { kind: 'lookup'; url: string; date: string }
		| undefined;
}

/**
 * The robust form of a link to `url`, linked on the day `linkedOn`
 * ("YYYY-MM-DD", the day we consulted the page, or undefined when no day is
 * known), with the archived copy recorded for it, if any.
 *
 * @example robustLink('https://a.example/x', '2025-03-10').archive
 * // { kind: 'lookup', url: 'https://web.archive.org/web/20250310/https://a.example/x', date: '2025-03-10' }
 */
export function robustLink(url: string, linkedOn: string | undefined, archived?: ArchivedCopy): RobustLink {
	return {
		href: url,
		attributes: {
			'data-originalurl': url,
			...(linkedOn ? { 'data-versiondate': linkedOn } : {}),
			...(archived ? { 'data-versionurl': archived.url } : {}),
		},
		archive: archived
			? { kind: 'recorded', url: archived.url, date: archived.date }
			: linkedOn
				? { kind: 'lookup', url: waybackLookup(url, linkedOn), date: linkedOn }
				: undefined,
	};
}

/**
 * The Internet Archive's Wayback Machine address that opens its capture of
 * `url` nearest the day `date` ("YYYY-MM-DD"), or says it has none. The
 * Wayback Machine reads the original address raw after the timestamp, its
 * query string included, so it is not percent-encoded as a whole (`?` and `&`
 * encoded would name another page); it is only normalised as a URL is
 * (spaces and non-ASCII letters percent-encoded, the host in ASCII). A
 * `#fragment` is never sent to a server: it stays the look-up's own fragment,
 * which the archived page scrolls to as the original would.
 *
 * @example waybackLookup('https://a.example/x?id=1&p=2', '2025-03-10')
 * // 'https://web.archive.org/web/20250310/https://a.example/x?id=1&p=2'
 */
export function waybackLookup(url: string, date: string): string {
	return `https://web.archive.org/web/${date.replaceAll('-', '')}/${new URL(url).href}`;
}
