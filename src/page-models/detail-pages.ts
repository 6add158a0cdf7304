import { storyDrift, type StoryDrift } from './travel';
import type { ClaimReview, NewsArticle, WithContext } from 'schema-dts';
import type { ComparedStory } from '../compare/story';
import type { ArticleEntry } from '../loading/content-set';
import type {
	ArticleNode,
	ClaimNode,
	EvidenceNode,
	SiteGraph,
	SourceNode,
	StoryNode,
	TopicNode,
} from '../record/graph';
import type { RecordDates } from '../history/history';
import { claimReviewData, newsArticleData, type Publisher } from '../publishing/structured-data';
import type { Correction } from '../schemas/corrections';
import { articlePage, type ArticlePage } from './article-page';
import { claimPage, type ClaimPage } from './claim-page';
import { claimCard, versionCard } from './share-cards';
import { cardMeta, type CardMeta } from '../publishing/share-card';
import { evidencePage, type EvidencePage } from './evidence-page';
import { sourcePage, type SourcePage } from './source-page';
import { storyTimeline, type TimelineModel } from './story-timeline';
import { topicPage, type TopicPage } from './topic-page';

/*
 * What each detail page (a version, claim, source, evidence item, topic or
 * comparison) is given to render: its props, computed once per build in its
 * `getStaticPaths`. A detail page renders from these alone, and its cache key
 * is their digest (`src/publishing/page-keys.ts`), so whatever a page shows is in its
 * key. What is too dear to compute for every page on every build (a story's
 * comparison, which aligns its texts) is computed when the page renders, from
 * a part of the props given for it (`ComparedStory`), so it is in the key too.
 */

/** What the detail pages read besides the site's graph, as this build has it. */
export interface DetailContext {
	/** When a record was first published here and last changed (`src/data/history.ts`). */
	datesOf: (filePath: string) => RecordDates | undefined;
	/** The site as the publisher its structured data names. */
	publisher: Publisher;
	/** What the comparison of a story told by more than one version reads (`src/data/comparison.ts`). */
	comparedStory: (storyId: string) => ComparedStory | undefined;
	/** Whether pages name their share cards: not in a preview built without them. */
	shareCards: boolean;
}

/** When a record was published here and last changed, and its corrections, as its page's top shows them. */
export interface RecordHistoryProps {
	dates: RecordDates | undefined;
	corrections: readonly Correction[];
}

export interface ArticleProps {
	page: ArticlePage;
	history: RecordHistoryProps;
	structuredData: WithContext<NewsArticle>;
	/** The text as the Markdown plugins rendered it, kept packed until the page renders (`renderArticle`). */
	text: Pick<ArticleEntry, 'packedRendering'>;
	/** The version's id, to read its own summary from its story's comparison. */
	version: string;
	/** What the comparison summed up in the sidebar reads; undefined for a story told once. */
	compared: ComparedStory | undefined;
	/** Its share card, as its head names it. */
	/** Undefined in a preview built without share cards. */
	card: CardMeta | undefined;
}

export interface ClaimProps {
	page: ClaimPage;
	history: RecordHistoryProps;
	structuredData: WithContext<ClaimReview>[];
	/** Its share card, as its head names it. */
	/** Undefined in a preview built without share cards. */
	card: CardMeta | undefined;
}

export interface SourceProps {
	page: SourcePage;
	history: RecordHistoryProps;
}

export interface EvidenceProps {
	page: EvidencePage;
	history: RecordHistoryProps;
}

export interface TopicProps {
	page: TopicPage;
}

export interface ComparisonProps {
	/** What the comparison reads: the page computes it when it renders. */
	compared: ComparedStory;
	/** The story's timeline, shown when it has events. */
	timeline: TimelineModel;
	/** Its most-travelled claim's drift in a sentence, when a claim has relays. */
	drift: StoryDrift | undefined;
}

export interface ComparisonPairProps {
	compared: ComparedStory;
	/** Which of the story's pairs of versions, in `pairsOf` order. */
	index: number;
}

function recordHistory(
	entry: { filePath: string; data: { corrections: readonly Correction[] } },
	context: DetailContext,
): RecordHistoryProps {
	return { dates: context.datesOf(entry.filePath), corrections: entry.data.corrections };
}

/** What a version's page shows: its model, its history and structured data, its text, its comparison's summary and its share card. */
export function articleProps(graph: SiteGraph, node: ArticleNode, context: DetailContext): ArticleProps {
	const history = recordHistory(node.entry, context);
	return {
		page: articlePage(graph, node),
		history,
		structuredData: newsArticleData(node, context.publisher, history.dates),
		text: { packedRendering: node.entry.packedRendering },
		version: node.entry.id,
		compared: context.comparedStory(node.entry.data.story),
		card: context.shareCards ? cardMeta(versionCard(node)) : undefined,
	};
}

/** What a claim's page shows: its model, its history, its structured data and its share card. */
export function claimProps(graph: SiteGraph, node: ClaimNode, context: DetailContext): ClaimProps {
	const history = recordHistory(node.entry, context);
	return {
		page: claimPage(graph, node),
		history,
		structuredData: claimReviewData(node, context.publisher, history.dates),
		card: context.shareCards ? cardMeta(claimCard(node)) : undefined,
	};
}

/** What a source's page shows. */
export function sourceProps(graph: SiteGraph, node: SourceNode, context: DetailContext): SourceProps {
	const history = recordHistory(node.entry, context);
	return { page: sourcePage(graph, node, history.dates?.published), history };
}

/** What an evidence item's page shows. */
export function evidenceProps(graph: SiteGraph, node: EvidenceNode, context: DetailContext): EvidenceProps {
	return { page: evidencePage(graph, node), history: recordHistory(node.entry, context) };
}

/** What a topic's page shows. */
export function topicProps(node: TopicNode): TopicProps {
	return { page: topicPage(node) };
}

/** What the comparison page of a story told by more than one version shows. */
export function comparisonProps(graph: SiteGraph, story: StoryNode, context: DetailContext): ComparisonProps {
	const compared = context.comparedStory(story.entry.id);
	if (!compared) throw new Error(`No comparison for story "${story.entry.id}"`);
	return {
		compared,
		timeline: storyTimeline(graph, story),
		drift: storyDrift(story),
	};
}
