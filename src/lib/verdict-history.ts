import yaml from 'js-yaml';
import type { ContentProblem } from '../loading/content-error';
import type { Claim } from '../schemas/claim';
import type { Entry } from './content-set';
import { readVersions } from './git';
import {
	unrecordedChangeProblem,
	unrecordedChanges,
	verdictChanges,
	verdictOf,
	type FileHistory,
} from './history';

/**
 * Every change of a claim's verdict in its history, and from its last commit
 * to the file as it is built, that its corrections log does not record.
 * `files` is the history read from the repository at `cwd`
 * (`readGitHistory`); all old versions are read in one `git cat-file` run.
 */
export function verdictHistoryProblems(
	cwd: string,
	files: Map<string, FileHistory>,
	claims: Entry<Claim>[],
): ContentProblem[] {
	const requests = claims.flatMap((claim) =>
		[...(files.get(claim.filePath)?.commits ?? [])]
			.reverse()
			.map(({ commit }) => ({ claim: claim.id, commit, path: claim.filePath })),
	);
	const texts = readVersions(cwd, requests);
	const versionsOf = new Map<string, { label: string; verdict: string | undefined }[]>();
	requests.forEach(({ claim, commit }, i) => {
		const versions = versionsOf.get(claim) ?? [];
		versions.push({ label: commit.slice(0, 7), verdict: verdictOf(parseYaml(texts[i])) });
		versionsOf.set(claim, versions);
	});
	return claims.flatMap((claim) => {
		const versions = [
			...(versionsOf.get(claim.id) ?? []),
			{ label: 'uncommitted', verdict: verdictOf(claim.data) },
		];
		return unrecordedChanges(verdictChanges(versions), claim.data.corrections).map((change) =>
			unrecordedChangeProblem(claim.filePath, change),
		);
	});
}

/** An old version's data; one that no longer parses has no verdict to compare. */
function parseYaml(text: string | undefined): unknown {
	if (text === undefined) return undefined;
	try {
		return yaml.load(text);
	} catch {
		return undefined;
	}
}
