import type { APIRoute } from 'astro';
import { cardImage, cardsDrawn, expectCards } from '../../data/share-cards';
import { renders } from '../../data/shard';
import { site } from '../../data/site';
import { shareCards } from '../../page-models/share-cards';
import type { ShareCard } from '../../publishing/share-card';

/** One image for each share card the pages this build renders name (`src/page-models/share-cards.ts`), named by its digest. */
export function getStaticPaths() {
	if (!cardsDrawn) return [];
	const cards = shareCards(site, renders);
	expectCards(cards);
	// A card's digest names exactly what it draws: Astro's incremental build copies the image the last build wrote.
	return cards.map((card) => ({ params: { card: card.digest }, props: { card }, cacheKey: card.digest }));
}

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
	new Response(await cardImage(props.card), { headers: { 'Content-Type': 'image/png' } });
