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
