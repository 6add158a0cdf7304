import { compareStory, type StoryComparison } from '../compare/story';
import { site } from './site';

/**
 * Every story's comparison, computed once per build when a page first
 * imports this module: pages and components read from here, never compute.
 */
export const comparisons: Map<string, StoryComparison> = new Map(
	site.stories.map((story) => [story.entry.id, compareStory(story)]),
);

/** The comparison of the story an article tells. */
export function comparisonOf(storyId: string): StoryComparison {
	const found = comparisons.get(storyId);
	if (!found) throw new Error(`No comparison for story "${storyId}"`);
	return found;
}
