import { describe, expect, it } from 'vitest';
import {
	datedTimeline,
	earliestEvent,
	eventsById,
	latestEvent,
	writtenOnOrAfter,
} from '../../../src/record/timeline';
import type { TimelineEvent } from '../../../src/schemas/story';

const event = (id: string, date: string): TimelineEvent => ({
	id,
	date,
	event: `Event ${id}.`,
	evidence: ['e1'],
});

// Listed out of date order on purpose: the timeline may be written in any order.
const story = {
	timeline: [
		event('visit', '2024-09-01'),
		event('treaty', '2024-06-19'),
		event('report', '2024-10-15'),
		event('ratified', '2024-11-09'),
		event('announced', '2024-06-19'),
	],
};
const events = eventsById(story);

describe('earliestEvent and latestEvent', () => {
	it.each([
		[['visit', 'treaty', 'report'], 'treaty', 'report'],
		[['report'], 'report', 'report'],
		// An id missing from the timeline is left out (integrity reports it).
		[['nowhere', 'visit'], 'visit', 'visit'],
		// On the same day, the first named wins either way.
		[['treaty', 'announced'], 'treaty', 'treaty'],
	])('of %j: %s and %s', (ids, earliest, latest) => {
		expect(earliestEvent({ events: ids }, events)?.id).toBe(earliest);
		expect(latestEvent({ events: ids }, events)?.id).toBe(latest);
	});

	it.each([[[]], [['nowhere']]])('of %j: none', (ids) => {
		expect(earliestEvent({ events: ids }, events)).toBeUndefined();
		expect(latestEvent({ events: ids }, events)).toBeUndefined();
	});
});

describe('writtenOnOrAfter', () => {
	it('is the latest event any of the version’s claims depends on', () => {
		expect(
			writtenOnOrAfter([{ events: ['treaty'] }, { events: ['report', 'visit'] }, { events: [] }], events),
		).toBe(events.get('report'));
	});

	it('is undefined when the claims name no dated event', () => {
		expect(writtenOnOrAfter([{ events: [] }, { events: ['nowhere'] }], events)).toBeUndefined();
		expect(writtenOnOrAfter([], events)).toBeUndefined();
	});
});

describe('datedTimeline', () => {
	it('sorts by date, then by id, and marks what happened after the newest event a version reports', () => {
		const dated = datedTimeline(story, [events.get('treaty'), events.get('visit'), undefined]);
		expect(dated.map(({ event, later }) => [event.id, event.date, later])).toEqual([
			['announced', '2024-06-19', false],
			['treaty', '2024-06-19', false],
			['visit', '2024-09-01', false],
			['report', '2024-10-15', true],
			['ratified', '2024-11-09', true],
		]);
	});

	it('marks an event on the same day as the newest reported one as not later', () => {
		const dated = datedTimeline(story, [events.get('report')]);
		expect(dated.filter(({ later }) => later).map(({ event }) => event.id)).toEqual(['ratified']);
	});

	it('marks nothing later when no version reports a dated event', () => {
		expect(datedTimeline(story, [undefined, undefined]).some(({ later }) => later)).toBe(false);
		expect(datedTimeline(story, []).some(({ later }) => later)).toBe(false);
	});

	it('leaves the story’s own timeline in the order it was written', () => {
		datedTimeline(story, []);
		expect(story.timeline.map(({ id }) => id)).toEqual([
			'visit',
			'treaty',
			'report',
			'ratified',
			'announced',
		]);
	});

	it('is empty for a story without a timeline', () => {
		expect(datedTimeline({ timeline: [] }, [events.get('treaty')])).toEqual([]);
	});
});
