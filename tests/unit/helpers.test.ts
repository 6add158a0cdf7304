import { describe, expect, it } from 'vitest';
import { fileIds } from '../../src/loading/entry-id';
import { describeDate, plural, someOf } from '../../src/strings';
import {
	byKind,
	groupClaimsByVerdict,
	groupTopicsByKind,
	eventPath,
	sharedClaims,
	storyPath,
	timelinePath,
	versionsNote,
} from '../../src/page-models/listing';
import { navState, withBase } from '../../src/site/paths';

describe('withBase', () => {
	it.each([
		['/', '', '/'],
		['/', 'claims/', '/claims/'],
		['/news/', 'claims/x/', '/news/claims/x/'],
		['/news', 'claims/', '/news/claims/'],
		['/news/', '/claims/', '/news/claims/'],
	])('%s + %s → %s', (base, path, expected) => {
		expect(withBase(base, path)).toBe(expected);
	});
});

describe('navState', () => {
	it.each([
		['/claims/', '/claims/', 'page'],
		['/claims/x/', '/claims/', 'true'],
		['/sources/', '/claims/', undefined],
	])('%s under %s → %s', (current, href, expected) => {
		expect(navState(current, href)).toBe(expected);
	});
});

describe('format', () => {
	it('writes dates out and says when there is none', () => {
		expect(describeDate('undated')).toBe('Undated');
		expect(describeDate('2025-06-17')).toBe('17 June 2025');
	});

	it('pluralises', () => {
		expect(plural(1, 'claim')).toBe('1 claim');
		expect(plural(0, 'claim')).toBe('0 claims');
		expect(plural(2, 'story', 'stories')).toBe('2 stories');
	});

	it('names the first few of a long list and counts the rest', () => {
		expect(someOf(['A', 'B'], 3, 'version')).toBe('A; B');
		expect(someOf(['A', 'B', 'C'], 3, 'version')).toBe('A; B; C');
		expect(someOf(['A', 'B', 'C', 'D'], 3, 'version')).toBe('A; B; C and 1 more version');
		expect(someOf(['A', 'B', 'C', 'D', 'E'], 3, 'version')).toBe('A; B; C and 2 more versions');
	});
});

describe('listing', () => {
	it('groups claims by verdict in the order of the scale', () => {
		const node = (id: string, verdict: 'not-checkable' | 'contradicted' | 'confirmed') => ({
			id,
			entry: { data: { verdict } },
		});
		const groups = groupClaimsByVerdict([
			node('a', 'not-checkable'),
			node('b', 'contradicted'),
			node('c', 'not-checkable'),
			node('d', 'confirmed'),
		]);
		expect(groups.map(({ verdict, claims }) => [verdict, claims.map((claim) => claim.id)])).toEqual([
			['confirmed', ['d']],
			['contradicted', ['b']],
			['not-checkable', ['a', 'c']],
		]);
	});

	it('groups topics by kind, sorted by name', () => {
		const topic = (name: string, kind: 'person' | 'place') => ({ entry: { data: { name, kind } } });
		const groups = groupTopicsByKind([
			topic('Tatarstan', 'place'),
			topic('Shoigu', 'person'),
			topic('Alabuga', 'place'),
		]);
		expect(groups.map(({ label, topics }) => [label, topics.map((t) => t.entry.data.name)])).toEqual([
			['People', ['Shoigu']],
			['Places', ['Alabuga', 'Tatarstan']],
		]);
	});

	it('orders claims by kind, keeping their order within a kind', () => {
		const claim = (id: string, kind: 'figure' | 'event' | 'opinion') => ({ id, entry: { data: { kind } } });
		const sorted = byKind([
			claim('a', 'opinion'),
			claim('b', 'figure'),
			claim('c', 'event'),
			claim('d', 'figure'),
		]);
		expect(sorted.map((c) => c.id)).toEqual(['b', 'd', 'c', 'a']);
	});

	it('finds the claims every version makes', () => {
		const story = { versions: [1, 2], claims: [{ appearances: [1] }, { appearances: [1, 2] }] };
		expect(sharedClaims(story)).toEqual([{ appearances: [1, 2] }]);
	});

	it('says which versions make a claim', () => {
		const scraped = { data: { name: 'scraped page' } };
		const rewrite = { data: { name: 'rewrite' } };
		const made = (...versions: (typeof scraped | typeof rewrite)[]) =>
			versions.map((article) => ({ article }));
		expect(versionsNote({ appearances: made(scraped, rewrite), absentFrom: [] })).toBe(
			'made in every version',
		);
		expect(versionsNote({ appearances: made(rewrite), absentFrom: [scraped] })).toBe('only in the rewrite');
		expect(versionsNote({ appearances: made(scraped), absentFrom: [rewrite] })).toBe(
			'only in the scraped page',
		);
		expect(versionsNote({ appearances: made(rewrite), absentFrom: [] })).toBe('made in the only version');
	});

	it.each([
		[['a', 'b'], 'compare/s/'],
		[['a'], 'articles/a/'],
	])('storyPath leads a story with versions %j to %s', (versions, expected) => {
		const story = { entry: { id: 's' }, versions: versions.map((id) => ({ entry: { id } })) };
		expect(storyPath(story)).toBe(expected);
	});
});

describe('timelinePath and eventPath', () => {
	const story = (versions: number) => ({ entry: { id: 's' }, versions: Array.from({ length: versions }) });
	it.each([
		['the one story of the site, on the home page', story(1), 1, '', '#event-treaty'],
		['one of several stories, on its comparison', story(2), 3, 'compare/s/', 'compare/s/#event-treaty'],
		['a story of one version among several, nowhere', story(1), 3, undefined, undefined],
	])('shows %s', (_, node, count, page, event) => {
		expect(timelinePath(node, count)).toBe(page);
		expect(eventPath(node, count, 'treaty')).toBe(event);
	});
});

describe('fileIds', () => {
	it('takes the file name as the id', () => {
		const generateId = fileIds('claims', () => true);
		expect(generateId({ entry: 'shoigu-1000-pioneers.yaml' })).toBe('shoigu-1000-pioneers');
		expect(generateId({ entry: 'северная-корея.yaml' })).toBe('северная-корея');
	});

	it('refuses a file name that is not an id', () => {
		const generateId = fileIds('claims', () => true);
		expect(() => generateId({ entry: 'Shoigu 1000.yaml' })).toThrow(
			'content/claims/Shoigu 1000.yaml → file name: "Shoigu 1000" is not a valid id; expected lower-case words joined by hyphens',
		);
	});

	it('refuses two files with one id, unless the first is gone', () => {
		let firstExists = true;
		const generateId = fileIds('claims', () => firstExists);
		generateId({ entry: 'a.yaml' });
		expect(generateId({ entry: 'a.yaml' })).toBe('a');
		expect(() => generateId({ entry: 'a.yml' })).toThrow(
			'content/claims/a.yml → file name: the id "a" is already used by content/claims/a.yaml; expected each id once',
		);
		firstExists = false;
		expect(generateId({ entry: 'a.yml' })).toBe('a');
	});
});
