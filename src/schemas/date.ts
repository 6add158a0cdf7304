import { z } from 'astro/zod';

/**
 * Whether `value` is a calendar date written YYYY-MM-DD that exists.
 *
 * @example isRealDate('2024-02-29') // true
 * @example isRealDate('2023-02-29') // false
 */
export function isRealDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Whether the YYYY-MM-DD date `value` has come, wherever on Earth: a date of
 * publication, of an event or of a visit to a page cannot lie in the future.
 *
 * @example hasCome('2024-02-29') // true
 */
export function hasCome(value: string, now = Date.now()): boolean {
	const earliestTimeZone = 14 * 3_600_000;
	return new Date(`${value}T00:00:00Z`).getTime() <= now + earliestTimeZone;
}

const dayMessage = 'expected a real date in quotes, such as "2025-06-19"';

/**
 * A day that has come, written "YYYY-MM-DD" and quoted in YAML: unquoted,
 * YAML reads 2024-02-30 as 1 March.
 */
export const pastDaySchema = z
	.string({ error: dayMessage })
	.refine(isRealDate, { error: dayMessage })
	.refine((value) => !isRealDate(value) || hasCome(value), {
		error: 'expected a date that has come, not one in the future',
	});
