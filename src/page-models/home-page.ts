import type { Entry } from '../loading/content-set';
import { countVerdicts, hasComparison, type SiteGraph, type StoryNode } from '../record/graph';
import { byKind, sharedClaims, storyPath } from './listing';
import { paths } from '../site/paths';
import { readingListSentence, words } from '../strings';
import { readingListFindings } from '../compare/reading-lists';
import type { Claim } from '../schemas/claim';
import type { VerdictId } from '../schemas/verdict';
import {
	sourceRows,
	topicChips,
	versionCard,
	type SourceRow,
	type TopicChipsModel,
	type VersionCardModel,
} from './lists';
import { storyTimeline, type TimelineModel } from './story-timeline';

/** One story told in full, for a home page with only one. */
export interface StoryOverviewModel {
	headingId: string;
	title: string;
	summary: string;
	/** What the analysis found, computed: each reading list's citations that predate their events. */
	findings: string[];
	stats: { versions: number; claims: number; sources: number; evidence: number };
	verdicts: [VerdictId, number][];
	/** The story's timeline; undefined when it has none. */
	timeline: TimelineModel | undefined;
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
	graph: Pick<SiteGraph, 'stories' | 'evidence' | 'evidenceItem' | 'topics'>,
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
	graph: Pick<SiteGraph, 'evidence' | 'evidenceItem'>,
	story: StoryNode,
): StoryOverviewModel {
	const shared = sharedClaims(story);
	return {
		headingId: `story-${story.entry.id}`,
		title: story.entry.data.title,
		summary: story.entry.data.summary,
		findings: readingListFindings(story).map(readingListSentence),
		stats: {
			versions: story.versions.length,
			claims: story.claims.length,
			sources: story.sources.length,
			evidence: graph.evidence.length,
		},
		verdicts: countVerdicts(story.claims.map((node) => node.entry)),
		timeline: story.timeline.length > 0 ? storyTimeline(graph, story) : undefined,
		versions: story.versions.map(versionCard),
		compared: hasComparison(story) ? story.entry.id : undefined,
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
