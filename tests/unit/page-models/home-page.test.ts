import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/record/graph';
import { homePage } from '../../../src/page-models/home-page';
import { storyFindings } from '../../../src/page-models/story-findings';
import { storyTimeline } from '../../../src/page-models/story-timeline';
import { twoStoriesContent, validContent } from '../fixtures';

describe('homePage', () => {
	it('tells a site’s only story in full', () => {
		const graph = buildSiteGraph(validContent());
		const page = homePage(graph, 10);
		expect(page.list).toBeUndefined();
		const story = page.overview!;
		expect(story.title).toBe('Story');
		expect(story.stats).toEqual({ versions: 2, claims: 2, sources: 2, evidence: 2 });
		expect(story.findings).toEqual(storyFindings(graph.stories[0]!, { claimsIndex: true }));
		expect(story.timeline).toEqual(storyTimeline(graph, graph.stories[0]!));
		expect(story.timelineSummary).toBe('What happened, and when: 1 event, 19 June 2024');
		expect(story.fullTimeline).toBe('/compare/story/#timeline-story');
		expect(story.compared).toBe('story');
		expect(story.versions.map(({ path, counts, written }) => [path, counts, written])).toEqual([
			['articles/a/', '2 claims marked · 1 source cited', 'written on or after 19 June 2024'],
			['articles/b/', '1 claim marked · 1 source cited', undefined],
		]);
		expect(story.shared.line).toBe('1 claim appear in both versions');
		expect(story.shared.allClaims).toBe('see all 2 claims');
		expect(story.shared.claims.map(({ claim }) => claim.id)).toEqual(['y']);
		expect(story.sources.map(({ meta }) => meta)).toEqual([
			'2024-10 · no address given · cited by Title a · cited for 2 claims',
			'2024-11 · no address given · cited by Title b · cited for 1 claim',
		]);
		expect(page.topics?.headingId).toBe('topics-topics');
	});

	it('lists the first of several stories and links to all of them', () => {
		const graph = buildSiteGraph(twoStoriesContent());
		const page = homePage(graph, 1);
		expect(page.overview).toBeUndefined();
		expect(page.list).toEqual({
			heading: '2 stories',
			stories: [
				{
					title: 'Story',
					path: 'compare/story/',
					summary: 'A story.',
					meta: '2 versions · 2 claims · 2 sources cited',
				},
			],
			more: { text: 'All 2 stories, with their versions', path: 'articles/' },
		});
		expect(homePage(graph, 10).list?.more).toBeUndefined();
	});
});

describe('storyTimeline', () => {
	it('dates each event by its evidence and bounds each version’s date', () => {
		const graph = buildSiteGraph(validContent());
		const timeline = storyTimeline(graph, graph.stories[0]!);
		expect(timeline.events).toEqual([
			{
				anchor: 'event-treaty',
				date: '2024-06-19',
				when: '19 June 2024',
				later: undefined,
				text: 'A treaty is signed.',
				datedBy: [{ path: 'evidence/e1/', text: 'NHK, 19 June 2024' }],
			},
		]);
		expect(timeline.versions).toEqual([
			{
				title: 'Title a',
				path: 'articles/a/',
				written: { when: '19 June 2024', fragment: '#event-treaty' },
				unbounded: undefined,
			},
			{
				title: 'Title b',
				path: 'articles/b/',
				written: undefined,
				unbounded: 'its claims name no dated event, so its date cannot be bounded.',
			},
		]);
	});
});
