import type { TestProject } from 'vitest/node';
import { astroBuildAsync, projectRoot } from '../helpers/astro';
import { published, publishedFixture } from '../helpers/fixture-site';

/**
 * Builds, side by side and once before the tests that read them: the real
 * site into dist/, with a corrections contact so every page's report link is
 * checked with the rest; and the small fixture site as a deploy publishes it
 * (tests/helpers/fixture-site.ts), which most build tests read instead.
 */
export default async function setup(project: TestProject) {
	const fixture = publishedFixture();
	const [real, built] = await Promise.all([
		astroBuildAsync(projectRoot, { CORRECTIONS_EMAIL: 'corrections@example.org' }),
		astroBuildAsync(fixture.dir, published),
	]);
	if (real.status !== 0) throw new Error(`astro build failed:\n${real.output}`);
	if (built.status !== 0) throw new Error(`astro build of the fixture site failed:\n${built.output}`);
	// Said only when the build compiled the content store in after all (src/integrations/content-store.ts).
	if (real.output.includes('content-store-from-disk'))
		throw new Error(`The content store was compiled in:\n${real.output}`);
	project.provide('publishedFixtureDir', fixture.dir);
	return () => fixture.remove();
}
