import type { Correction } from '../schemas/corrections';
import type { ContentProblem } from '../loading/content-error';

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

/**
 * The field of a claim that holds its verdict: the one place to change when
 * the verdict moves to another field. Versions of a file without it are
 * skipped, so history from before the field existed does not count.
 */
export const VERDICT_FIELD = 'verdict';

/** A claim record's verdict, or undefined when the record has no verdict field. */
export function verdictOf(record: unknown): string | undefined {
	if (record === null || typeof record !== 'object') return undefined;
	const value = (record as Record<string, unknown>)[VERDICT_FIELD];
	return typeof value === 'string' ? value : undefined;
}

/** One version of a claim file: where it comes from and the verdict it held. */
export interface VerdictVersion {
	/** The commit's short id, or "uncommitted" for the file as it is being built. */
	label: string;
	verdict: string | undefined;
}

export interface VerdictChange {
	from: string;
	to: string;
	/** The version that made the change. */
	at: string;
}

/**
 * Every change of verdict between consecutive versions, oldest first, over
 * the versions that have a verdict field.
 *
 * @example verdictChanges([{ label: 'a', verdict: 'x' }, { label: 'b', verdict: undefined }, { label: 'c', verdict: 'y' }])
 * // [{ from: 'x', to: 'y', at: 'c' }]
 */
export function verdictChanges(versions: VerdictVersion[]): VerdictChange[] {
	const withVerdict = versions.filter((version) => version.verdict !== undefined);
	return withVerdict.slice(1).flatMap((version, i) => {
		const before = withVerdict[i]!.verdict!;
		return before === version.verdict ? [] : [{ from: before, to: version.verdict!, at: version.label }];
	});
}

/**
 * The changes of verdict that the record's corrections log does not record.
 * Each change needs its own entry with `verdict: { from, to }` in the record
 * as it stands: history cannot be rewritten, so an entry forgotten in the
 * commit that changed the verdict can be added by a later one, and an entry
 * removed later fails again.
 */
export function unrecordedChanges(changes: VerdictChange[], corrections: Correction[]): VerdictChange[] {
	const unused = corrections.filter((entry) => entry.verdict);
	return changes.filter((change) => {
		const index = unused.findIndex(
			({ verdict }) => verdict!.from === change.from && verdict!.to === change.to,
		);
		if (index === -1) return true;
		unused.splice(index, 1);
		return false;
	});
}

/** The content problem for a verdict change with no corrections entry. */
export function unrecordedChangeProblem(file: string, change: VerdictChange): ContentProblem {
	const where = change.at === 'uncommitted' ? 'in the file as it is now' : `in commit ${change.at}`;
	return {
		file,
		field: VERDICT_FIELD,
		message:
			`the verdict changed from "${change.from}" to "${change.to}" ${where} with no corrections entry that records it; ` +
			`expected an entry in corrections with date, kind, change, reason and verdict: { from: ${change.from}, to: ${change.to} }`,
	};
}
