import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../loading/content-error';
import { drawCard, type CardFontData } from '../publishing/draw-card';
import { CARD_DRAWN_WITH, CARD_FONTS, shareCardsSetting, type ShareCard } from '../publishing/share-card';
import { shard } from './shard';

/*
 * The share cards' images, drawn once per content: a card's image is kept in
 * Astro's cache folder under its digest (of exactly what it draws), and a
 * rebuild reads it back instead of drawing it again. The deploy keeps that
 * folder between builds (`.github/workflows/deploy.yml`); a digest never names
 * two drawings, so a kept image is never stale. Builds run in the project's
 * folder, which holds `node_modules`.
 */

const modules = join(process.cwd(), 'node_modules');

const setting = shareCardsSetting(process.env);
if (setting.problem) throw new ContentError(setting.problem);

/** Whether this build draws share cards and its pages name them: unless `SHARE_CARDS=off`. */
export const cardsDrawn = setting.drawn;

/** Where drawn cards are kept between builds, beside Astro's own caches. */
export const cardCacheDir = join(modules, '.astro', 'share-cards');

const installedVersion = (name: string): string =>
	(JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The font files, read once, after checking that the packages that draw a
 * card are the versions its digest names: with another, the same digest could
 * name a different drawing.
 */
let fonts: CardFontData[] | undefined;
export function cardFonts(): CardFontData[] {
	if (fonts) return fonts;
	for (const [name, version] of Object.entries(CARD_DRAWN_WITH)) {
		const installed = installedVersion(name);
		if (installed !== version)
			throw new Error(
				`Share cards are drawn with ${name} ${version}, and ${installed} is installed: check the cards with the new version, then change CARD_DRAWN_WITH in src/publishing/share-card.ts.`,
			);
	}
	return (fonts = CARD_FONTS.map(({ file }) =>
		readFileSync(join(modules, '@fontsource/source-sans-3/files', file)),
	));
}

/**
 * Notes the cards this build writes (their endpoint's `getStaticPaths`): says
 * how many it names and how many of them are not drawn yet, in a line the
 * bench reads, and drops the kept images no page names any more. A shard
 * keeps them all: it knows only its own pages' cards, and the other shards
 * may share the folder.
 */
export function expectCards(cards: readonly ShareCard[]): void {
	const named = new Set(cards.map(({ digest }) => digest));
	const kept = new Set(
		existsSync(cardCacheDir) ? readdirSync(cardCacheDir).map((file) => file.replace(/\.png$/, '')) : [],
	);
	if (!shard) {
		for (const digest of kept) {
			if (!named.has(digest)) rmSync(join(cardCacheDir, `${digest}.png`), { force: true });
		}
	}
	const toDraw = [...named].filter((digest) => !kept.has(digest)).length;
	console.info(`[share-cards] ${named.size} cards: ${toDraw} to draw, ${named.size - toDraw} kept`);
}

/**
 * A card's PNG: read from the cache when a build drew it before, else drawn
 * and kept there. A page whose card's image the last build wrote is not
 * asked again: the endpoint gives Astro the card's digest as its cache key.
 */
export async function cardImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
	const kept = join(cardCacheDir, `${card.digest}.png`);
	if (existsSync(kept)) return readFileSync(kept);
	const image = await drawCard(card.layout, cardFonts());
	mkdirSync(cardCacheDir, { recursive: true });
	writeFileSync(kept, image);
	return image;
}
