import type { TestProject } from 'vitest/node';
import { astroBuildSeries, projectRoot } from '../helpers/astro';
import { published, publishedFixture } from '../helpers/fixture-site';
import { paginatedProject, threeVersionsProject } from '../helpers/setup-sites';

/**
 * Builds, once before the tests that read them, in two processes side by side:
 * the real site into dist/, with a corrections contact so every page's report
 * link is checked with the rest, then the three-version site; and the small
 * fixture site as a deploy publishes it (tests/helpers/fixture-site.ts), which
 * most build tests read instead, then the site too long for one index page
 * (tests/helpers/setup-sites.ts).
 */
export default async function setup(project: TestProject) {
	const fixture = publishedFixture();
	const threeVersions = threeVersionsProject();
	const paginated = paginatedProject();
	const series = await Promise.all([
		astroBuildSeries([
			{ cwd: projectRoot, env: { CORRECTIONS_EMAIL: 'corrections@example.org' } },
			{ cwd: threeVersions.dir },
		]),
		// The paginated site's search index comes in parts, as a large site's does (src/publishing/search-indexes.ts).
		astroBuildSeries([
			{ cwd: fixture.dir, env: published },
			{ cwd: paginated.dir, env: { SEARCH_PAGES_PER_INDEX: '200' } },
		]),
	]);
	for (const { status, output } of series) {
		if (status !== 0) throw new Error(`astro build failed:\n${output}`);
	}
	// Said only when the build compiled the content store in after all, or kept the content sync's copy of
	// it in memory (src/integrations/content-store.ts).
	if (series.some(({ output }) => output.includes('content-store-from-disk')))
		throw new Error(
			`The content store was compiled in, or kept twice:\n${series.map(({ output }) => output).join('\n')}`,
		);
	project.provide('publishedFixtureDir', fixture.dir);
	project.provide('threeVersionsDir', threeVersions.dir);
	project.provide('paginatedDir', paginated.dir);
	return () => {
		for (const copy of [fixture, threeVersions, paginated]) copy.remove();
	};
}
