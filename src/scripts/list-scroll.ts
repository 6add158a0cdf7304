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
