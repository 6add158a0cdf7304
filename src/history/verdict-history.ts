import yaml from 'js-yaml';
import type { ContentProblem } from '../loading/content-error';
import type { Claim } from '../schemas/claim';
import type { RemovedClaim } from '../schemas/story';
import type { Entry } from '../loading/content-set';
import {
	ratingChanges,
	unreadableRatingsProblem,
	unrecordedChangeProblem,
	unrecordedChanges,
	type FileHistory,
	type ShownVersion,
} from './history';
import { shownRatings } from './shown-ratings';

/** Where claim files live, as the history names them. */
const CLAIMS_FOLDER = 'content/claims/';

/**
 * Every change of what readers were shown by a claim (its rating, each
 * version's wording) in its published history and from its last commit to the
 * file as it is built, that its corrections log does not record; and every
 * claim file that was published and is gone, with no entry in a story's
 * `removedClaims` naming the rating readers last saw. `files` is the history
 * as read from the repository (`readGitHistory` in `src/data/git.ts`);
 * `readVersions` gives the text of each file at each commit asked for, or
 * undefined where it did not exist (all at once: the build asks git in one run).
 */
export function verdictHistoryProblems(
	readVersions: (versions: { commit: string; path: string }[]) => (string | undefined)[],
	files: Map<string, FileHistory>,
	claims: Entry<Claim>[],
	removed: { story: Entry<unknown>; entry: RemovedClaim }[],
): ContentProblem[] {
	const current = new Set(claims.map((claim) => claim.filePath));
	const paths = [...files.keys()].filter((path) => path.startsWith(CLAIMS_FOLDER) && /\.ya?ml$/.test(path));
	const requests = paths.flatMap((path) =>
		[...(files.get(path)?.commits ?? [])].reverse().map(({ commit }) => ({ path, commit })),
	);
	const texts = readVersions(requests);
	const problems: ContentProblem[] = [];
	const historyOf = new Map<string, ShownVersion[]>();
	requests.forEach(({ path, commit }, i) => {
		const text = texts[i];
		// A commit that deleted the file has no text; one whose text no longer parses showed no page.
		const record = text === undefined ? undefined : parseYaml(text);
		if (record === undefined) return;
		const label = commit.slice(0, 7);
		const shown = shownRatings(record);
		if ('problem' in shown) problems.push(unreadableRatingsProblem(path, label, shown.problem));
		else historyOf.set(path, [...(historyOf.get(path) ?? []), { label, shown }]);
	});

	for (const claim of claims) {
		const shown = shownRatings(claim.data);
		if ('problem' in shown) {
			problems.push(unreadableRatingsProblem(claim.filePath, 'uncommitted', shown.problem));
			continue;
		}
		const history = [...(historyOf.get(claim.filePath) ?? []), { label: 'uncommitted', shown }];
		for (const change of unrecordedChanges(ratingChanges(history), claim.data.corrections))
			problems.push(unrecordedChangeProblem(claim.filePath, change));
	}

	const removedById = new Map(removed.map((item) => [item.entry.id, item]));
	for (const path of paths.filter((path) => !current.has(path))) {
		const last = historyOf.get(path)?.at(-1);
		if (!last) continue;
		const id = path.slice(CLAIMS_FOLDER.length).replace(/\.ya?ml$/, '');
		const logged = removedById.get(id);
		if (!logged)
			problems.push({
				file: path,
				field: 'id',
				message: `the claim "${id}" was published (last in commit ${last.label}, rated “${last.shown.claim}”) and is gone with no entry that records it; expected an entry in removedClaims of its story with id: ${id}, claim, rating: "${last.shown.claim}", date, kind, change and reason`,
			});
		else if (logged.entry.rating !== last.shown.claim)
			problems.push({
				file: logged.story.filePath,
				field: 'removedClaims',
				message: `the entry for "${id}" says readers last saw “${logged.entry.rating}”; expected the rating they saw, “${last.shown.claim}” (commit ${last.label})`,
			});
	}
	return problems;
}

/** An old version's data; one that no longer parses has nothing to compare. */
function parseYaml(text: string): unknown {
	try {
		return yaml.load(text) ?? undefined;
	} catch {
		return undefined;
	}
}
