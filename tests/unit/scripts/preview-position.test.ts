import { describe, expect, it } from 'vitest';
import { placePreview } from '../../../src/scripts/preview-position';

const viewport = { width: 1280, height: 900 };
const card = { width: 300, height: 120 };

describe('placePreview', () => {
	it.each([
		[
			'below a link with room below',
			{ top: 100, bottom: 120, left: 40 },
			{ left: 40, top: 126, above: false },
		],
		[
			'above a link near the bottom',
			{ top: 850, bottom: 870, left: 40 },
			{ left: 40, top: 724, above: true },
		],
		['inside the right edge', { top: 100, bottom: 120, left: 1200 }, { left: 972, top: 126, above: false }],
		['inside the left edge', { top: 100, bottom: 120, left: -20 }, { left: 8, top: 126, above: false }],
	])('places the card %s', (_, link, expected) => {
		expect(placePreview(link, card, viewport)).toEqual(expected);
	});

	it('keeps a card taller than the room on either side inside the viewport', () => {
		const place = placePreview(
			{ top: 200, bottom: 220, left: 0 },
			{ width: 300, height: 500 },
			{ width: 375, height: 600 },
		);
		expect(place.top).toBeGreaterThanOrEqual(8);
		expect(place.top + 500).toBeLessThanOrEqual(592);
	});
});
