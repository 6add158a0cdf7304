import type { Matching } from '../compare/align';
import {
	compareStory,
	comparedStory,
	matchStory,
	pairsOf,
	summariseStory,
	type ArticleSummary,
	type ComparedStory,
	type StoryComparison,
	type StorySummaries,
} from '../compare/story';
import { hasComparison } from '../record/graph';
import { pairSlug, pairsOnOwnPages } from '../site/paths';
import { site } from './site';

/**
 * The stories told by more than one version, as their comparisons read them
 * (`comparedStory`): only they have a comparison. The pages that compute a
 * comparison are given the same object, and keyed on it.
 */
const compared: Map<string, ComparedStory> = new Map(
	site.stories.filter(hasComparison).map((story) => [story.entry.id, comparedStory(story)]),
);

/**
 * How many stories' comparisons are kept at once. A comparison holds both
 * texts, aligned (about 250 KB a story), so keeping every one would hold
 * 500 MB at 5,000 articles; pages render story by story, eight at a time.
 */
const KEPT_COMPARISONS = 16;

/** The comparisons computed last, the one used last at the end. */
const kept = new Map<string, StoryComparison>();

/**
 * Kept for the whole build, a few KB a story: how each story's sentences pair
 * (the dearest part of a comparison), and what its comparison sums up.
 */
const matchings = new Map<string, Matching[]>();
const summaries = new Map<string, StorySummaries>();

function storyWithComparison(storyId: string): ComparedStory {
	const story = compared.get(storyId);
	if (!story) throw new Error(`No comparison for story "${storyId}"`);
	return story;
}

function matchingsOf(story: ComparedStory): Matching[] {
	let matching = matchings.get(story.entry.id);
	if (!matching) matchings.set(story.entry.id, (matching = matchStory(story)));
	return matching;
}

/**
 * The comparison of a story, which must have one. Pages and components read
 * it from here, never compute. It is computed when a page asks, from the
 * sentences paired for the story's summaries, and kept while the pages around
 * it may ask again (`KEPT_COMPARISONS`): the story's page and its pairs'
 * pages. A rebuild that reuses a story's pages never computes it at all.
 */
export function comparisonOf(storyId: string): StoryComparison {
	let comparison = kept.get(storyId);
	if (comparison) {
		kept.delete(storyId);
	} else {
		const story = storyWithComparison(storyId);
		comparison = compareStory(story, matchingsOf(story));
		summaries.set(storyId, { summaries: comparison.summaries, storySummary: comparison.storySummary });
		if (kept.size >= KEPT_COMPARISONS) kept.delete(kept.keys().next().value!);
	}
	kept.set(storyId, comparison);
	return comparison;
}

/**
 * What a story's comparison sums up, for the pages that show only that: the
 * versions' sidebars and the story lists. Summing up needs the sentences
 * paired, not the texts aligned word by word.
 */
export function summariesOf(storyId: string): StorySummaries {
	let summary = summaries.get(storyId);
	if (!summary) {
		const story = storyWithComparison(storyId);
		summaries.set(storyId, (summary = summariseStory(story, matchingsOf(story))));
	}
	return summary;
}

/**
 * What the comparison of a story reads, when the story has one: the pages that
 * compute the comparison or its summaries are given it, and keyed on it.
 */
export function comparedStoryOf(storyId: string): ComparedStory | undefined {
	return compared.get(storyId);
}

/**
 * The pages of single pairs: one per pair of each story whose pairs have pages
 * of their own, found without computing the comparison, which only a page
 * rendered again needs.
 */
export function pairPages(): { story: ComparedStory; index: number; slug: string }[] {
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

/** The comparison of `story` summed up for the sidebar of its version `versionId`. */
export function summaryOf(story: ComparedStory, versionId: string): ArticleSummary | undefined {
	return summariesOf(story.entry.id).summaries.get(versionId);
}
