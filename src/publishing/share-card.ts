import { createHash } from 'node:crypto';
import { SITE_TAGLINE, SITE_TITLE } from '../consts';
import { words } from '../strings';
import { verdicts, type VerdictId } from '../schemas/verdict';

/*
 * Share cards: the image a link preview shows for a page (its `og:image`).
 * A card is described here as data, a layout in satori's object form (the
 * shape React elements have, with no React), so what is drawn can be digested
 * before anything is drawn: the image's file name is that digest, and a
 * rebuild draws only the cards whose digest it has not drawn before
 * (`src/data/share-cards.ts`).
 */

/** What a card shows: the page's own words and figures, before they are laid out. */
export type CardContent =
	| { kind: 'claim'; claim: string; verdict: VerdictId }
	| { kind: 'version'; headline: string; outlet: string | undefined; claims: number }
	| { kind: 'home'; headline: string };

/** One element of a layout, in satori's object form. */
export interface CardElement {
	type: string;
	props: {
		style?: Record<string, string | number>;
		children?: CardChild | CardChild[];
		[attribute: string]: unknown;
	};
}
export type CardChild = CardElement | string;

/** A card as a page and the drawing read it. */
export interface ShareCard {
	/** A digest of exactly what is drawn: the layout, the fonts and the software that draws it. */
	digest: string;
	/** The image's site path, without the base: `og/<digest>.png`. */
	path: string;
	/** The card's text in words, for `og:image:alt`. */
	alt: string;
	layout: CardElement;
}

/** Open Graph's recommended size: large previews on every platform that shows one. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The fonts a card is drawn in: Source Sans 3 (SIL Open Font License 1.1) from
 * `@fontsource/source-sans-3`, as WOFF, which satori reads (it cannot read
 * WOFF2). No system font is used, so a card looks the same wherever it is
 * built. The latin subset covers the site's words; a letter outside it is
 * left out of the image (its alt text keeps it).
 */
export const CARD_FONTS = [
	{ name: 'Source Sans 3', weight: 400, file: 'source-sans-3-latin-400-normal.woff' },
	{ name: 'Source Sans 3', weight: 700, file: 'source-sans-3-latin-700-normal.woff' },
] as const;

/**
 * The packages that draw a card, at the versions it was written for. They are
 * part of every digest, so a new version draws every card again; the drawing
 * refuses to run with any other installed (`src/data/share-cards.ts`).
 */
export const CARD_DRAWN_WITH = {
	satori: '0.63.2',
	'@resvg/resvg-js': '2.6.2',
	'@fontsource/source-sans-3': '5.3.1',
} as const;

/**
 * Each verdict's colours on the site's light scheme (`--verdict-<id>-fg` and
 * `-bg` in src/styles/global.css, which a test holds these to): a card is an
 * image, and cannot read the stylesheet.
 */
export const cardVerdictColours: Record<VerdictId, { fg: string; bg: string }> = {
	confirmed: { fg: '#1b7a3d', bg: '#e3f4e8' },
	'official-statement': { fg: '#4b45b8', bg: '#ebeafb' },
	'reported-unconfirmed': { fg: '#875a00', bg: '#fbf0d4' },
	contradicted: { fg: '#b4232f', bg: '#fbe0e3' },
	'not-found': { fg: '#0b6e80', bg: '#dcf1f4' },
	'not-checkable': { fg: '#62666d', bg: '#eceef1' },
};

/** The site's light page colours (`--bg`, `--text`, `--text-muted`, `--border` in global.css). */
const page = { bg: '#fbfaf7', text: '#1d1d1b', muted: '#55524b', border: '#d9d4c7' };

/**
 * Each verdict's symbol (`verdicts[id].symbol`: ✓ ❝ ◐ ✕ ∅ ◇) drawn as lines in a
 * 24-unit square: the card's font has no such glyphs, and the symbol must be
 * there, since a verdict never rests on colour alone.
 */
const symbolShapes: Record<VerdictId, { d: string; fill?: boolean }[]> = {
	confirmed: [{ d: 'M4 12.5 9.5 18 20 6' }],
	'official-statement': [
		{ d: 'M3 16a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0Z', fill: true },
		{ d: 'M3.3 16C3 10.5 5.5 7 9.5 5.5' },
		{ d: 'M13 16a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0Z', fill: true },
		{ d: 'M13.3 16C13 10.5 15.5 7 19.5 5.5' },
	],
	'reported-unconfirmed': [
		{ d: 'M12 3a9 9 0 0 0 0 18Z', fill: true },
		{ d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0' },
	],
	contradicted: [{ d: 'M5 5 19 19M19 5 5 19' }],
	'not-found': [{ d: 'M5 12a7 7 0 1 0 14 0a7 7 0 1 0 -14 0' }, { d: 'M4.5 19.5 19.5 4.5' }],
	'not-checkable': [{ d: 'M12 2.5 21.5 12 12 21.5 2.5 12Z' }],
};

const element = (
	type: string,
	style: Record<string, string | number>,
	children?: CardChild | CardChild[],
): CardElement => ({ type, props: { style, ...(children === undefined ? {} : { children }) } });

function verdictSymbol(verdict: VerdictId, size: number): CardElement {
	const colour = cardVerdictColours[verdict].fg;
	return {
		type: 'svg',
		props: {
			width: size,
			height: size,
			viewBox: '0 0 24 24',
			children: symbolShapes[verdict].map(({ d, fill }) => ({
				type: 'path',
				props: {
					d,
					fill: fill ? colour : 'none',
					stroke: colour,
					strokeWidth: 2.6,
					strokeLinecap: 'round',
					strokeLinejoin: 'round',
				},
			})),
		},
	};
}

/** Text cut to `lines` lines with an ellipsis, as satori measures it in the card's font. */
const clamped = (text: string, lines: number, style: Record<string, string | number>) =>
	element('div', { display: 'block', lineClamp: lines, ...style }, text);

/** The frame every card shares: the site's name above (unless the card is the site's own), a coloured rule on the left, the page's part below. */
function frame(
	accent: string,
	eyebrow: string | undefined,
	body: CardChild[],
	footer: CardChild[],
): CardElement {
	return element(
		'div',
		{
			width: CARD_SIZE.width,
			height: CARD_SIZE.height,
			display: 'flex',
			backgroundColor: page.bg,
			color: page.text,
			fontFamily: CARD_FONTS[0].name,
		},
		[
			element('div', { width: 24, flexShrink: 0, backgroundColor: accent }),
			element(
				'div',
				{
					display: 'flex',
					flexDirection: 'column',
					justifyContent: 'space-between',
					flexGrow: 1,
					padding: '56px 72px 56px 64px',
				},
				[
					...(eyebrow === undefined
						? []
						: [
								element('div', { display: 'flex', fontSize: 30, color: page.muted }, [
									element('span', { fontWeight: 700, color: page.text }, SITE_TITLE),
									element('span', { marginLeft: 16 }, eyebrow),
								]),
							]),
					element('div', { display: 'flex', flexDirection: 'column', paddingTop: eyebrow ? 0 : 24 }, body),
					element(
						'div',
						{
							display: 'flex',
							alignItems: 'center',
							borderTop: `2px solid ${page.border}`,
							paddingTop: 28,
							fontSize: 34,
						},
						footer,
					),
				],
			),
		],
	);
}

function layoutOf(content: CardContent): CardElement {
	switch (content.kind) {
		case 'claim': {
			const { fg, bg } = cardVerdictColours[content.verdict];
			return frame(
				fg,
				'· Claim checked',
				[clamped(`“${content.claim}”`, 5, { fontSize: 50, fontWeight: 700, lineHeight: 1.2 })],
				[
					element(
						'div',
						{
							display: 'flex',
							alignItems: 'center',
							backgroundColor: bg,
							color: fg,
							border: `2px solid ${fg}`,
							borderRadius: 999,
							padding: '8px 28px 8px 20px',
							fontWeight: 700,
						},
						[
							verdictSymbol(content.verdict, 38),
							element('span', { marginLeft: 14 }, verdicts[content.verdict].label),
						],
					),
				],
			);
		}
		case 'version':
			return frame(
				page.text,
				content.outlet ? `· Version · ${content.outlet}` : '· Version',
				[clamped(content.headline, 4, { fontSize: 58, fontWeight: 700, lineHeight: 1.15 })],
				[element('span', { color: page.muted }, words.cardClaimsChecked(content.claims))],
			);
		case 'home':
			return frame(
				page.text,
				undefined,
				[
					element('div', { fontSize: 84, fontWeight: 700, lineHeight: 1.1 }, SITE_TITLE),
					clamped(content.headline, 3, { fontSize: 48, lineHeight: 1.2, marginTop: 24 }),
				],
				[element('span', { color: page.muted }, SITE_TAGLINE)],
			);
	}
}

function altOf(content: CardContent): string {
	switch (content.kind) {
		case 'claim':
			return words.claimCardAlt(content.claim, verdicts[content.verdict].label);
		case 'version':
			return words.versionCardAlt(content.headline, content.outlet, words.cardClaimsChecked(content.claims));
		case 'home':
			return words.homeCardAlt(SITE_TITLE, content.headline);
	}
}

/**
 * A page's share card: its layout, its alt text, and the digest of exactly
 * what is drawn (the layout with every word and colour in it, the fonts, the
 * drawing software's versions), which names its image. Equal content gives
 * an equal digest, so two pages that would draw the same card share one image
 * and a rebuild draws only what changed.
 *
 * @example cardFor({ kind: 'claim', claim: 'The plant makes drones.', verdict: 'confirmed' }).path // 'og/…png'
 */
export function cardFor(content: CardContent): ShareCard {
	const layout = layoutOf(content);
	const digest = createHash('sha256')
		.update(JSON.stringify({ size: CARD_SIZE, fonts: CARD_FONTS, drawnWith: CARD_DRAWN_WITH, layout }))
		.digest('hex')
		.slice(0, 32);
	return { digest, path: `og/${digest}.png`, alt: altOf(content), layout };
}

/**
 * Whether a build draws share cards, from its environment: it does unless
 * `SHARE_CARDS=off`, a preview's choice, since drawing them is most of a cold
 * build of a large site; its pages then name no card. Any other setting is a
 * problem, in the words the build stops with.
 *
 * @example shareCardsSetting({ SHARE_CARDS: 'off' }) // { drawn: false }
 */
export function shareCardsSetting(env: Record<string, string | undefined>): {
	drawn: boolean;
	problem?: string;
} {
	const value = env.SHARE_CARDS?.trim() ?? '';
	if (value === '' || value === 'on') return { drawn: true };
	if (value === 'off') return { drawn: false };
	return {
		drawn: true,
		problem: `environment → SHARE_CARDS: "${value}" is not a setting; expected "off" (a preview without share cards) or "on" (the default)`,
	};
}

/** What a page's head says of its card: the image's path and its text in words. */
export type CardMeta = Pick<ShareCard, 'path' | 'alt'>;

/** The part of a card a page's head reads, and the page's cache key covers. */
export function cardMeta({ path, alt }: ShareCard): CardMeta {
	return { path, alt };
}
