import { compareStory, pairsOf, type ArticleSummary, type StoryComparison } from '../compare/story';
import { hasComparison, type StoryNode } from '../lib/graph';
import { pairSlug, pairsOnOwnPages } from '../page-models/comparison-page';
import { site } from './site';

/** The stories told by more than one version: only they have a comparison. */
const compared: Map<string, StoryNode> = new Map(
	site.stories.filter(hasComparison).map((story) => [story.entry.id, story]),
);

/**
 * How many stories' comparisons are kept at once. A comparison holds both
 * texts, aligned (about 250 KB a story), so keeping every one would hold
 * 500 MB at 5,000 articles; pages render story by story, eight at a time.
 */
const KEPT_COMPARISONS = 16;

/** The comparisons computed last, the one used last at the end. */
const kept = new Map<string, StoryComparison>();

/** Each compared story's summaries by version, kept for the whole build: a few counts each. */
const summaries = new Map<string, Map<string, ArticleSummary>>();

/**
 * The comparison of a story, which must have one. Pages and components read
 * it from here, never compute. It is computed when a page asks and kept
 * while the pages around it may ask again (`KEPT_COMPARISONS`); a route
 * rendered later (the comparison pages after the versions' pages) computes it
 * again. A rebuild that reuses a story's pages never computes it at all.
 */
export function comparisonOf(storyId: string): StoryComparison {
	let comparison = kept.get(storyId);
	if (comparison) {
		kept.delete(storyId);
	} else {
		const story = compared.get(storyId);
		if (!story) throw new Error(`No comparison for story "${storyId}"`);
		comparison = compareStory(story);
		summaries.set(storyId, comparison.summaries);
		if (kept.size >= KEPT_COMPARISONS) kept.delete(kept.keys().next().value!);
	}
	kept.set(storyId, comparison);
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
	if (!storyId) return undefined;
	return (summaries.get(storyId) ?? comparisonOf(storyId).summaries).get(article.id);
}
