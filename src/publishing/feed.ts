import type { RSSFeedItem } from '@astrojs/rss';
import type { SiteGraph } from '../record/graph';
import { paths } from '../site/paths';
import { claimKindLabels } from '../schemas/claim';
import { verdicts } from '../schemas/verdict';

/**
 * The feed's items: each version of the story, then each claim with its
 * verdict and reason. The versions carry no dates, so neither do the items;
 * readers list them in feed order.
 */
export function feedItems(site: Pick<SiteGraph, 'articles' | 'claims'>, home: URL): RSSFeedItem[] {
	const at = (path: string) => new URL(path, home).href;
	return [
		...site.articles.map(({ entry, claims }) => ({
			title: entry.data.title,
			description: `${entry.data.description} ${claims.length} claims marked, each with its verdict, its citation and the evidence consulted.`,
			link: at(paths.article(entry.id)),
			categories: ['Version'],
		})),
		...site.claims.map(({ entry }) => ({
			title: entry.data.claim,
			description: `${verdicts[entry.data.verdict].label}: ${entry.data.rationale}`,
			link: at(paths.claim(entry.id)),
			categories: ['Claim', claimKindLabels[entry.data.kind], verdicts[entry.data.verdict].label],
		})),
	];
}
