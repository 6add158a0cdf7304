import { execFileSync } from 'node:child_process';

/**
 * Runs git in `dir` as a fixed editor, with each commit dated as the test
 * says, so a history made in a test is the same on every machine.
 */
export function datedGit(dir: string) {
	return (args: string[], date = '2025-01-01T12:00:00+00:00') =>
		execFileSync('git', args, {
			cwd: dir,
			env: {
				...process.env,
				GIT_AUTHOR_NAME: 'Editor',
				GIT_AUTHOR_EMAIL: 'editor@example.org',
				GIT_COMMITTER_NAME: 'Editor',
				GIT_COMMITTER_EMAIL: 'editor@example.org',
				GIT_AUTHOR_DATE: date,
				GIT_COMMITTER_DATE: date,
			},
		}).toString();
}
