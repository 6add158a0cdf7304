import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../../src/loading/content-set';
import { findContentProblems } from '../../../src/record/integrity';
import { formatProblem } from '../../../src/loading/content-error';
import { evidenceEntry, marker, validContent } from '../fixtures';

describe('findContentProblems', () => {
	it('accepts content whose every id resolves', () => {
		expect(findContentProblems(validContent())).toEqual([]);
	});

	const cases: [string, (content: ContentSet) => void, string[]][] = [
		[
			'two versions of one story with the same name',
			(c) => (c.articles[1]!.data.name = 'Version A'),
			[
				'content/articles/b.md → name: "Version A" is already the name of a in story "story"; expected a name of its own, so readers can tell the versions apart',
			],
		],
		[
			'a marker naming an unknown claim',
			(c) => c.articles[1]!.markers.push(marker('nope', 2)),
			[
				'content/articles/b.md → body, line 1 (claim marker): unknown claim id "nope"; did you mean "x" or "y"? expected the id of a file in content/claims/, or a new content/claims/nope.yaml',
			],
		],
		[
			'a marker the plugin could not read',
			(c) => c.articles[0]!.markdownProblems.push({ message: 'claim marker "w" has no claim id', line: 7 }),
			['content/articles/a.md → body, line 7: claim marker "w" has no claim id'],
		],
		[
			'a claim no article marks',
			(c) => (c.articles[0]!.markers = c.articles[0]!.markers.filter((m) => m.claimId !== 'x')),
			[
				'content/claims/x.yaml → id: no article marks this claim; expected a :claim[the words]{#x} marker in an article',
				'content/claims/x.yaml → byVersion[0].article: "a" does not mark this claim; expected entries only for the versions that make it',
			],
		],
		[
			'a claim citing an unknown source',
			(c) => (c.claims[0]!.data.byVersion[0]!.sources = ['gone']),
			[
				'content/claims/x.yaml → byVersion[0].sources[0]: unknown id "gone"; expected one of the ids in content/sources/ (s1, s2)',
			],
		],
		[
			'a claim with an unknown topic',
			(c) => c.claims[1]!.data.topics.push('nowhere'),
			[
				'content/claims/y.yaml → topics[1]: unknown id "nowhere"; expected one of the ids in content/topics/ (place)',
			],
		],
		[
			'a source no article cites',
			(c) => (c.articles[1]!.data.references = []),
			[
				'content/claims/y.yaml → byVersion[1].sources[0]: "b" does not cite "s2"; expected a source from its references',
				"content/sources/s2.yaml → id: no article cites this source; expected it in an article's references",
			],
		],
		[
			'a source listed twice, under one number twice',
			(c) => c.articles[0]!.data.references.push({ number: 1, source: 's1' }),
			[
				'content/articles/a.md → references[1].source: "s1" is listed twice; expected each source once',
				'content/articles/a.md → references[1].number: number 1 is used twice; expected each number once',
			],
		],
		[
			'versions that do not list each other',
			(c) => (c.articles[1]!.data.versions = []),
			[
				// Reported on the file that must change: b, which lacks the link back.
				'content/articles/b.md → versions: "a" lists this article as a version of its story, but versions does not list "a"; expected "a" added to versions',
			],
		],
		[
			'an article that is its own version',
			(c) => c.articles[0]!.data.versions.push('a'),
			['content/articles/a.md → versions[1]: an article cannot be a version of itself'],
		],
		[
			'versions of different stories',
			(c) => {
				c.stories.push({
					id: 'other',
					filePath: 'content/stories/other.yaml',
					data: { title: 'O', summary: 'O.', timeline: [], removedClaims: [] },
				});
				c.articles[1]!.data.story = 'other';
			},
			[
				'content/articles/a.md → versions[0]: "b" belongs to story "other", not "story"; expected versions of one story',
				'content/articles/b.md → versions[0]: "a" belongs to story "story", not "other"; expected versions of one story',
			],
		],
		[
			'an unknown story',
			(c) => (c.articles[0]!.data.story = 'untold'),
			[
				'content/articles/a.md → story: unknown id "untold"; expected one of the ids in content/stories/ (story)',
				'content/articles/a.md → versions[0]: "b" belongs to story "story", not "untold"; expected versions of one story',
				'content/articles/b.md → versions[0]: "a" belongs to story "untold", not "story"; expected versions of one story',
				'content/claims/x.yaml → events[0]: unknown event "treaty"; expected the id of an event in the timeline of content/stories/untold',
			],
		],
		[
			'an empty article',
			(c) => {
				c.articles[1]!.body = '  \n';
				c.articles[1]!.markers = [];
				c.claims[1]!.data.byVersion.pop();
			},
			['content/articles/b.md → body: the article has no text; expected Markdown after the frontmatter'],
		],
		[
			'an article that marks no claim',
			(c) => {
				c.articles[1]!.markers = [];
				c.articles[0]!.markers.push(marker('y', 2, 2));
				c.claims[1]!.data.byVersion.pop();
			},
			[
				'content/articles/b.md → body: the article marks no claims; expected at least one :claim[the words]{#claim-id} marker',
			],
		],
		[
			'an article the Markdown pipeline failed on, without blaming its claims',
			(c) => {
				c.articles[0]!.renderFailed = true;
				c.articles[0]!.markers = [];
			},
			['content/articles/a.md → body: the Markdown could not be rendered; see the [ERROR] logged above'],
		],
		[
			'a version entry for a version that does not mark the claim',
			(c) =>
				c.claims[0]!.data.byVersion.push({
					article: 'b',
					citation: 'no-citation',
					sources: [],
					citationRationale: 'Nothing cited.',
					wording: { judged: ['faithful'], words: 'Some text', record: 'some text' },
				}),
			[
				'content/claims/x.yaml → byVersion[1].article: "b" does not mark this claim; expected entries only for the versions that make it',
			],
		],
		[
			'a version that marks the claim with no entry',
			(c) => c.claims[1]!.data.byVersion.pop(),
			[
				'content/claims/y.yaml → byVersion: "b" marks this claim but has no entry; expected its citation support and rationale',
			],
		],
		[
			'two entries for one version',
			(c) => c.claims[1]!.data.byVersion.push({ ...c.claims[1]!.data.byVersion[0]! }),
			['content/claims/y.yaml → byVersion[2].article: "a" has two entries; expected one per version'],
		],
		[
			'a version entry for an unknown article',
			(c) => (c.claims[1]!.data.byVersion[1]!.article = 'gone'),
			[
				'content/claims/y.yaml → byVersion[1].article: unknown id "gone"; expected one of the ids in content/articles/ (a, b)',
				'content/claims/y.yaml → byVersion: "b" marks this claim but has no entry; expected its citation support and rationale',
			],
		],
		[
			'a version entry citing a source outside that version’s references',
			(c) => (c.claims[1]!.data.byVersion[0]!.sources = ['s2']),
			[
				'content/claims/y.yaml → byVersion[0].sources[0]: "a" does not cite "s2"; expected a source from its references',
			],
		],
		[
			'a claim depending on an event not in its story’s timeline',
			(c) => c.claims[0]!.data.events.push('parade'),
			[
				'content/claims/x.yaml → events[1]: unknown event "parade"; expected the id of an event in the timeline of content/stories/story',
			],
		],
		[
			'a claim resting on unknown evidence',
			(c) => c.claims[0]!.data.evidence.push({ item: 'e9', bears: 'context', shows: 'Nothing.' }),
			[
				'content/claims/x.yaml → evidence[2].item: unknown id "e9"; expected one of the ids in content/evidence/ (e1, e2)',
			],
		],
		[
			'evidence nothing uses',
			(c) => c.evidence.push(evidenceEntry('e3')),
			[
				'content/evidence/e3.yaml → id: no claim or timeline event uses this evidence; expected its id in one of them',
			],
		],
		[
			'a timeline event dated by unknown evidence',
			(c) => c.stories[0]!.data.timeline[0]!.evidence.push('e9'),
			[
				'content/stories/story.yaml → timeline[0].evidence[1]: unknown id "e9"; expected one of the ids in content/evidence/ (e1, e2)',
			],
		],
		[
			'a timeline event dated by evidence published before it',
			(c) => {
				c.evidence.push(evidenceEntry('e0', { published: '2024-06-01' }));
				c.stories[0]!.data.timeline[0]!.evidence.push('e0');
			},
			[
				'content/stories/story.yaml → timeline[0].evidence[1]: "e0" was published 2024-06-01, before the event it is cited for (2024-06-19); expected evidence published on or after the event',
			],
		],
		[
			'headline claims for a line the article does not have',
			(c) => (c.articles[0]!.data.headlineClaims = { title: ['x'], kicker: ['x'] }),
			[
				'content/articles/a.md → headlineClaims.kicker: the article has no kicker; expected claims only for a line it has',
			],
		],
		[
			'a verdict its evidence does not bear out',
			(c) => Object.assign(c.evidence[1]!.data, { kind: 'relay', origin: 'NHK' }),
			[
				'content/claims/x.yaml → verdict: “Confirmed by independent reports” needs evidence from at least two independent origins that states the claim, and none that contradicts it; but the evidence that states it goes back to one origin only (nhk: e1, e2)',
			],
		],
		[
			'a citation support its sources do not bear out',
			(c) => (c.claims[0]!.data.byVersion[0]!.citation = 'no-citation'),
			[
				'content/claims/x.yaml → byVersion[0].citation: “No citation” allowed only with no cited source; but it lists cited source(s) s1',
			],
		],
		[
			'a topic nothing uses',
			(c) =>
				c.topics.push({
					id: 'idle',
					filePath: 'content/topics/idle.yaml',
					data: { name: 'Idle', kind: 'subject', description: 'Unused.' },
				}),
			[
				'content/topics/idle.yaml → id: no article or claim uses this topic; expected its id in some topics list',
			],
		],
	];

	it.each(cases)('reports %s, naming the file and the field', (_, breakContent, expected) => {
		const content = validContent();
		breakContent(content);
		expect(findContentProblems(content).map(formatProblem)).toEqual(expected);
	});
});
