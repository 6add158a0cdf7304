import type { Correction } from '../schemas/corrections';
import type { ContentProblem } from '../loading/content-error';
import type { ShownRatings } from './shown-ratings';

/**
 * A file's history as published: every commit that changed it, newest first,
 * on the first-parent line of the branch that is deployed (every commit on it
 * was published; a merged branch's own commits never were).
 */
export interface FileHistory {
	/** Each commit that changed the file, newest first, with its date (ISO 8601, with the offset). */
	commits: { commit: string; date: string }[];
}

/** When a record was first published and last changed, as ISO 8601 date-times. */
export interface RecordDates {
	published: string;
	modified: string;
}

/**
 * Reads the output of
 * `git log --first-parent --format=%x1e%H%x1f%cI --name-only -z`: records
 * start with a record separator, hold the commit and its date, then the paths
 * it changed, each ended by a NUL. One pass over the whole history, whatever
 * the number of files.
 *
 * @example parseGitLog('\x1eabc\x1f2025-06-17T10:00:00+00:00\0\ncontent/claims/x.yaml\0')
 * // Map { 'content/claims/x.yaml' => { commits: [{ commit: 'abc', date: '2025-06-17T10:00:00+00:00' }] } }
 */
export function parseGitLog(output: string): Map<string, FileHistory> {
	const files = new Map<string, FileHistory>();
	for (const record of output.split('\x1e')) {
		const end = record.indexOf('\0');
		if (end === -1) continue;
		const [commit, date] = record.slice(0, end).split('\x1f');
		if (!commit || !date) continue;
		for (const path of record
			.slice(end + 1)
			.replace(/^\n/, '')
			.split('\0')) {
			if (path === '') continue;
			const history = files.get(path);
			if (history) history.commits.push({ commit, date });
			else files.set(path, { commits: [{ commit, date }] });
		}
	}
	return files;
}

/**
 * When a file was first published (the oldest commit adding it) and last
 * changed (the newest commit touching it).
 */
export function recordDates(history: FileHistory | undefined): RecordDates | undefined {
	const newest = history?.commits[0];
	const oldest = history?.commits.at(-1);
	return newest && oldest ? { published: oldest.date, modified: newest.date } : undefined;
}

/** One version of a claim file: where it comes from and what readers were shown by it. */
export interface ShownVersion {
	/** The commit's short id, or "uncommitted" for the file as it is being built. */
	label: string;
	shown: ShownRatings;
}

/** A change of what readers were shown: the claim's rating, or one version's wording. */
export interface RatingChange {
	/** The article id of the version whose wording label changed; absent for the claim's own rating. */
	version?: string;
	from: string;
	to: string;
	/** The version of the file that made the change. */
	at: string;
}

/**
 * Every change of a shown label between consecutive versions of a claim file,
 * oldest first: the claim's rating, then each version's wording label, between
 * the file versions that showed one.
 *
 * @example ratingChanges([{ label: 'a', shown: { claim: 'X', versions: new Map() } }, { label: 'b', shown: { claim: 'Y', versions: new Map() } }])
 * // [{ from: 'X', to: 'Y', at: 'b' }]
 */
export function ratingChanges(history: ShownVersion[]): RatingChange[] {
	const changes: RatingChange[] = [];
	const lastOfVersion = new Map<string, string>();
	history.forEach(({ label, shown }, i) => {
		const before = history[i - 1]?.shown.claim;
		if (before !== undefined && before !== shown.claim)
			changes.push({ from: before, to: shown.claim, at: label });
		for (const [version, wording] of shown.versions) {
			const last = lastOfVersion.get(version);
			if (last !== undefined && last !== wording)
				changes.push({ version, from: last, to: wording, at: label });
			lastOfVersion.set(version, wording);
		}
	});
	return changes;
}

/**
 * The changes that the record's corrections log does not record. Each change
 * needs its own entry in the record as it stands, with `verdict: { from, to }`
 * for the claim's rating or `wording: { version, from, to }` for a version's
 * wording, in the labels readers saw: history cannot be rewritten, so an entry
 * forgotten in the commit that made the change can be added by a later one, and
 * an entry removed later fails again.
 */
export function unrecordedChanges(changes: RatingChange[], corrections: Correction[]): RatingChange[] {
	const unused = corrections.flatMap((entry) => [
		...(entry.verdict ? [{ version: undefined, ...entry.verdict }] : []),
		...(entry.wording ? [entry.wording] : []),
	]);
	return changes.filter((change) => {
		const index = unused.findIndex(
			(entry) => entry.version === change.version && entry.from === change.from && entry.to === change.to,
		);
		if (index === -1) return true;
		unused.splice(index, 1);
		return false;
	});
}

/** Where in the history a change was made, in words. */
function whereMade(at: string): string {
	return at === 'uncommitted' ? 'in the file as it is now' : `in commit ${at}`;
}

/** The content problem for a change of what readers were shown with no corrections entry. */
export function unrecordedChangeProblem(file: string, change: RatingChange): ContentProblem {
	const what = change.version ? `the wording judgement of "${change.version}"` : 'the verdict';
	const entry = change.version
		? `wording: { version: ${change.version}, from: "${change.from}", to: "${change.to}" }`
		: `verdict: { from: "${change.from}", to: "${change.to}" }`;
	return {
		file,
		field: 'corrections',
		message:
			`${what} shown to readers changed from “${change.from}” to “${change.to}” ${whereMade(change.at)} with no corrections entry that records it; ` +
			`expected an entry in corrections with date, kind, change, reason and ${entry}`,
	};
}

/** The content problem for a version of a claim file whose ratings cannot be read. */
export function unreadableRatingsProblem(file: string, at: string, problem: string): ContentProblem {
	return {
		file,
		field: 'verdict',
		message: `cannot tell what readers were shown by the claim ${whereMade(at)}: ${problem}`,
	};
}
