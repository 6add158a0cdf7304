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

/** This build's cards, as their endpoint lists them, and what serving them cost so far. */
const tally = { expected: new Set<string>(), served: new Set<string>(), drawn: 0, firstAt: 0 };

/**
 * Notes the cards this build writes (their endpoint's `getStaticPaths`), so
 * that once the last is written the build can say what they cost and drop the
 * kept images no page uses any more.
 */
export function expectCards(cards: Iterable<ShareCard>): void {
	tally.expected = new Set([...cards].map(({ digest }) => digest));
	tally.served.clear();
	Object.assign(tally, { drawn: 0, firstAt: 0 });
}

/**
 * A card's PNG: read from the cache when a build drew it before, else drawn
 * and kept there.
 */
export async function cardImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
	tally.firstAt ||= performance.now();
	const kept = join(cardCacheDir, `${card.digest}.png`);
	let image: Uint8Array<ArrayBuffer>;
	if (existsSync(kept)) image = readFileSync(kept);
	else {
		image = await drawCard(card.layout, cardFonts());
		tally.drawn++;
		mkdirSync(cardCacheDir, { recursive: true });
		writeFileSync(kept, image);
	}
	tally.served.add(card.digest);
	if (tally.expected.size > 0 && tally.served.size === tally.expected.size) finish();
	return image;
}

/**
 * Says what this build's cards cost, in a line the bench reads, and drops kept
 * images no card uses. A shard keeps them all: it knows only its own pages'
 * cards, and the other shards may share the folder.
 */
function finish(): void {
	const { expected, drawn, firstAt } = tally;
	if (!shard) {
		for (const file of readdirSync(cardCacheDir)) {
			if (!expected.has(file.replace(/\.png$/, ''))) rmSync(join(cardCacheDir, file), { force: true });
		}
	}
	// Wall time from the first card to the last: pages render several at a time, so a card's own time overlaps others'.
	const seconds = (performance.now() - firstAt) / 1000;
	console.info(
		`\n[share-cards] ${expected.size} cards in ${seconds.toFixed(2)} s: ${drawn} drawn, ${expected.size - drawn} reused`,
	);
}
