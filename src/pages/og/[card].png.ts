import type { APIRoute } from 'astro';
import { cardImage, cardsDrawn, expectCards } from '../../data/share-cards';
import { renders } from '../../data/shard';
import { site } from '../../data/site';
import { shareCards } from '../../page-models/share-cards';
import type { ShareCard } from '../../publishing/share-card';

/** One image for each share card the pages this build renders name (`src/page-models/share-cards.ts`), named by its digest. */
export function getStaticPaths() {
	const cards = cardsDrawn ? shareCards(site, renders) : [];
	expectCards(cards);
	return cards.map((card) => ({ params: { card: card.digest }, props: { card } }));
}

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
	new Response(await cardImage(props.card), { headers: { 'Content-Type': 'image/png' } });
