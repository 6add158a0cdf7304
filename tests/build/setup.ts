import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuildSeries } from '../helpers/astro';
import { recordWhenDone } from '../helpers/background';
import { browserAvailable, launchChromiumServer } from '../helpers/browser';
import { published, publishedFixture } from '../helpers/fixture-site';
import { incrementalProjects } from '../helpers/incremental';
import {
	buildSeries,
	paginatedEnv,
	paginatedProject,
	shardBuilds,
	shardedProject,
	threeVersionsProject,
} from '../helpers/setup-sites';

/**
 * Starts the builds of the sites the tests read, each once, in two processes
 * side by side (tests/helpers/build-series.ts): the small fixture site as a
 * deploy publishes it (tests/helpers/fixture-site.ts), which most build tests
 * read, then the site too long for one index page, then the same site in two
 * shards (merged and compared in ./shards.test.ts); and the three-version site,
 * which stands for a real story in the tests that read a site as a reader or a
 * browser does, then the fixture site and its edited copies that the
 * incremental rebuilds start from (tests/helpers/incremental.ts). It returns
 * at once, so the unit tests run beside the builds; each file of this project
 * waits for them first (./sites-built.ts). It also starts the one Chromium the
 * browser tests share.
 */
export default async function setup(project: TestProject) {
	const results = mkdtempSync(join(tmpdir(), 'site-builds-'));
	// Each series starts as soon as its copies are made.
	const fixture = publishedFixture();
	const paginated = paginatedProject();
	const sharded = shardedProject();
	const first = astroBuildSeries([
		{ cwd: paginated.dir, env: paginatedEnv },
		// The same site in two shards, to be merged and compared with it (tests/build/shards.test.ts).
		...shardBuilds(sharded.dir),
	]);
	const threeVersions = threeVersionsProject();
	const incremental = incrementalProjects();
	const second = astroBuildSeries([
		// With a corrections contact, as a published site has, so the browser checks see the report link.
		{ cwd: threeVersions.dir, env: { CORRECTIONS_EMAIL: 'corrections@example.org' } },
		// The fixture under a sub-path, as a deploy builds it; here rather than first, so the two series take alike.
		{ cwd: fixture.dir, env: published },
		...incremental.builds,
	]);
	const series = [first, second];
	const done = series.map((running, i) => recordWhenDone(results, buildSeries[i]!, running));
	const chromium = browserAvailable() ? await launchChromiumServer() : undefined;

	project.provide('siteBuildsDir', results);
	project.provide('publishedFixtureDir', fixture.dir);
	project.provide('threeVersionsDir', threeVersions.dir);
	project.provide('paginatedDir', paginated.dir);
	project.provide('shardedDir', sharded.dir);
	project.provide('incrementalProjects', incremental.projects);
	if (chromium) project.provide('chromiumEndpoint', chromium.wsEndpoint());
	return async () => {
		for (const running of series) running.stop();
		await Promise.all(done);
		await chromium?.close();
		for (const copy of [fixture, threeVersions, paginated, sharded, incremental]) copy.remove();
		rmSync(results, { recursive: true, force: true });
	};
}
