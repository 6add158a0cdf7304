import type { ArticleEntry, ContentSet, Entry } from '../../src/lib/content-set';
import type { ClaimMarker } from '../../src/markdown/remark-claim-markers';
import type { Article } from '../../src/schemas/article';
import type { Claim } from '../../src/schemas/claim';

/** A marker as the Markdown plugin records it. */
export function marker(claimId: string, number: number, occurrence = 1): ClaimMarker {
	return {
		claimId,
		number,
		passageId: `passage-${claimId}-${occurrence}`,
		text: `words of ${claimId}`,
		line: 1,
	};
}

function article(id: string, other: string, markers: ClaimMarker[], sources: string[]): ArticleEntry {
	const data: Article = {
		title: `Title ${id}`,
		description: 'A version.',
		story: 'story',
		provenance: 'rewrite',
		provenanceNote: 'Made for the tests.',
		date: 'undated',
		language: 'en',
		tags: [],
		topics: ['place'],
		versions: [other],
		referencesHeading: 'References',
		references: sources.map((source, i) => ({ number: i + 1, source })),
		corrections: [],
	};
	return {
		id,
		filePath: `content/articles/${id}.md`,
		data,
		body: 'Some text.',
		markers,
		markdownProblems: [],
		renderFailed: false,
	};
}

function claim(id: string, sources: string[]): Entry<Claim> {
	return {
		id,
		filePath: `content/claims/${id}.yaml`,
		data: {
			claim: `Claim ${id}.`,
			kind: 'figure',
			assertedBy: 'Someone',
			status: 'reported-single-source',
			rationale: 'Because.',
			sources: sources.map((source) => ({ source, supports: 'states-claim' })),
			topics: ['place'],
			corrections: [],
		},
	};
}

/**
 * Two versions of one story. `a` makes claims x (twice) and y; `b` makes y.
 * `a` cites s1, `b` cites s2; x rests on s1, y on s1 and s2.
 */
export function validContent(): ContentSet {
	return {
		articles: [
			article('a', 'b', [marker('x', 1, 1), marker('y', 2, 1), marker('x', 1, 2)], ['s1']),
			article('b', 'a', [marker('y', 1, 1)], ['s2']),
		],
		claims: [claim('x', ['s1']), claim('y', ['s1', 's2'])],
		sources: ['s1', 's2'].map((id) => ({
			id,
			filePath: `content/sources/${id}.yaml`,
			data: {
				outlet: 'Outlet',
				title: `Source ${id}`,
				citedAs: `[1] Outlet, ${id}`,
				note: 'Noted.',
				corrections: [],
			},
		})),
		stories: [
			{ id: 'story', filePath: 'content/stories/story.yaml', data: { title: 'Story', summary: 'A story.' } },
		],
		topics: [
			{
				id: 'place',
				filePath: 'content/topics/place.yaml',
				data: { name: 'Place', kind: 'place', description: 'A place.' },
			},
		],
	};
}
