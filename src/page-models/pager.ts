import type { Page } from 'astro';
import { pagerNumbers } from '../site/pagination';
import { words } from '../strings';

/** The links between the pages of an index; undefined when it has one page and needs none. */
export interface PagerModel {
	label: string;
	position: string;
	/** The addresses of the pages before and after this one, as Astro's `paginate()` gives them. */
	previous: string | undefined;
	next: string | undefined;
	/** Each page linked by number; undefined stands for the pages left out between them. */
	pages: ({ number: number; href: string; current: boolean } | undefined)[];
}

/**
 * The pager of one page of an index. `hrefOf` gives the address of a page by
 * its number, for the numbered links `paginate()` does not make.
 *
 * @example pager(page, (n) => `/claims/page/${n}/`, 'claims')?.position
 * // 'Page 2 of 3: claims 21–40 of 45'
 */
export function pager(
	page: Page<unknown>,
	hrefOf: (page: number) => string,
	noun: string,
): PagerModel | undefined {
	const { currentPage, lastPage } = page;
	if (lastPage <= 1) return undefined;
	return {
		label: words.pagerLabel(noun),
		position: words.pagerPosition(page, noun),
		previous: page.url.prev,
		next: page.url.next,
		pages: pagerNumbers(currentPage, lastPage).map((n) =>
			n === undefined ? undefined : { number: n, href: hrefOf(n), current: n === currentPage },
		),
	};
}
