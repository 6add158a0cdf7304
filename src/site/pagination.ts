/** One page of a long list: its items, its number (from 1) and how many pages there are. */
export interface Page<T> {
	items: T[];
	number: number;
	count: number;
	/** The position in the whole list of the page's first and last items, from 1. */
	first: number;
	last: number;
	total: number;
}

/**
 * Splits a list into pages of `size` items, in order. An empty list still has
 * one (empty) page, so every index has a first page to show.
 *
 * @example pagesOf(['a', 'b', 'c'], 2).map((page) => page.items) // [['a', 'b'], ['c']]
 */
export function pagesOf<T>(items: T[], size: number): [Page<T>, ...Page<T>[]] {
	const count = Math.max(1, Math.ceil(items.length / size));
	const page = (i: number): Page<T> => {
		const slice = items.slice(i * size, (i + 1) * size);
		return {
			items: slice,
			number: i + 1,
			count,
			first: slice.length === 0 ? 0 : i * size + 1,
			last: i * size + slice.length,
			total: items.length,
		};
	};
	return [page(0), ...Array.from({ length: count - 1 }, (_, i) => page(i + 1))];
}

/**
 * The page numbers a pager shows: all of them when there are few, otherwise
 * the first, the last and the current one with its neighbours, `undefined`
 * standing for the numbers left out.
 *
 * @example pagerNumbers(6, 12) // [1, undefined, 5, 6, 7, undefined, 12]
 */
export function pagerNumbers(current: number, count: number): (number | undefined)[] {
	if (count <= 7) return Array.from({ length: count }, (_, i) => i + 1);
	const shown = [1, current - 1, current, current + 1, count].filter((n) => n >= 1 && n <= count);
	const numbers: (number | undefined)[] = [];
	for (const n of [...new Set(shown)].sort((a, b) => a - b)) {
		const previous = numbers.at(-1);
		if (previous !== undefined && n - previous > 1) numbers.push(undefined);
		numbers.push(n);
	}
	return numbers;
}
