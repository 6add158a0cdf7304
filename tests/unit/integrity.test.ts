import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../src/lib/content-set';
import { findContentProblems, formatProblem } from '../../src/lib/integrity';
import { marker, validContent } from './fixtures';

describe('findContentProblems', () => {
	it('accepts content whose every id resolves', () => {
		expect(findContentProblems(validContent())).toEqual([]);
	});

	const cases: [string, (content: ContentSet) => void, string[]][] = [
		[
			'a marker naming an unknown claim',
			(c) => c.articles[1]!.markers.push(marker('nope', 2)),
			[
				'content/articles/b.md → body, line 1 (claim marker): unknown id "nope"; expected one of the ids in content/claims/ (x, y)',
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
			],
		],
		[
			'a claim citing an unknown source',
			(c) => (c.claims[0]!.data.sources[0]!.source = 'gone'),
			[
				'content/claims/x.yaml → sources[0].source: unknown id "gone"; expected one of the ids in content/sources/ (s1, s2)',
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
			["content/sources/s2.yaml → id: no article cites this source; expected it in an article's references"],
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
				'content/articles/a.md → versions[0]: "b" does not list "a" in its versions; expected versions to list each other',
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
					data: { title: 'O', summary: 'O.' },
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
			],
		],
		[
			'an empty article',
			(c) => {
				c.articles[1]!.body = '  \n';
				c.articles[1]!.markers = [];
			},
			['content/articles/b.md → body: the article has no text; expected Markdown after the frontmatter'],
		],
		[
			'an article that marks no claim',
			(c) => {
				c.articles[1]!.markers = [];
				c.articles[0]!.markers.push(marker('y', 2, 2));
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
