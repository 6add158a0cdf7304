import type { Source } from '../schemas/source';
import { extractFigures } from '../text/figures';

/*
 * Dates as the record gives them: a source's date, and the order of two dates
 * given to different precisions ("2024", "2024-10", "2024-10-11").
 */

/**
 * The date a source carries, as "YYYY", "YYYY-MM" or "YYYY-MM-DD": from its
 * cited date, or failing that from a /YYYY/MM/ path in its address.
 *
 * @example sourceDate({ url: 'https://x.com/2022/10/story/' }) // { date: '2022-10', from: 'url' }
 */
export function sourceDate(
	source: Pick<Source, 'date' | 'url'>,
): { date: string; from: 'citation' | 'url' } | undefined {
	if (source.date) {
		if (/^\d{4}-\d{2}(-\d{2})?$/.test(source.date)) return { date: source.date, from: 'citation' };
		const figure = extractFigures(source.date).find((f) => f.kind === 'date' || f.kind === 'year');
		if (figure) return { date: figure.key, from: 'citation' };
	}
	const path = source.url ? /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//.exec(new URL(source.url).pathname) : null;
	return path ? { date: `${path[1]}-${path[2]}`, from: 'url' } : undefined;
}

/** Whether date `a` is wholly before `b`, comparing only as precisely as both are given. */
export function isBefore(a: string, b: string): boolean {
	const length = Math.min(a.length, b.length);
	return a.slice(0, length) < b.slice(0, length);
}
