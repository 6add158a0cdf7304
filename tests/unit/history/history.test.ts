import { describe, expect, it } from 'vitest';
import {
	parseGitLog,
	recordDates,
	unrecordedChangeProblem,
	unrecordedChanges,
	ratingChanges,
	type RatingChange,
} from '../../../src/history/history';
import { shownRatings } from '../../../src/history/shown-ratings';
import { formatProblem } from '../../../src/loading/content-error';
import type { Correction } from '../../../src/schemas/corrections';

/** A commit as `git log --format=%x1e%H%x1f%cI --name-only -z` prints it. */
const commit = (hash: string, date: string, paths: string[]) =>
	`\x1e${hash}\x1f${date}\0\n${paths.map((path) => `${path}\0`).join('')}`;

describe('parseGitLog', () => {
	const log = [
		commit('c3', '2025-03-01T09:00:00+01:00', ['content/claims/a.yaml']),
		commit('c2', '2025-02-01T09:00:00+00:00', ['content/claims/a.yaml', 'content/claims/b c.yaml']),
		commit('c1', '2025-01-01T09:00:00+00:00', ['content/claims/a.yaml']),
		// A commit that touched nothing under the paths asked for lists no file.
		'\x1ec0\x1f2024-12-01T09:00:00+00:00\0',
	].join('');

	it('lists each file’s commits, newest first', () => {
		const files = parseGitLog(log);
		expect([...files.keys()]).toEqual(['content/claims/a.yaml', 'content/claims/b c.yaml']);
		expect(files.get('content/claims/a.yaml')!.commits.map(({ commit }) => commit)).toEqual([
			'c3',
			'c2',
			'c1',
		]);
		expect(files.get('content/claims/b c.yaml')!.commits).toEqual([
			{ commit: 'c2', date: '2025-02-01T09:00:00+00:00' },
		]);
	});

	it.each([
		[
			'a file changed three times',
			'content/claims/a.yaml',
			{ published: '2025-01-01T09:00:00+00:00', modified: '2025-03-01T09:00:00+01:00' },
		],
		[
			'a file added once',
			'content/claims/b c.yaml',
			{ published: '2025-02-01T09:00:00+00:00', modified: '2025-02-01T09:00:00+00:00' },
		],
		['a file never committed', 'content/claims/new.yaml', undefined],
	])('dates %s', (_, path, expected) => {
		expect(recordDates(parseGitLog(log).get(path))).toEqual(expected);
	});

	it('reads an empty history as no files', () => {
		expect(parseGitLog('').size).toBe(0);
	});
});

describe('shownRatings', () => {
	it.each<[string, unknown, ReturnType<typeof shownRatings>]>([
		[
			'a verdict, with each version’s wording',
			{
				verdict: 'reported-unconfirmed',
				byVersion: [
					{ article: 'a', wording: { judged: ['hedge-dropped', 'hardened'] } },
					{ article: 'b', wording: { judged: ['faithful'] } },
					{ article: 'c' },
				],
			},
			{
				claim: 'Reported by one outlet, unconfirmed',
				versions: new Map([
					['a', 'Hedge dropped; Tense or certainty hardened'],
					['b', 'Faithful to the record'],
				]),
			},
		],
		[
			'a retired verdict',
			{ verdict: 'misstated' },
			{ claim: 'Misstated by the versions', versions: new Map() },
		],
		[
			'the first layout’s status',
			{ status: 'reported-single-source' },
			{ claim: 'Single-source report', versions: new Map() },
		],
		[
			'a verdict with no known label',
			{ verdict: 'dubious' },
			{ problem: 'its verdict "dubious" has no known label' },
		],
		[
			'a layout no reader knows: a renamed field',
			{ rating: 'confirmed' },
			{
				problem:
					'it has none of the fields a claim’s rating has been kept in (verdict, status); teach src/history/shown-ratings.ts to read this layout',
			},
		],
		['text that is not a record', 'verdict: opinion', { problem: 'it is not a YAML mapping' }],
	])('%s', (_, record, expected) => {
		expect(shownRatings(record)).toEqual(expected);
	});
});

describe('ratingChanges', () => {
	const v = (label: string, claim: string, versions: [string, string][] = []) => ({
		label,
		shown: { claim, versions: new Map(versions) },
	});
	it.each<[string, ReturnType<typeof v>[], RatingChange[]]>([
		['one version', [v('a', 'X')], []],
		['no change', [v('a', 'X'), v('b', 'X'), v('uncommitted', 'X')], []],
		['one change', [v('a', 'X'), v('b', 'Y')], [{ from: 'X', to: 'Y', at: 'b' }]],
		[
			'a change and back',
			[v('a', 'X'), v('b', 'Y'), v('c', 'X')],
			[
				{ from: 'X', to: 'Y', at: 'b' },
				{ from: 'Y', to: 'X', at: 'c' },
			],
		],
		[
			'a version’s wording, compared between the file versions that show one',
			[v('a', 'X', [['r', 'Faithful']]), v('b', 'X'), v('c', 'X', [['r', 'Hedge dropped']])],
			[{ version: 'r', from: 'Faithful', to: 'Hedge dropped', at: 'c' }],
		],
		['a wording shown for the first time is no change', [v('a', 'X'), v('b', 'X', [['r', 'Faithful']])], []],
	])('%s', (_, versions, expected) => {
		expect(ratingChanges(versions)).toEqual(expected);
	});
});

describe('unrecordedChanges', () => {
	const entry = (from: string, to: string): Correction => ({
		date: '2025-01-01',
		kind: 'correction',
		change: 'Changed.',
		reason: 'Because.',
		verdict: { from, to },
	});
	const wordingEntry = (version: string, from: string, to: string): Correction => ({
		date: '2025-01-01',
		kind: 'correction',
		change: 'Changed.',
		reason: 'Because.',
		wording: { version, from, to },
	});
	const plainEntry: Correction = { date: '2025-01-01', kind: 'update', change: 'Added.', reason: 'New.' };
	const change = (from: string, to: string, at = 'c1'): RatingChange => ({ from, to, at });
	const wordingChange = (version: string, from: string, to: string): RatingChange => ({
		version,
		from,
		to,
		at: 'c1',
	});

	it.each<[string, RatingChange[], Correction[], RatingChange[]]>([
		['a recorded change', [change('x', 'y')], [entry('x', 'y')], []],
		['an unrecorded change', [change('x', 'y')], [], [change('x', 'y')]],
		['an entry without a verdict does not record one', [change('x', 'y')], [plainEntry], [change('x', 'y')]],
		['an entry the wrong way round', [change('x', 'y')], [entry('y', 'x')], [change('x', 'y')]],
		[
			'one entry records one change only',
			[change('x', 'y', 'c1'), change('y', 'x', 'c2'), change('x', 'y', 'c3')],
			[entry('x', 'y'), entry('y', 'x')],
			[change('x', 'y', 'c3')],
		],
		[
			'each change with its own entry',
			[change('x', 'y', 'c1'), change('y', 'z', 'c2')],
			[entry('y', 'z'), entry('x', 'y')],
			[],
		],
		['a recorded wording change', [wordingChange('r', 'x', 'y')], [wordingEntry('r', 'x', 'y')], []],
		[
			'a wording entry for another version does not record it',
			[wordingChange('r', 'x', 'y')],
			[wordingEntry('s', 'x', 'y')],
			[wordingChange('r', 'x', 'y')],
		],
		[
			'a verdict entry does not record a wording change',
			[wordingChange('r', 'x', 'y')],
			[entry('x', 'y')],
			[wordingChange('r', 'x', 'y')],
		],
	])('%s', (_, changes, corrections, expected) => {
		expect(unrecordedChanges(changes, corrections)).toEqual(expected);
	});
});

describe('unrecordedChangeProblem', () => {
	it('names the file, the field, the change and what is expected, in one line', () => {
		expect(
			formatProblem(
				unrecordedChangeProblem('content/claims/a.yaml', {
					from: 'Opinion or forecast',
					to: 'Single-source report',
					at: 'abc1234',
				}),
			),
		).toBe(
			'content/claims/a.yaml → corrections: the verdict shown to readers changed from “Opinion or forecast” to “Single-source report” in commit abc1234 with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: "Opinion or forecast", to: "Single-source report" }',
		);
	});

	it('names the version whose wording changed', () => {
		expect(
			unrecordedChangeProblem('content/claims/a.yaml', {
				version: 'rewrite',
				from: 'Faithful to the record',
				to: 'Hedge dropped',
				at: 'abc1234',
			}).message,
		).toBe(
			'the wording judgement of "rewrite" shown to readers changed from “Faithful to the record” to “Hedge dropped” in commit abc1234 with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and wording: { version: rewrite, from: "Faithful to the record", to: "Hedge dropped" }',
		);
	});

	it('says when the change is not committed yet', () => {
		const { message } = unrecordedChangeProblem('content/claims/a.yaml', {
			from: 'x',
			to: 'y',
			at: 'uncommitted',
		});
		expect(message).toContain('in the file as it is now');
	});
});
