import type { Claim } from '../schemas/claim';
import type { Story, TimelineEvent } from '../schemas/story';

/**
 * Dates read from a story's timeline: when the events a claim depends on
 * happened, and so the earliest a version could have been written. Pure
 * functions over the records; dates are "YYYY-MM-DD" strings, which sort as
 * they read.
 */

/** A story's events by id. */
export function eventsById(story: Pick<Story, 'timeline'>): Map<string, TimelineEvent> {
	return new Map(story.timeline.map((event) => [event.id, event]));
}

/**
 * The earliest of the events a claim depends on, or undefined when it names
 * none (or none is in the timeline).
 *
 * @example earliestEvent({ events: ['treaty', 'nhk'] }, events)?.id // 'treaty'
 */
export function earliestEvent(
	claim: Pick<Claim, 'events'>,
	events: Map<string, TimelineEvent>,
): TimelineEvent | undefined {
	return latestOrEarliest(claim.events, events, -1);
}

/** The latest of the events a claim depends on. */
export function latestEvent(
	claim: Pick<Claim, 'events'>,
	events: Map<string, TimelineEvent>,
): TimelineEvent | undefined {
	return latestOrEarliest(claim.events, events, 1);
}

/**
 * The day a version was written on or after: the latest event among those its
 * claims depend on, since no text reports what has not yet happened. Undefined
 * when its claims name no dated event.
 */
export function writtenOnOrAfter(
	claims: Pick<Claim, 'events'>[],
	events: Map<string, TimelineEvent>,
): TimelineEvent | undefined {
	return latestOrEarliest(
		claims.flatMap((claim) => claim.events),
		events,
		1,
	);
}

/**
 * The story's events in date order, each marked `later` when it happened after
 * the newest event any version reports: what the record adds since.
 */
export function datedTimeline(
	story: Pick<Story, 'timeline'>,
	versionDates: (TimelineEvent | undefined)[],
): { event: TimelineEvent; later: boolean }[] {
	const newest = versionDates
		.map((event) => event?.date)
		.filter((date): date is string => date !== undefined)
		.sort()
		.at(-1);
	return [...story.timeline]
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
		.map((event) => ({ event, later: newest !== undefined && event.date > newest }));
}

function latestOrEarliest(
	ids: string[],
	events: Map<string, TimelineEvent>,
	direction: 1 | -1,
): TimelineEvent | undefined {
	let found: TimelineEvent | undefined;
	for (const id of ids) {
		const event = events.get(id);
		if (event && (!found || Math.sign(event.date.localeCompare(found.date)) === direction)) found = event;
	}
	return found;
}
