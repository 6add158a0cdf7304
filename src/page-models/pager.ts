import { pagerNumbers, type Page } from '../site/pagination';
import { words } from '../strings';

/** The links between the pages of an index; undefined when it has one page and needs none. */
export interface PagerModel {
	label: string;
	position: string;
	previous: string | undefined;
	next: string | undefined;
	/** Each page linked by number; undefined stands for the pages left out between them. */
	pages: ({ number: number; path: string; current: boolean } | undefined)[];
}

/**
 * The pager of one page of an index.
 *
 * @example pager({ number: 2, count: 3, first: 21, last: 40, total: 45, items }, (n) => `claims/page/${n}/`, 'claims')?.position
 * // 'Page 2 of 3: claims 21–40 of 45'
 */
export function pager(
	page: Page<unknown>,
	pathOf: (page: number) => string,
	noun: string,
): PagerModel | undefined {
	const { number, count } = page;
	if (count <= 1) return undefined;
	return {
		label: words.pagerLabel(noun),
		position: words.pagerPosition(page, noun),
		previous: number > 1 ? pathOf(number - 1) : undefined,
		next: number < count ? pathOf(number + 1) : undefined,
		pages: pagerNumbers(number, count).map((n) =>
			n === undefined ? undefined : { number: n, path: pathOf(n), current: n === number },
		),
	};
}
