import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { cardFonts } from '../../../src/data/share-cards';
import { drawCard } from '../../../src/publishing/draw-card';
import { CARD_FONTS, CARD_SIZE, cardFor } from '../../../src/publishing/share-card';

/** A claim of 200 characters, in words of the length the site's claims use. */
const longClaim = `${'The plant recruited hundreds of young women from abroad to assemble drones '.repeat(3)}`
	.slice(0, 199)
	.concat('.');
const tooLong = `${longClaim} ${longClaim}`;

/** The width and height a PNG's header (its IHDR chunk) gives. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	expect([...png.subarray(0, 8)]).toEqual(signature);
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('drawCard', () => {
	it('draws a claim’s card as a 1200×630 PNG', async () => {
		expect(longClaim).toHaveLength(200);
		const png = await drawCard(
			cardFor({ kind: 'claim', claim: longClaim, verdict: 'reported-unconfirmed' }).layout,
			cardFonts(),
		);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		// Text drawn as outlines in colour, not a blank image: a card of this size is tens of KB.
		expect(png.byteLength).toBeGreaterThan(10_000);
	});

	it.each([
		['a claim', { kind: 'claim', claim: tooLong, verdict: 'not-checkable' }],
		['a version’s headline', { kind: 'version', headline: tooLong, outlet: 'An outlet', claims: 3 }],
		['the home page’s headline', { kind: 'home', headline: tooLong }],
	] as const)('cuts %s too long for the card short, above what follows it', async (_, content) => {
		const boxes: { top: number; height: number; left: number; width: number; text: string }[] = [];
		await satori(cardFor(content).layout as Parameters<typeof satori>[0], {
			...CARD_SIZE,
			fonts: CARD_FONTS.map(({ name, weight }, i) => ({ name, weight, data: cardFonts()[i]! })),
			onNodeDetected: ({ top, height, left, width, textContent }) => {
				if (textContent) boxes.push({ top, height, left, width, text: textContent });
			},
		});
		const long = boxes.findIndex(({ text }) => text.includes(tooLong.slice(0, 40)));
		expect(long).toBeGreaterThanOrEqual(0);
		const { top, height } = boxes[long]!;
		// Five lines of the claim at most, well under its 400 characters' nine or so.
		expect(height).toBeLessThan(320);
		for (const after of boxes.slice(long + 1))
			expect(top + height, after.text).toBeLessThanOrEqual(after.top);
		for (const box of boxes) {
			expect(box.top + box.height, box.text).toBeLessThanOrEqual(CARD_SIZE.height);
			expect(box.left + box.width, box.text).toBeLessThanOrEqual(CARD_SIZE.width);
		}
	});
});
