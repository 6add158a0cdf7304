/**
 * How far to scroll a list so that `item` shows inside `list`: 0 when it is
 * already wholly in view; else enough to bring it a third of the way down
 * (or its top to the list's top when it is taller than that leaves room for).
 * Boxes are viewport pixels, as `getBoundingClientRect` gives them.
 *
 * @example scrollToShow({ top: 0, bottom: 600 }, { top: 900, bottom: 1000 }) // → 700
 */
export function scrollToShow(
	list: { top: number; bottom: number },
	item: { top: number; bottom: number },
): number {
	if (item.top >= list.top && item.bottom <= list.bottom) return 0;
	const room = list.bottom - list.top;
	const height = item.bottom - item.top;
	const offset = height < (room * 2) / 3 ? room / 3 : 0;
	return item.top - list.top - offset;
}

/**
 * The passage being read: the last, in the text's order, of those that have
 * started above the reading line; at the end of the page, where the last
 * passages may never reach that line, the last one on screen; else the one
 * last chosen.
 */
export function currentPassage(
	order: readonly string[],
	seen: { started: ReadonlySet<string>; onScreen: ReadonlySet<string>; atEnd: boolean },
	last?: string,
): string | undefined {
	const lastOf = (set: ReadonlySet<string>) => order.filter((id) => set.has(id)).at(-1);
	return (seen.atEnd ? lastOf(seen.onScreen) : undefined) ?? lastOf(seen.started) ?? last;
}

/**
 * A pause in following the reading: the list stays where it is until the
 * page has scrolled more than `distance` pixels from `from`. A page opens
 * paused, so that its list shows its heading first (or what the page's
 * address leads to) rather than a passage the reader has not chosen.
 */
export interface Pause {
	/** The page's scroll when the pause began; unknown until the page has settled, and paused till then. */
	from?: number;
	/** How far the reader scrolls the page to end the pause: 0 for any scroll at all. */
	distance: number;
	/** The passage being read while it lasts, when the page was opened at one. */
	passage?: string;
}

/**
 * Whether `pause` still holds with the page scrolled to `y`.
 *
 * @example paused({ from: 0, distance: 0 }, 40) // → false: the reader has scrolled
 */
export function paused(pause: Pause | undefined, y: number): boolean {
	if (!pause) return false;
	return pause.from === undefined || Math.abs(y - pause.from) <= pause.distance;
}
