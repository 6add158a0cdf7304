import type { EvidenceNode, SiteGraph } from '../record/graph';
import { eventPath } from './listing';
import { robustLink, type RobustLink } from '../site/external-links';
import { describeDate, evidenceName, words } from '../strings';
import { evidenceBearings, type Claim } from '../schemas/claim';
import { evidenceKinds, type Evidence } from '../schemas/evidence';
import { nonEmpty } from './lists';
import type { Entry } from '../loading/content-set';

/** Everything an evidence item's page shows. Paths are site paths, without the base. */
export interface EvidencePage {
	title: string;
	description: string;
	eyebrow: string;
	heading: string;
	/** Said under the heading when the copy we read had no headline. */
	noHeadline: string | undefined;
	outlet: string;
	published: { date: string; when: string; dateLine: string | undefined };
	consulted: { date: string; when: string };
	kind: { label: string; meaning: string };
	origin: string | undefined;
	attributesTo: string;
	reports: string;
	quote: string | undefined;
	/** The page's address as a robust link, dated by the day we consulted it. */
	address: RobustLink;
	claims: { claim: Entry<Claim>; note: string }[];
	/** What the claims section says when it bears on none. */
	noClaims: string | undefined;
	/** The events it dates, each linked where its story's timeline is shown. */
	/** Undefined when it dates none, and the section is left out. */
	events:
		| { date: string; when: string; text: string; path: string | undefined; later: string | undefined }[]
		| undefined;
}

/** What an evidence item's page shows: the item as published, the claims it bears on, the events it dates. */
export function evidencePage(graph: Pick<SiteGraph, 'story' | 'stories'>, node: EvidenceNode): EvidencePage {
	const { entry, claims, events } = node;
	const { data } = entry;
	return {
		title: words.evidenceTitle(data.outlet, data.title, data.published),
		description: words.evidenceDescription(evidenceName(data), data.outlet, data.published, data.reports),
		eyebrow: words.evidenceEyebrow(data.outlet),
		heading: data.title ?? words.evidenceHeading(data.outlet, data.published),
		noHeadline: data.title ? undefined : words.noHeadline,
		outlet: data.outlet,
		published: {
			date: data.published,
			when: describeDate(data.published),
			dateLine: data.publishedAs,
		},
		consulted: { date: data.consulted, when: describeDate(data.consulted) },
		kind: evidenceKinds[data.kind],
		origin: data.origin,
		attributesTo: data.attributesTo,
		reports: data.reports,
		quote: data.quote,
		address: evidenceAddress(data),
		claims: claims.map(({ claim, bears }) => ({ claim, note: evidenceBearings[bears] })),
		noClaims: claims.length === 0 ? words.noClaimBorne : undefined,
		events: nonEmpty(
			events.map(({ story, event }) => {
				const node = graph.story(story.id);
				return {
					date: event.date,
					when: describeDate(event.date),
					text: event.event,
					path: eventPath(node, graph.stories.length, event.id),
					later: node.timeline.some((dated) => dated.event.id === event.id && dated.later)
						? words.reportedAfter
						: undefined,
				};
			}),
		),
	};
}

/**
 * A piece of evidence's address as a robust link, dated by the day we
 * consulted the page: the one rule for its link, on its own page and in a
 * claim's evidence list.
 */
export function evidenceAddress(data: Pick<Evidence, 'url' | 'consulted' | 'archived'>): RobustLink {
	return robustLink(data.url, data.consulted, data.archived);
}
