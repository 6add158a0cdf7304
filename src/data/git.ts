import { spawnSync } from 'node:child_process';
import { parseGitLog, type FileHistory } from '../history/history';

/**
 * The content's history from git, read in a fixed number of processes however
 * many files there are: one to ask whether the history is there, one
 * `git log` for every file's commits, one `git cat-file --batch` for any
 * number of old versions.
 */
export type GitHistory =
	{ available: true; files: Map<string, FileHistory> } | { available: false; reason: string };

function git(cwd: string, args: string[], input?: string) {
	return spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
}

/** Whether `cwd` has its full history in git, or why not: no git, no repository, or a shallow clone. */
export function gitProbe(cwd: string): { available: true } | { available: false; reason: string } {
	const probe = git(cwd, ['rev-parse', '--is-shallow-repository']);
	if (probe.error) return { available: false, reason: 'git is not installed' };
	if (probe.status !== 0) return { available: false, reason: 'the project is not in a git repository' };
	if (probe.stdout.toString().trim() === 'true') {
		return { available: false, reason: 'the repository is a shallow clone, without its full history' };
	}
	return { available: true };
}

/**
 * Each file's commits under `paths` (relative to `cwd`), newest first, on the
 * first-parent line of the checked-out branch. Unavailable outside a git
 * repository, without git, or in a shallow clone, whose dates would be wrong.
 */
export function readGitHistory(cwd: string, paths: string[]): GitHistory {
	const probe = gitProbe(cwd);
	if (!probe.available) return probe;
	const log = git(cwd, [
		'-c',
		'core.quotePath=false',
		'log',
		'--first-parent',
		'--format=%x1e%H%x1f%cI',
		'--name-only',
		'--relative',
		'-z',
		'--',
		...paths,
	]);
	// A repository with no commit yet has no history to read.
	if (log.status !== 0) return { available: true, files: new Map() };
	return { available: true, files: parseGitLog(log.stdout.toString('utf8')) };
}

/**
 * The text of each `{ commit, path }` (path relative to `cwd`), or undefined
 * where the file did not exist in that commit.
 */
export function readVersions(
	cwd: string,
	versions: { commit: string; path: string }[],
): (string | undefined)[] {
	if (versions.length === 0) return [];
	const result = git(
		cwd,
		['cat-file', '--batch'],
		versions.map(({ commit, path }) => `${commit}:./${path}\n`).join(''),
	);
	const out = result.stdout;
	const texts: (string | undefined)[] = [];
	let at = 0;
	for (let i = 0; i < versions.length && at < out.length; i++) {
		const lineEnd = out.indexOf(0x0a, at);
		const header = out.subarray(at, lineEnd).toString('utf8');
		at = lineEnd + 1;
		const match = / blob (\d+)$/.exec(header);
		if (!match) {
			texts.push(undefined);
			continue;
		}
		const size = Number(match[1]);
		texts.push(out.subarray(at, at + size).toString('utf8'));
		at += size + 1;
	}
	return texts;
}
