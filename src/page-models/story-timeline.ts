import { eventAnchor } from '../site/anchors';
import type { SiteGraph, StoryNode } from '../record/graph';
import { paths } from '../site/paths';
import { describeDate, words } from '../strings';

/** A story's timeline, as the home page and the comparison show it. */
export interface TimelineModel {
	headingId: string;
	events: {
		anchor: string;
		date: string;
		when: string;
		/** "Reported after the versions", for an event after every one they report. */
		later: string | undefined;
		text: string;
		datedBy: { path: string; text: string }[];
	}[];
	/** When each version was written at the earliest. */
	versions: {
		title: string;
		path: string;
		written: { when: string; fragment: string } | undefined;
		/** Said in place of the date when its claims name no dated event. */
		unbounded: string | undefined;
	}[];
}

/**
 * A story's timeline: each event with the evidence that dates it, and the
 * earliest date each version can have been written.
 */
export function storyTimeline(graph: Pick<SiteGraph, 'evidenceItem'>, story: StoryNode): TimelineModel {
	return {
		headingId: `timeline-${story.entry.id}`,
		events: story.timeline.map(({ event, later }) => ({
			anchor: eventAnchor(event.id),
			date: event.date,
			when: describeDate(event.date),
			later: later ? words.reportedAfter : undefined,
			text: event.event,
			datedBy: event.evidence.map((id) => {
				const { data } = graph.evidenceItem(id).entry;
				return { path: paths.evidenceItem(id), text: `${data.outlet}, ${describeDate(data.published)}` };
			}),
		})),
		versions: story.versions.map(({ entry, writtenOnOrAfter }) => ({
			title: entry.data.title,
			path: paths.article(entry.id),
			written: writtenOnOrAfter && {
				when: describeDate(writtenOnOrAfter.date),
				fragment: `#${eventAnchor(writtenOnOrAfter.id)}`,
			},
			unbounded: writtenOnOrAfter ? undefined : words.noDatedEvent,
		})),
	};
}
