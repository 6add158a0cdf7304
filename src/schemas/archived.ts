import { z } from 'astro/zod';
import { pastDaySchema } from './date';

/**
 * An archived copy of a page we link to, made in a web archive (the Internet
 * Archive, archive.today, Perma.cc…) so that readers can still see the page
 * as we saw it once it moves, changes or vanishes. Record only a capture that
 * was made and that you have opened: never a guessed address.
 */
export const archivedSchema = z
	.strictObject({
		url: z
			.url({
				protocol: /^https$/,
				hostname: z.regexes.domain,
				error:
					'expected the https:// address of the archived copy, e.g. "https://web.archive.org/web/20250310093000/https://…"',
			})
			.describe('The archived copy’s own address, as the archive gives it'),
		date: pastDaySchema.describe('The day the copy was captured, as "YYYY-MM-DD"'),
	})
	.describe('An archived copy of the page, where one was made: its address and the day of the capture');

export type Archived = z.infer<typeof archivedSchema>;
