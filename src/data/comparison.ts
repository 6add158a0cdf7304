import { compareStory, pairsOf, type ArticleSummary, type StoryComparison } from '../compare/story';
import { hasComparison, type StoryNode } from '../lib/graph';
import { pairSlug, pairsOnOwnPages } from '../page-models/comparison-page';
import { site } from './site';

/** The stories told by more than one version: only they have a comparison. */
const compared: Map<string, StoryNode> = new Map(
	site.stories.filter(hasComparison).map((story) => [story.entry.id, story]),
);

const computed = new Map<string, StoryComparison>();

/**
 * The comparison of a story, which must have one. It is computed the first
 * time a page asks and kept for the rest of the build: pages and components
 * read it from here, never compute. A rebuild that reuses a story's pages
 * never computes it at all.
 */
export function comparisonOf(storyId: string): StoryComparison {
	let comparison = computed.get(storyId);
	if (!comparison) {
		const story = compared.get(storyId);
		if (!story) throw new Error(`No comparison for story "${storyId}"`);
		comparison = compareStory(story);
		computed.set(storyId, comparison);
	}
	return comparison;
}

/** The id of the story an article tells, when that story has a comparison page. */
export function comparedStory(article: { data: { story: string } } | undefined): string | undefined {
	return article && compared.has(article.data.story) ? article.data.story : undefined;
}

/**
 * The pages of single pairs: one per pair of each story whose pairs have pages
 * of their own, found without computing the comparison, which only a page
 * rendered again needs.
 */
export function pairPages(): { story: StoryNode; index: number; slug: string }[] {
	return [...compared.values()]
		.filter((story) => pairsOnOwnPages(story.versions.length))
		.flatMap((story) =>
			pairsOf(story.versions).map(([a, b], index) => ({
				story,
				index,
				slug: pairSlug({ a: a.entry, b: b.entry }),
			})),
		);
}

/** The comparison summed up for one version's sidebar, when its story has a comparison. */
export function summaryOf(article: { id: string; data: { story: string } }): ArticleSummary | undefined {
	const storyId = comparedStory(article);
	return storyId ? comparisonOf(storyId).summaries.get(article.id) : undefined;
}
