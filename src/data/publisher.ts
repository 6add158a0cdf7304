import { correctionsContact, isProductionBuild } from '../lib/contact';
import { ContentError, describeIssues } from '../loading/content-error';
import { publisherConfig, publisherSchema } from '../publisher';

/**
 * The publisher as this build sees it: `src/publisher.ts` checked against its
 * schema, with the corrections contact resolved from the environment. A
 * mistake stops the build with one line naming the file or variable.
 */
const checked = publisherSchema.safeParse(publisherConfig);
if (!checked.success) {
	throw new ContentError(describeIssues('src/publisher.ts', '', checked.error.issues, publisherConfig));
}
const resolved = correctionsContact(checked.data.corrections, process.env);
if (resolved.problem) throw new ContentError(resolved.problem);

export const publisher = { ...checked.data, contact: resolved.contact };

/** Whether this build publishes the site (see `isProductionBuild`). */
export const productionBuild = isProductionBuild(process.env);
