import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGitHistory, readVersions } from '../../../src/data/git';
import { recordDates } from '../../../src/history/history';
import { verdictHistoryProblems } from '../../../src/history/verdict-history';
import { formatProblem } from '../../../src/loading/content-error';
import type { Claim } from '../../../src/schemas/claim';
import { verdicts } from '../../../src/schemas/verdict';
import { datedGit } from '../../helpers/git';

/** A throwaway repository whose commits carry the dates the test gives them. */
function tempRepo() {
	const dir = mkdtempSync(join(tmpdir(), 'history-'));
	const git = datedGit(dir);
	git(['init', '-q', '-b', 'main']);
	const write = (path: string, text: string) => {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	const commit = (date: string) => {
		git(['add', '-A']);
		git(['commit', '-q', '-m', 'Edit'], date);
		return git(['rev-parse', 'HEAD']).trim();
	};
	return { dir, git, write, commit, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('dates from git history', { timeout: 20_000 }, () => {
	const repo = tempRepo();
	afterAll(() => repo.remove());
	const paths = ['content/claims/a.yaml', 'content/claims/b.yaml', 'content/sources/s.yaml'];

	it('moves the edited record’s last-updated date, and nothing else', () => {
		for (const path of paths) repo.write(path, 'status: opinion\n');
		repo.write('README.md', 'Not content.\n');
		repo.commit('2025-01-01T12:00:00+00:00');
		const before = readGitHistory(repo.dir, ['content']);
		expect(before.available).toBe(true);

		repo.write('content/claims/a.yaml', 'status: reported-single-source\n');
		repo.commit('2025-02-03T12:00:00+00:00');
		const after = readGitHistory(repo.dir, ['content']);

		const datesOf = (history: typeof before, path: string) =>
			history.available ? recordDates(history.files.get(path)) : undefined;
		expect(datesOf(after, 'content/claims/a.yaml')).toEqual({
			published: '2025-01-01T12:00:00+00:00',
			modified: '2025-02-03T12:00:00+00:00',
		});
		for (const path of paths.slice(1)) expect(datesOf(after, path)).toEqual(datesOf(before, path));
		expect(after.available && after.files.has('README.md')).toBe(false);
	});

	it('reads every old version in one go, and none where the file did not exist', () => {
		const history = readGitHistory(repo.dir, ['content']);
		const commits = history.available ? history.files.get('content/claims/a.yaml')!.commits : [];
		expect(commits).toHaveLength(2);
		const texts = readVersions(repo.dir, [
			...commits.map(({ commit }) => ({ commit, path: 'content/claims/a.yaml' })),
			{ commit: commits.at(-1)!.commit, path: 'content/claims/missing.yaml' },
		]);
		expect(texts).toEqual(['status: reported-single-source\n', 'status: opinion\n', undefined]);
	});

	it('reads paths relative to a project inside a larger repository', () => {
		repo.write('site/content/claims/c.yaml', 'status: opinion\n');
		repo.commit('2025-03-01T12:00:00+00:00');
		const history = readGitHistory(join(repo.dir, 'site'), ['content']);
		expect(history.available && [...history.files.keys()]).toEqual(['content/claims/c.yaml']);
	});
});

describe('changes of what readers were shown, read from the history', { timeout: 20_000 }, () => {
	const path = 'content/claims/a.yaml';
	const label = (id: 'not-checkable' | 'not-found' | 'confirmed') => verdicts[id].label;
	const entry = (from: string, to: string) => ({
		date: '2025-02-01',
		kind: 'correction' as const,
		change: 'The verdict was changed.',
		reason: 'A reader showed it was wrong.',
		verdict: { from, to },
	});
	/** The claim as the build sees it: only what the check reads of it. */
	const claim = (
		verdict: string,
		corrections: ReturnType<typeof entry>[] = [],
		byVersion: unknown[] = [],
	) => ({
		id: 'a',
		filePath: path,
		data: { verdict, corrections, byVersion } as unknown as Claim,
	});
	const removed = (rating: string) => ({
		story: { id: 's', filePath: 'content/stories/s.yaml', data: {} },
		entry: {
			id: 'gone',
			claim: 'A claim taken off.',
			rating,
			date: '2025-03-01',
			kind: 'update' as const,
			change: 'Taken off.',
			reason: 'It was no claim.',
		},
	});
	const logged = `corrections:\n  - date: "2025-02-01"\n    kind: correction\n    change: x\n    reason: y\n    verdict:\n      from: ${label('not-checkable')}\n      to: ${label('not-found')}\n`;

	function withRepo(test: (repo: ReturnType<typeof tempRepo>, problems: typeof check) => void) {
		const repo = tempRepo();
		function check(claims: ReturnType<typeof claim>[], gone: ReturnType<typeof removed>[] = []) {
			const history = readGitHistory(repo.dir, ['content']);
			if (!history.available) throw new Error(history.reason);
			return verdictHistoryProblems(
				(versions) => readVersions(repo.dir, versions),
				history.files,
				claims,
				gone,
			).map(formatProblem);
		}
		try {
			test(repo, check);
		} finally {
			repo.remove();
		}
	}

	it('finds each unrecorded change, committed or not, and names the commit that made it', () => {
		withRepo((repo, problems) => {
			repo.write(path, 'claim: A claim.\nverdict: not-checkable\n');
			repo.commit('2025-01-01T12:00:00+00:00');
			repo.write(path, 'claim: A claim.\nverdict: not-found\n');
			const commit = repo.commit('2025-02-01T12:00:00+00:00').slice(0, 7);

			// Committed without an entry; then the file changed again, not yet committed.
			expect(problems([claim('confirmed')])).toEqual([
				`${path} → corrections: the verdict shown to readers changed from “${label('not-checkable')}” to “${label('not-found')}” in commit ${commit} with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: "${label('not-checkable')}", to: "${label('not-found')}" }`,
				`${path} → corrections: the verdict shown to readers changed from “${label('not-found')}” to “${label('confirmed')}” in the file as it is now with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: "${label('not-found')}", to: "${label('confirmed')}" }`,
			]);
			// An entry added later records the committed change; history is not rewritten.
			const recorded = [entry(label('not-checkable'), label('not-found'))];
			expect(problems([claim('not-found', recorded)])).toEqual([]);
			repo.write(path, `claim: A claim.\nverdict: not-found\n${logged}`);
			repo.commit('2025-03-01T12:00:00+00:00');
			expect(problems([claim('not-found', recorded)])).toEqual([]);
			// An old version that no longer parses showed no page, and is skipped.
			repo.write(path, 'claim: [unclosed\n');
			repo.commit('2025-04-01T12:00:00+00:00');
			expect(problems([claim('not-found', recorded)])).toEqual([]);
		});
	});

	it('sees a change across a renamed field, and stops on a layout it cannot read', () => {
		withRepo((repo, problems) => {
			// The first layout kept the rating in `status`; the next renamed it `verdict` and changed it.
			repo.write(path, 'claim: A claim.\nstatus: opinion\n');
			repo.commit('2025-01-01T12:00:00+00:00');
			expect(problems([claim('not-found')])).toEqual([
				`${path} → corrections: the verdict shown to readers changed from “Opinion or forecast” to “${label('not-found')}” in the file as it is now with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: "Opinion or forecast", to: "${label('not-found')}" }`,
			]);
			// A field no reader knows is never taken for "no rating".
			repo.write(path, 'claim: A claim.\nrating: opinion\n');
			const commit = repo.commit('2025-02-01T12:00:00+00:00').slice(0, 7);
			expect(problems([claim('not-found', [entry('Opinion or forecast', label('not-found'))])])).toEqual([
				`${path} → verdict: cannot tell what readers were shown by the claim in commit ${commit}: it has none of the fields a claim’s rating has been kept in (verdict, status); teach src/history/shown-ratings.ts to read this layout`,
			]);
		});
	});

	it('sees a change of a version’s wording', () => {
		withRepo((repo, problems) => {
			repo.write(
				path,
				'claim: A claim.\nverdict: not-found\nbyVersion:\n  - article: rewrite\n    wording: { judged: [faithful] }\n',
			);
			const commit = repo.commit('2025-01-01T12:00:00+00:00').slice(0, 7);
			expect(commit).toHaveLength(7);
			expect(
				problems([claim('not-found', [], [{ article: 'rewrite', wording: { judged: ['hedge-dropped'] } }])]),
			).toEqual([
				`${path} → corrections: the wording judgement of "rewrite" shown to readers changed from “Faithful to the record” to “Hedge dropped” in the file as it is now with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and wording: { version: rewrite, from: "Faithful to the record", to: "Hedge dropped" }`,
			]);
		});
	});

	it('stops on a published claim taken off with no entry, or one that misremembers its rating', () => {
		withRepo((repo, problems) => {
			repo.write('content/claims/gone.yaml', 'claim: A claim taken off.\nverdict: not-checkable\n');
			repo.commit('2025-01-01T12:00:00+00:00');
			repo.git(['rm', '-q', 'content/claims/gone.yaml']);
			const commit = repo.commit('2025-03-01T12:00:00+00:00');
			expect(commit).toBeTruthy();
			const published = repo.git(['rev-list', '--max-parents=0', 'HEAD']).trim().slice(0, 7);
			expect(problems([])).toEqual([
				`content/claims/gone.yaml → id: the claim "gone" was published (last in commit ${published}, rated “${label('not-checkable')}”) and is gone with no entry that records it; expected an entry in removedClaims of its story with id: gone, claim, rating: "${label('not-checkable')}", date, kind, change and reason`,
			]);
			expect(problems([], [removed(label('not-checkable'))])).toEqual([]);
			expect(problems([], [removed(label('confirmed'))])).toEqual([
				`content/stories/s.yaml → removedClaims: the entry for "gone" says readers last saw “${label('confirmed')}”; expected the rating they saw, “${label('not-checkable')}” (commit ${published})`,
			]);
		});
	});
});

describe('without the history', () => {
	it('says so outside a repository', () => {
		const dir = mkdtempSync(join(tmpdir(), 'no-history-'));
		try {
			expect(readGitHistory(dir, ['content'])).toEqual({
				available: false,
				reason: 'the project is not in a git repository',
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('says so in a shallow clone, whose first dates would be wrong', () => {
		const repo = tempRepo();
		const clone = mkdtempSync(join(tmpdir(), 'shallow-'));
		try {
			repo.write('content/claims/a.yaml', 'status: opinion\n');
			repo.commit('2025-01-01T12:00:00+00:00');
			repo.write('content/claims/a.yaml', 'status: x\n');
			repo.commit('2025-01-02T12:00:00+00:00');
			execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
			expect(readGitHistory(clone, ['content'])).toEqual({
				available: false,
				reason: 'the repository is a shallow clone, without its full history',
			});
		} finally {
			repo.remove();
			rmSync(clone, { recursive: true, force: true });
		}
	});
});
