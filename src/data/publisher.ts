import { isProductionBuild } from '../publishing/contact';
import { resolvePublisher } from './production';

/**
 * The publisher as this build sees it (`resolvePublisher`). A mistake stops
 * the build with one line naming the file or variable.
 */
export const publisher = resolvePublisher(process.env);

/** Whether this build publishes the site (see `isProductionBuild`). */
export const productionBuild = isProductionBuild(process.env);

/**
 * What every page shows that is not content, as this build reads it from the
 * environment: the publisher (the layout's report link goes to its
 * corrections contact) and whether the build is published. The layout reads
 * it from here, and every detail page's cache key covers it
 * (`src/data/detail-pages.ts`), so a change to it renders every page again.
 */
export const everyPage = { publisher, productionBuild };
