import { compareStory, type StoryComparison } from '../compare/story';
import { site } from './site';

/**
 * Every story's comparison, computed once per build when a page first
 * imports this module: pages and components read from here, never compute.
 * Only stories told by more than one version have one.
 */
export const comparisons: Map<string, StoryComparison> = new Map(
	site.stories
		.filter((story) => story.versions.length > 1)
		.map((story) => [story.entry.id, compareStory(story)]),
);

/** The comparison of a story, which must have one. */
export function comparisonOf(storyId: string): StoryComparison {
	const found = comparisons.get(storyId);
	if (!found) throw new Error(`No comparison for story "${storyId}"`);
	return found;
}

/** The id of the story an article tells, when that story has a comparison page. */
export function comparedStory(article: { data: { story: string } } | undefined): string | undefined {
	return article && comparisons.has(article.data.story) ? article.data.story : undefined;
}
