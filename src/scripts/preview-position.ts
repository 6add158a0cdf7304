/** A box on screen, in viewport pixels. */
export interface Box {
	top: number;
	bottom: number;
	left: number;
}

/**
 * Where a preview card goes, in viewport pixels: below its link when it fits,
 * else above it when it fits there, else wherever in the viewport it shows the
 * most; never past an edge, with `margin` pixels to spare.
 *
 * @example placePreview({ top: 850, bottom: 870, left: 40 }, { width: 300, height: 120 }, { width: 1280, height: 900 })
 * // → { left: 40, top: 724, above: true }
 */
export function placePreview(
	link: Box,
	card: { width: number; height: number },
	viewport: { width: number; height: number },
	gap = 6,
	margin = 8,
): { left: number; top: number; above: boolean } {
	const left = Math.max(margin, Math.min(link.left, viewport.width - card.width - margin));
	const below = link.bottom + gap;
	if (below + card.height <= viewport.height - margin) return { left, top: below, above: false };
	const above = link.top - gap - card.height;
	if (above >= margin) return { left, top: above, above: true };
	// Too tall for either side: keep it inside the viewport, over the link if need be.
	const top = Math.max(margin, Math.min(below, viewport.height - card.height - margin));
	return { left, top, above: false };
}
