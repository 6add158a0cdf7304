import type { RSSFeedItem } from '@astrojs/rss';
import type { RecordDates } from '../history/history';
import type { SiteGraph } from '../record/graph';
import { paths } from '../site/paths';
import { claimKindLabels } from '../schemas/claim';
import { verdicts } from '../schemas/verdict';

/**
 * The feed's items: each version of the story and each claim with its verdict
 * and reason, each dated by when its record's file was first published here
 * (`datesOf`, as its page's "Published here" line), newest first, so a feed
 * reader can order them and tell what is new. A record with no history (a
 * build without git, a file not yet committed) gets no date rather than an
 * invented one, and comes first, since it is newer than anything published;
 * records of one date keep the order of the graph, versions before claims.
 */
export function feedItems(
	site: Pick<SiteGraph, 'articles' | 'claims'>,
	home: URL,
	datesOf: (filePath: string) => RecordDates | undefined,
): RSSFeedItem[] {
	const at = (path: string) => new URL(path, home).href;
	const publishedOf = (filePath: string) => {
		const published = datesOf(filePath)?.published;
		return published === undefined ? {} : { pubDate: new Date(published) };
	};
	return newestFirst([
		...site.articles.map(({ entry, claims }) => ({
			title: entry.data.title,
			description: `${entry.data.description} ${claims.length} claims marked, each with its verdict, its citation and the evidence consulted.`,
			link: at(paths.article(entry.id)),
			categories: ['Version'],
			...publishedOf(entry.filePath),
		})),
		...site.claims.map(({ entry }) => ({
			title: entry.data.claim,
			description: `${verdicts[entry.data.verdict].label}: ${entry.data.rationale}`,
			link: at(paths.claim(entry.id)),
			categories: ['Claim', claimKindLabels[entry.data.kind], verdicts[entry.data.verdict].label],
			...publishedOf(entry.filePath),
		})),
	]);
}

/** Items by date, newest first; undated ones before all, ties in the order given (the sort is stable). */
function newestFirst(items: RSSFeedItem[]): RSSFeedItem[] {
	const time = (item: RSSFeedItem) =>
		item.pubDate === undefined ? Infinity : new Date(item.pubDate).getTime();
	return [...items].sort((a, b) => (time(a) === time(b) ? 0 : time(a) > time(b) ? -1 : 1));
}
