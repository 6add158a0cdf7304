import { SITE_DESCRIPTION } from '../consts';
import { cardFor, type ShareCard } from '../publishing/share-card';
import type { ArticleNode, ClaimNode, SiteGraph } from '../record/graph';

/*
 * Which pages have a share card, and what each card shows: a claim's words and
 * verdict, a version's headline, outlet and claims, the home page's story.
 * Their pages name the card in their heads; the cards' endpoint
 * (`src/pages/og/[card].png.ts`) draws the same list.
 */

/** A claim page's card: the claim's words and its verdict. */
export function claimCard({ entry }: Pick<ClaimNode, 'entry'>): ShareCard {
	return cardFor({ kind: 'claim', claim: entry.data.claim, verdict: entry.data.verdict });
}

/** A version page's card: its headline, its outlet where known, how many of its claims are checked. */
export function versionCard({ entry, claims }: Pick<ArticleNode, 'entry' | 'claims'>): ShareCard {
	return cardFor({
		kind: 'version',
		headline: entry.data.title,
		outlet: entry.data.publisher,
		claims: claims.length,
	});
}

/** The home page's card: the story it tells, or what the site is when it tells several. */
export function homeCard(graph: Pick<SiteGraph, 'stories'>): ShareCard {
	const [story, ...others] = graph.stories;
	return cardFor({
		kind: 'home',
		headline: story && others.length === 0 ? story.entry.data.title : SITE_DESCRIPTION,
	});
}

/** Which pages a build renders: all of them, or a shard's (`src/data/shard.ts`). */
export interface RenderedPages {
	/** The home page and the other pages every story appears on. */
	shared: boolean;
	article: (id: string) => boolean;
	claim: (id: string) => boolean;
}

const everyPage: RenderedPages = { shared: true, article: () => true, claim: () => true };

/**
 * Every card the pages a build renders name, each once: two pages that would
 * draw the same card share its image, and a shard draws only its own pages'.
 *
 * @example shareCards(site).map((card) => card.path) // ['og/…png', …]
 */
export function shareCards(
	graph: Pick<SiteGraph, 'stories' | 'claims' | 'articles'>,
	rendered: RenderedPages = everyPage,
): ShareCard[] {
	const cards = [
		...(rendered.shared ? [homeCard(graph)] : []),
		...graph.articles.filter(({ entry }) => rendered.article(entry.id)).map(versionCard),
		...graph.claims.filter(({ entry }) => rendered.claim(entry.id)).map(claimCard),
	];
	return [...new Map(cards.map((card) => [card.digest, card])).values()];
}
