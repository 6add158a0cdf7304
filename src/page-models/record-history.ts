import { anchoredCorrections } from '../publishing/corrections';
import type { RecordDates } from '../history/history';
import { describeDate } from '../strings';
import { correctionKinds, type Correction } from '../schemas/corrections';
import { nonEmpty } from './lists';

/** When a record was published here and changed, and its dated notes of corrections. */
export interface RecordHistoryModel {
	dates:
		| {
				published: { datetime: string; when: string };
				/** Set only when it changed on a later day than it was published. */
				modified: { datetime: string; when: string } | undefined;
		  }
		| undefined;
	/** Undefined when the record has no corrections. */
	notes:
		| { anchor: string; kind: string; date: string; when: string; change: string; reason: string }[]
		| undefined;
}

/**
 * The dates and corrections shown at the top of a claim, source, evidence or
 * version page, newest correction first.
 */
export function recordHistory(
	dates: RecordDates | undefined,
	corrections: readonly Correction[],
): RecordHistoryModel {
	const day = (iso: string) => iso.slice(0, 10);
	const dated = (iso: string) => ({ datetime: iso, when: describeDate(day(iso)) });
	return {
		dates: dates && {
			published: dated(dates.published),
			modified: day(dates.modified) !== day(dates.published) ? dated(dates.modified) : undefined,
		},
		notes: nonEmpty(
			anchoredCorrections(corrections).map((note) => ({
				anchor: note.anchor,
				kind: correctionKinds[note.kind].label,
				date: note.date,
				when: describeDate(note.date),
				change: note.change,
				reason: note.reason,
			})),
		),
	};
}
