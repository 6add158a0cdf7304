import type { APIRoute } from 'astro';
import { cardImage, expectCards } from '../../data/share-cards';
import { site } from '../../data/site';
import { shareCards } from '../../page-models/share-cards';
import type { ShareCard } from '../../publishing/share-card';

/** One image for each share card the site's pages name (`src/page-models/share-cards.ts`), named by its digest. */
export function getStaticPaths() {
	const cards = shareCards(site);
	expectCards(cards);
	return cards.map((card) => ({ params: { card: card.digest }, props: { card } }));
}

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
	new Response(await cardImage(props.card), { headers: { 'Content-Type': 'image/png' } });
