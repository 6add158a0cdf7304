import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CARD_FONTS, CARD_SIZE, type CardElement } from './share-card';

/** A card font's file, read: `CARD_FONTS` in order. */
export type CardFontData = Buffer | ArrayBuffer;

/**
 * Draws a card's layout to a PNG of `CARD_SIZE`: satori lays it out and turns
 * its text into outlines (so the SVG needs no font to draw), and resvg
 * rasterises the SVG off the main thread, so the build's next page is
 * rendered meanwhile. `fonts` are the files of `CARD_FONTS`, in order.
 *
 * @example await drawCard(cardFor(content).layout, fonts) // PNG bytes
 */
export async function drawCard(
	layout: CardElement,
	fonts: readonly CardFontData[],
): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await satori(layout as Parameters<typeof satori>[0], {
		...CARD_SIZE,
		fonts: CARD_FONTS.map(({ name, weight }, i): Font => ({
			name,
			weight,
			style: 'normal',
			data: fonts[i]!,
		})),
	});
	const image = await renderAsync(svg, {
		fitTo: { mode: 'original' },
		font: { loadSystemFonts: false },
	});
	// A copy with an ArrayBuffer of its own, as a Response body must have.
	return new Uint8Array(image.asPng());
}
