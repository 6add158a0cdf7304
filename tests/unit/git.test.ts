import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGitHistory, readVersions } from '../../src/lib/git';
import { recordDates } from '../../src/lib/history';
import { verdictHistoryProblems } from '../../src/lib/verdict-history';
import { formatProblem } from '../../src/loading/content-error';
import type { Claim } from '../../src/schemas/claim';
import { datedGit } from '../helpers/git';

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

describe('dates from git history', () => {
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

describe('verdict changes read from the history', () => {
	const path = 'content/claims/a.yaml';
	const entry = {
		date: '2025-02-01',
		kind: 'correction' as const,
		change: 'The verdict was changed.',
		reason: 'A reader showed it was wrong.',
		verdict: { from: 'not-checkable', to: 'not-found' },
	};
	/** The claim as the build sees it: only what the check reads of it. */
	const claim = (verdict: string, corrections: (typeof entry)[] = []) => ({
		id: 'a',
		filePath: path,
		data: { verdict, corrections } as unknown as Claim,
	});
	const yamlOf = (verdict: string, corrections = '') =>
		`claim: A claim.\nverdict: ${verdict}\n${corrections}`;
	const logged = `corrections:\n  - date: "2025-02-01"\n    kind: correction\n    change: x\n    reason: y\n    verdict:\n      from: not-checkable\n      to: not-found\n`;

	it('finds each unrecorded change, committed or not, and names the commit that made it', () => {
		const repo = tempRepo();
		try {
			repo.write(path, yamlOf('not-checkable'));
			repo.commit('2025-01-01T12:00:00+00:00');
			repo.write(path, yamlOf('not-found'));
			const commit = repo.commit('2025-02-01T12:00:00+00:00').slice(0, 7);
			const problems = (verdict: string, corrections: (typeof entry)[] = []) => {
				const history = readGitHistory(repo.dir, ['content']);
				if (!history.available) throw new Error(history.reason);
				return verdictHistoryProblems(repo.dir, history.files, [claim(verdict, corrections)]).map(
					formatProblem,
				);
			};

			// Committed without an entry; then the file changed again, not yet committed.
			expect(problems('confirmed')).toEqual([
				`${path} → verdict: the verdict changed from "not-checkable" to "not-found" in commit ${commit} with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: not-checkable, to: not-found }`,
				`${path} → verdict: the verdict changed from "not-found" to "confirmed" in the file as it is now with no corrections entry that records it; expected an entry in corrections with date, kind, change, reason and verdict: { from: not-found, to: confirmed }`,
			]);
			// An entry added later records the committed change; history is not rewritten.
			expect(problems('not-found', [entry])).toEqual([]);
			repo.write(path, yamlOf('not-found', logged));
			repo.commit('2025-03-01T12:00:00+00:00');
			expect(problems('not-found', [entry])).toEqual([]);
			// An old version that no longer parses has no verdict, and is skipped.
			repo.write(path, 'claim: [unclosed\n');
			repo.commit('2025-04-01T12:00:00+00:00');
			expect(problems('not-found', [entry])).toEqual([]);
		} finally {
			repo.remove();
		}
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
