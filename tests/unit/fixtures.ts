import type { ArticleEntry, ContentSet, Entry } from '../../src/loading/content-set';
import type { ClaimMarker } from '../../src/loading/marked-text';
import type { Article } from '../../src/schemas/article';
import type { Claim } from '../../src/schemas/claim';
import type { Evidence } from '../../src/schemas/evidence';
import type { Source } from '../../src/schemas/source';

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
		name: `version ${id}`,
		provenance: 'rewrite',
		provenanceNote: 'Made for the tests.',
		date: 'undated',
		language: 'en',
		tags: [],
		topics: ['place'],
		versions: [other],
		referencesHeading: 'References',
		references: sources.map((source, i) => ({ number: i + 1, source })),
		headlineClaims: {},
		notClaims: [],
		corrections: [],
	};
	return {
		id,
		filePath: `content/articles/${id}.md`,
		data,
		body: 'Some text.',
		markers,
		markdownProblems: [],
		textBlocks: [],
		renderFailed: false,
	};
}

/** A claim record with every default filled in, as the schema returns it. */
export function claimData(overrides: Partial<Claim> = {}): Claim {
	return {
		claim: 'A claim.',
		kind: 'figure',
		assertedBy: 'Someone',
		madeBy: [],
		verdict: 'not-found',
		rationale: 'Because.',
		evidence: [],
		searches: [
			{ query: 'the claim', where: 'news sites', date: '2024-07-01', found: 'Nothing that states it.' },
		],
		events: [],
		byVersion: [],
		topics: ['place'],
		corrections: [],
		...overrides,
	};
}

/** An evidence record: an outlet's own report unless told otherwise. */
export function evidenceData(overrides: Partial<Evidence> = {}): Evidence {
	return {
		outlet: 'Outlet',
		title: 'A report',
		url: 'https://example.com/report',
		published: '2024-06-19',
		consulted: '2024-07-01',
		corrections: [],
		kind: 'report',
		attributesTo: 'Its own reporters',
		reports: 'What it reports.',
		...overrides,
	};
}

export function evidenceEntry(id: string, overrides: Partial<Evidence> = {}): Entry<Evidence> {
	return { id, filePath: `content/evidence/${id}.yaml`, data: evidenceData(overrides) };
}

function source(id: string, date: string): Entry<Source> {
	return {
		id,
		filePath: `content/sources/${id}.yaml`,
		data: {
			outlet: 'Outlet',
			title: `Source ${id}`,
			date,
			citedAs: `[1] Outlet, ${id}`,
			note: 'Noted.',
			corrections: [],
		},
	};
}

/**
 * Two versions of one story. `a` makes claims x (twice) and y; `b` makes y.
 * `a` cites s1, `b` cites s2. x is confirmed by two independent reports (e1
 * from NHK, e2 from Reuters) and depends on the timeline event "treaty", which
 * e1 dates; `a` cites s1 for it. y is an opinion, not checkable; `a` cites s1
 * and `b` cites s2 for it, on topic only.
 */
export function validContent(): ContentSet {
	return {
		articles: [
			article('a', 'b', [marker('x', 1, 1), marker('y', 2, 1), marker('x', 1, 2)], ['s1']),
			article('b', 'a', [marker('y', 1, 1)], ['s2']),
		],
		claims: [
			{
				id: 'x',
				filePath: 'content/claims/x.yaml',
				data: claimData({
					claim: 'Claim x.',
					verdict: 'confirmed',
					evidence: [
						{ item: 'e1', bears: 'states', shows: 'NHK reports “some text” as the claim puts it.' },
						{ item: 'e2', bears: 'states', shows: 'Reuters reports it too.' },
					],
					events: ['treaty'],
					byVersion: [
						{
							article: 'a',
							citation: 'title-states',
							sources: ['s1'],
							citationRationale: 'Its title says so.',
							wording: { judged: ['faithful'], words: 'Some text', record: 'some text' },
						},
					],
				}),
			},
			{
				id: 'y',
				filePath: 'content/claims/y.yaml',
				data: claimData({
					claim: 'Claim y.',
					kind: 'opinion',
					verdict: 'not-checkable',
					byVersion: [
						{ article: 'a', citation: 'on-topic', sources: ['s1'], citationRationale: 'On the subject.' },
						{ article: 'b', citation: 'on-topic', sources: ['s2'], citationRationale: 'On the subject.' },
					],
				}),
			},
		],
		evidence: [
			evidenceEntry('e1', { outlet: 'NHK', title: 'NHK reports it', published: '2024-06-19' }),
			evidenceEntry('e2', { outlet: 'Reuters', title: 'Reuters reports it', published: '2024-06-20' }),
		],
		sources: [source('s1', '2024-10'), source('s2', '2024-11')],
		stories: [
			{
				id: 'story',
				filePath: 'content/stories/story.yaml',
				data: {
					title: 'Story',
					summary: 'A story.',
					timeline: [{ id: 'treaty', date: '2024-06-19', event: 'A treaty is signed.', evidence: ['e1'] }],
					removedClaims: [],
				},
			},
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

/**
 * The content of `validContent` and a second story, "other", told by `c` and
 * `d`. Claim x is made in `a` and in `c`, and depends on the event "treaty" of
 * the first story and "summit" of the second; `c` cites s1 for it, unnumbered.
 */
export function twoStoriesContent(): ContentSet {
	const content = validContent();
	const [a, b] = content.articles as [ArticleEntry, ArticleEntry];
	const version = (from: ArticleEntry, id: string, other: string, markers: ClaimMarker[]): ArticleEntry => ({
		...from,
		id,
		filePath: `content/articles/${id}.md`,
		markers,
		data: { ...from.data, title: `Title ${id}`, name: `version ${id}`, story: 'other', versions: [other] },
	});
	const c = version(a, 'c', 'd', [marker('x', 1, 1)]);
	c.data.references = [{ number: undefined, source: 's1' }];
	const d = version(b, 'd', 'c', [marker('y', 1, 1)]);
	d.data.references = [];
	const [x, y] = content.claims as [Entry<Claim>, Entry<Claim>];
	x.data.events = ['treaty', 'summit'];
	x.data.byVersion.push({
		article: 'c',
		citation: 'on-topic',
		sources: ['s1'],
		citationRationale: 'On topic.',
		wording: { judged: ['faithful'], words: 'Some text', record: 'some text' },
	});
	y.data.byVersion.push({ article: 'd', citation: 'no-citation', sources: [], citationRationale: 'None.' });
	return {
		...content,
		articles: [a, b, c, d],
		stories: [
			...content.stories,
			{
				id: 'other',
				filePath: 'content/stories/other.yaml',
				data: {
					title: 'Other story',
					summary: 'Another story.',
					timeline: [{ id: 'summit', date: '2024-07-01', event: 'A summit is held.', evidence: ['e2'] }],
					removedClaims: [],
				},
			},
		],
	};
}

/** The content of `validContent` with its story told by `a` alone. */
export function oneVersionContent(): ContentSet {
	const content = validContent();
	content.articles = content.articles.filter((article) => article.id === 'a');
	content.articles[0]!.data.versions = [];
	for (const claim of content.claims) {
		claim.data.byVersion = claim.data.byVersion.filter((version) => version.article === 'a');
	}
	return content;
}
