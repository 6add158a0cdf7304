import type { Entry } from '../loading/content-set';
import { hasComparison, type SiteGraph, type StoryNode } from '../record/graph';
import { byKind, sharedClaims, storyPath } from './listing';
import { paths, url } from '../site/paths';
import { words } from '../strings';
import type { Claim } from '../schemas/claim';
import {
	sourceRows,
	topicChips,
	versionCard,
	type SourceRow,
	type TopicChipsModel,
	type VersionCardModel,
} from './lists';
import { storyFindings, type StoryFinding } from './story-findings';
import { storyDrift } from './travel';
import { storyTimeline, type TimelineModel } from './story-timeline';

/** One story told in full, for a home page with only one. */
export interface StoryOverviewModel {
	headingId: string;
	title: string;
	summary: string;
	/** What the analysis found, computed (`storyFindings`), as the comparison page also leads with it. */
	findings: StoryFinding[];
	stats: { versions: number; claims: number; sources: number; evidence: number };
	/** The story's timeline; undefined when it has none. */
	timeline: TimelineModel | undefined;
	/** The timeline in a line, to open it by: its events counted, first and last date. */
	timelineSummary: string | undefined;
	/** Where the timeline is also shown in full, open: the comparison page, when the story has one. */
	fullTimeline: string | undefined;
	versions: VersionCardModel[];
	/** The story's id when it has a comparison to sum up. */
	compared: string | undefined;
	shared: { line: string; allClaims: string; claims: { claim: Entry<Claim> }[] };
	sources: SourceRow[];
}

/** The first stories in a line or two each, for a home page with several. */
export interface StoryListModel {
	heading: string;
	stories: { title: string; path: string; summary: string; meta: string }[];
	/** A link to every story when the list shows only the first. */
	more: { text: string; path: string } | undefined;
}

/** Everything the home page shows. */
export interface HomePage {
	/** Set when the site tells one story: it is shown in full. */
	overview: StoryOverviewModel | undefined;
	/** Set when the site tells several: they are listed. */
	list: StoryListModel | undefined;
	topics: TopicChipsModel | undefined;
}

/**
 * What the home page shows: one story in full, or the first of many in a
 * list, so the page stays small however much the site holds; then every topic.
 *
 * @example homePage(site, 20).overview?.title // the only story's title
 */
export function homePage(
	graph: Pick<SiteGraph, 'stories' | 'claims' | 'evidence' | 'evidenceItem' | 'topics'>,
	perPage: number,
): HomePage {
	const [onlyStory] = graph.stories.length === 1 ? graph.stories : [];
	return {
		overview: onlyStory && storyOverview(graph, onlyStory),
		list: onlyStory ? undefined : storyList(graph.stories, perPage),
		topics: topicChips(
			graph.topics.map((node) => node.entry),
			'Topics',
		),
	};
}

function storyOverview(
	graph: Pick<SiteGraph, 'claims' | 'evidence' | 'evidenceItem'>,
	story: StoryNode,
): StoryOverviewModel {
	const shared = sharedClaims(story);
	const compared = hasComparison(story);
	const timeline = story.timeline.length > 0 ? storyTimeline(graph, story) : undefined;
	return {
		headingId: `story-${story.entry.id}`,
		title: story.entry.data.title,
		summary: story.entry.data.summary,
		findings: storyFindings(
			story,
			{ claimsIndex: graph.claims.length === story.claims.length },
			storyDrift(story),
		),
		stats: {
			versions: story.versions.length,
			claims: story.claims.length,
			sources: story.sources.length,
			evidence: graph.evidence.length,
		},
		timeline,
		timelineSummary: timeline && words.timelineSummary(timeline.events.map((event) => event.when)),
		fullTimeline:
			timeline && compared ? `${url(paths.comparison(story.entry.id))}#${timeline.headingId}` : undefined,
		versions: story.versions.map(versionCard),
		compared: compared ? story.entry.id : undefined,
		shared: {
			line: words.sharedClaims(shared.length, story.versions.length),
			allClaims: words.seeAllClaims(story.claims.length),
			claims: byKind(shared).map((node) => ({ claim: node.entry })),
		},
		sources: sourceRows(story.sources),
	};
}

function storyList(stories: StoryNode[], perPage: number): StoryListModel {
	const shown = stories.slice(0, perPage);
	return {
		heading: words.stories(stories.length),
		stories: shown.map((story) => ({
			title: story.entry.data.title,
			path: storyPath(story),
			summary: story.entry.data.summary,
			meta: words.storyCounts(story.versions.length, story.claims.length, story.sources.length),
		})),
		more:
			shown.length < stories.length
				? { text: words.allStories(stories.length), path: paths.articles() }
				: undefined,
	};
}
