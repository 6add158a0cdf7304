import { SITE_PUBLISHER } from '../consts';
import { pageKeys } from '../publishing/page-keys';
import type { DetailContext } from '../page-models/detail-pages';
import { comparedStoryOf } from './comparison';
import { datesOf } from './history';
import { everyPage } from './publisher';
import { cardsDrawn } from './share-cards';

/** What the detail pages read besides the site's graph: this build's dates, publisher and comparisons' inputs. */
export const detailContext: DetailContext = {
	datesOf,
	publisher: SITE_PUBLISHER,
	comparedStory: comparedStoryOf,
	shareCards: cardsDrawn,
};

/**
 * A detail page's cache key, from the props it renders
 * (`src/page-models/detail-pages.ts`), so a rebuild renders again only the
 * pages whose props changed; and every key covers what every page shows
 * besides them (`everyPage`).
 */
export const pageKey = pageKeys(everyPage);
