import { isBefore, sourceDate } from '../record/dates';
import type { ReadingListFinding } from '../strings';
import type { ComparedStory } from './story';

/*
 * What a version's reading list can bear, counted from the content: each time
 * the version cites a dated item of its list for a claim that depends on a
 * dated event, whether the item is dated before that event (and so cannot
 * report it). The citation audit judges each source; this sums the audit up
 * per version, as the story's central finding when every citation predates.
 */

/**
 * Each version of the story with a reading list it cites for dated claims,
 * in version order; versions whose citations cannot be dated are left out.
 *
 * @example readingListFindings(story)[0] // { name: 'rewrite', datedCitations: 4, predating: 4, … }
 */
export function readingListFindings(
	story: Pick<ComparedStory, 'versions' | 'timeline'>,
): ReadingListFinding[] {
	return story.versions.flatMap(({ entry, claims }) => {
		const pairs = claims.flatMap(({ claim, citation }) => {
			const event = [...claim.data.events]
				.map((id) => story.timeline.find(({ event: e }) => e.id === id)?.event)
				.filter((e) => e !== undefined)
				.sort((a, b) => a.date.localeCompare(b.date))[0];
			if (!event) return [];
			return citation.sources.flatMap((source) => {
				const dated = sourceDate(source.data);
				return dated ? [{ source: source.id, date: dated.date, from: dated.from, event: event.date }] : [];
			});
		});
		if (pairs.length === 0) return [];
		const predating = pairs.filter(({ date, event }) => isBefore(date, event));
		return [
			{
				articleId: entry.id,
				name: entry.data.name,
				listed: entry.data.references.length,
				datedCitations: pairs.length,
				predating: predating.length,
				predatingItems: new Set(predating.map(({ source }) => source)).size,
				predatingByAddress: new Set(
					predating.filter(({ from }) => from === 'url').map(({ source }) => source),
				).size,
				itemDates: range(pairs.map(({ date }) => date)),
				eventDates: range(pairs.map(({ event }) => event)),
			},
		];
	});
}

function range(dates: string[]): { first: string; last: string } | undefined {
	const sorted = [...dates].sort();
	const first = sorted[0];
	const last = sorted.at(-1);
	return first && last ? { first, last } : undefined;
}
