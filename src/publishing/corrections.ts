import type { RSSFeedItem } from '@astrojs/rss';
import { correctionKinds, type Correction } from '../schemas/corrections';
import { evidenceName } from '../strings';
import type { SiteGraph } from '../record/graph';
import { paths } from '../site/paths';

/** A corrections entry with its fragment id on the record's page. */
export interface AnchoredCorrection extends Correction {
	anchor: string;
}

/** A corrections entry with the record it belongs to, for the site-wide log. */
export interface LoggedCorrection extends AnchoredCorrection {
	item: {
		/** What kind of record it is, as readers know it. */
		kind: 'Claim' | 'Source' | 'Evidence' | 'Version' | 'Removed claim';
		title: string;
		/** The record's page, as a site path; a removed claim's is the log itself. */
		path: string;
	};
	/** For a removed claim: the rating readers last saw on it. */
	lastRating?: string;
}

/**
 * A record's entries, newest first; entries of one day keep the order the
 * record gives them.
 *
 * @example newestFirst([{ date: '2025-01-02', … }, { date: '2025-03-01', … }]) // 2025-03-01 first
 */
export function newestFirst<T extends Pick<Correction, 'date'>>(corrections: readonly T[]): T[] {
	return [...corrections].sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * A record's entries newest first, each with a fragment id made of its date
 * (and a number, from the second entry of a day on), so the log and the
 * feed can link to the very note.
 *
 * @example anchoredCorrections([{ date: '2025-03-01', … }, { date: '2025-03-01', … }]).map((c) => c.anchor)
 * // ['correction-2025-03-01', 'correction-2025-03-01-2']
 */
export function anchoredCorrections(corrections: readonly Correction[]): AnchoredCorrection[] {
	const seen = new Map<string, number>();
	return newestFirst(corrections).map((entry) => {
		const count = (seen.get(entry.date) ?? 0) + 1;
		seen.set(entry.date, count);
		return { ...entry, anchor: `correction-${entry.date}${count > 1 ? `-${count}` : ''}` };
	});
}

/**
 * Every corrections entry of every claim, source and version, newest first:
 * the site's public corrections log.
 */
export function correctionLog(
	site: Pick<SiteGraph, 'articles' | 'claims' | 'sources' | 'evidence' | 'stories'>,
): LoggedCorrection[] {
	// A removed claim has no page left: its entry is its note, on the log itself.
	const removed = site.stories.flatMap(({ entry }) =>
		entry.data.removedClaims.map(({ id, claim, rating, ...correction }) => ({
			...correction,
			anchor: removedClaimAnchor(id),
			item: { kind: 'Removed claim' as const, title: claim, path: paths.corrections() },
			lastRating: rating,
		})),
	);
	const logged = [
		...site.claims.map(({ entry }) => ({
			corrections: entry.data.corrections,
			item: { kind: 'Claim' as const, title: entry.data.claim, path: paths.claim(entry.id) },
		})),
		...site.sources.map(({ entry }) => ({
			corrections: entry.data.corrections,
			item: {
				kind: 'Source' as const,
				title: `${entry.data.outlet}: ${entry.data.title}`,
				path: paths.source(entry.id),
			},
		})),
		...site.evidence.map(({ entry }) => ({
			corrections: entry.data.corrections,
			item: {
				kind: 'Evidence' as const,
				title: `${entry.data.outlet}: ${evidenceName(entry.data)}`,
				path: paths.evidenceItem(entry.id),
			},
		})),
		...site.articles.map(({ entry }) => ({
			corrections: entry.data.corrections,
			item: { kind: 'Version' as const, title: entry.data.title, path: paths.article(entry.id) },
		})),
	].flatMap(({ corrections, item }) => anchoredCorrections(corrections).map((entry) => ({ ...entry, item })));
	return newestFirst([...logged, ...removed]);
}

/** The fragment id of a removed claim's entry in the corrections log. */
function removedClaimAnchor(claimId: string): string {
	return `removed-${claimId}`;
}

/** What a corrections entry says, in one line: its kind, what changed and why. */
export function describeCorrection(entry: Correction): string {
	return `${correctionKinds[entry.kind].label}: ${entry.change} Why: ${entry.reason}`;
}

/** The corrections feed's items, newest first, each dated and linking to the corrected record. */
export function correctionFeedItems(log: LoggedCorrection[], home: URL): RSSFeedItem[] {
	return log.map((entry) => ({
		title: `${correctionKinds[entry.kind].label} to “${entry.item.title}”`,
		description: describeCorrection(entry),
		link: new URL(`${entry.item.path}#${entry.anchor}`, home).href,
		pubDate: new Date(`${entry.date}T00:00:00Z`),
		categories: [correctionKinds[entry.kind].label, entry.item.kind],
	}));
}
