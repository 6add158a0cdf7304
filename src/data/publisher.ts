import { isProductionBuild } from '../publishing/contact';
import { resolvePublisher } from './production';

/**
 * The publisher as this build sees it (`resolvePublisher`). A mistake stops
 * the build with one line naming the file or variable.
 */
export const publisher = resolvePublisher(process.env);

/** Whether this build publishes the site (see `isProductionBuild`). */
export const productionBuild = isProductionBuild(process.env);
