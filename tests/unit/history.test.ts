import { describe, expect, it } from 'vitest';
import {
	parseGitLog,
	recordDates,
	unrecordedChangeProblem,
	unrecordedChanges,
	VERDICT_FIELD,
	verdictChanges,
	verdictOf,
	type VerdictChange,
} from '../../src/lib/history';
import { formatProblem } from '../../src/loading/content-error';
import type { Correction } from '../../src/schemas/corrections';

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

describe('verdictOf', () => {
	it.each([
		['a record with the field', { [VERDICT_FIELD]: 'opinion', claim: 'x' }, 'opinion'],
		['a record without it', { claim: 'x' }, undefined],
		['a field that is not text', { [VERDICT_FIELD]: { label: 'x' } }, undefined],
		['no record', undefined, undefined],
		['text that is not a record', 'verdict: opinion', undefined],
	])('%s', (_, record, expected) => {
		expect(verdictOf(record)).toBe(expected);
	});
});

describe('verdictChanges', () => {
	const v = (label: string, verdict?: string) => ({ label, verdict });
	it.each<[string, ReturnType<typeof v>[], VerdictChange[]]>([
		['one version', [v('a', 'x')], []],
		['no change', [v('a', 'x'), v('b', 'x'), v('uncommitted', 'x')], []],
		['one change', [v('a', 'x'), v('b', 'y')], [{ from: 'x', to: 'y', at: 'b' }]],
		[
			'a change and back',
			[v('a', 'x'), v('b', 'y'), v('c', 'x')],
			[
				{ from: 'x', to: 'y', at: 'b' },
				{ from: 'y', to: 'x', at: 'c' },
			],
		],
		[
			'versions without the field are skipped',
			[v('a'), v('b', 'x'), v('c'), v('d', 'y')],
			[{ from: 'x', to: 'y', at: 'd' }],
		],
		['history before the field does not count', [v('a'), v('b'), v('uncommitted', 'x')], []],
	])('%s', (_, versions, expected) => {
		expect(verdictChanges(versions)).toEqual(expected);
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
	const plainEntry: Correction = { date: '2025-01-01', kind: 'update', change: 'Added.', reason: 'New.' };
	const change = (from: string, to: string, at = 'c1'): VerdictChange => ({ from, to, at });

	it.each<[string, VerdictChange[], Correction[], VerdictChange[]]>([
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
	])('%s', (_, changes, corrections, expected) => {
		expect(unrecordedChanges(changes, corrections)).toEqual(expected);
	});
});

describe('unrecordedChangeProblem', () => {
	it('names the file, the field, the change and what is expected, in one line', () => {
		expect(
			formatProblem(
				unrecordedChangeProblem('content/claims/a.yaml', {
					from: 'opinion',
					to: 'reported-single-source',
					at: 'abc1234',
				}),
			),
		).toMatchInlineSnapshot(
			`"content/claims/a.yaml → verdict: the verdict changed from "opinion" to "reported-single-source" in commit abc1234 with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: opinion, to: reported-single-source }"`,
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
