import { correctionLog } from '../publishing/corrections';
import type { SiteGraph } from '../record/graph';
import { describeDate, versionName, words } from '../strings';
import { correctionKinds } from '../schemas/corrections';

/** Everything the corrections page shows besides its fixed prose. */
export interface CorrectionsPage {
	/** Said in place of the log when nothing has been corrected. */
	empty: string | undefined;
	entries: {
		date: string;
		when: string;
		/** The kind of change and of record: "Correction · Claim". */
		kind: string;
		title: string;
		path: string;
		change: string;
		reason: string;
		/** Its fragment id, for an entry that is its own note (a removed claim's). */
		id: string | undefined;
		/** The ratings readers saw before and after, where the entry changed one. */
		ratings: string[];
	}[];
}

/** The site's corrections log, newest first, each entry linking to its note on the corrected page. */
export function correctionsPage(
	graph: Pick<SiteGraph, 'articles' | 'claims' | 'sources' | 'evidence' | 'stories'>,
): CorrectionsPage {
	const log = correctionLog(graph);
	const nameOf = (id: string) => {
		const article = graph.articles.find(({ entry }) => entry.id === id);
		return article ? versionName(article.entry) : id;
	};
	return {
		empty: log.length === 0 ? words.nothingCorrected : undefined,
		entries: log.map((entry) => ({
			date: entry.date,
			when: describeDate(entry.date),
			kind: `${correctionKinds[entry.kind].label} · ${entry.item.kind}`,
			title: entry.item.title,
			path: `${entry.item.path}#${entry.anchor}`,
			change: entry.change,
			reason: entry.reason,
			id: entry.lastRating === undefined ? undefined : entry.anchor,
			ratings: [
				...(entry.verdict ? [words.ratingChange('Verdict', entry.verdict.from, entry.verdict.to)] : []),
				...(entry.wording
					? [
							words.ratingChange(
								`Wording of ${nameOf(entry.wording.version)}`,
								entry.wording.from,
								entry.wording.to,
							),
						]
					: []),
				...(entry.lastRating === undefined ? [] : [words.lastRating(entry.lastRating)]),
			],
		})),
	};
}
