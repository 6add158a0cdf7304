import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/bench/generate';
import { copyProject, projectRoot } from './astro';
import { recorded } from './background';

/*
 * The sites the global setup (tests/build/setup.ts) builds beside the
 * published fixture: each a copy of the project with content of its own, built
 * into its `dist/`; and the wait for those builds.
 */

/** A made-up story told in three versions (a scraped page, a rewrite and a wire brief): its `content/` folder's parent. */
export const threeVersionsFixture = join(projectRoot, 'tests/fixtures/three-versions');

export const threeVersionsProject = () => copyProject({ content: join(threeVersionsFixture, 'content') });

/**
 * 104 generated versions in 42 stories: just over one page of stories (40 a
 * page), and claims and sources to more than one page each. Short articles:
 * what is checked is the indexes, and the articles' length only costs time.
 */
export const paginatedCorpus = () => generateCorpus({ articles: 104, seed: 11, wordsPerArticle: 150 });

/**
 * How the paginated site and its shards are built: its search index in parts,
 * as a large site's is (src/publishing/search-indexes.ts), and as a preview,
 * without share cards, which the other sites draw.
 */
export const paginatedEnv = { SEARCH_PAGES_PER_INDEX: '200', SHARE_CARDS: 'off' };

export function paginatedProject() {
	const project = copyProject();
	rmSync(join(project.dir, 'content'), { recursive: true });
	writeCorpus(project.dir, paginatedCorpus().files);
	return project;
}

/**
 * The paginated site again, to be built in two shards (`SHARDS=2 SHARD=1`
 * and `SHARD=2`, src/loading/shards.ts) and merged, and compared with the
 * paginated site built whole: its 42 stories fall in both shards.
 */
export const shardedProject = paginatedProject;

/** The two shards' builds of the sharded project, with the environment its paginated twin is built with. */
export const shardBuilds = (dir: string) =>
	['1', '2'].map((shard) => ({ cwd: dir, env: { ...paginatedEnv, SHARDS: '2', SHARD: shard } }));

/** The global setup's two processes, each building sites one after another. */
export const buildSeries = ['paginated-then-sharded', 'three-versions-published-then-incremental'] as const;

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the global setup's build processes leave their results. */
		siteBuildsDir: string;
		/** The project folder of the three-version site, built into its `dist/`. */
		threeVersionsDir: string;
		/** The project folder of the site too long for one index page, built into its `dist/`. */
		paginatedDir: string;
		/** The same site's copy, built in two shards into its `dist-shards/` (not yet merged). */
		shardedDir: string;
	}
}

/** The `dist/` of the three-version site the global setup built. */
export const threeVersionsDist = () => join(inject('threeVersionsDir'), 'dist');

/** The `dist/` of the paginated site the global setup built. */
export const paginatedDist = () => join(inject('paginatedDir'), 'dist');

/**
 * Waits for every build the global setup started; throws with what a failed
 * build printed. Each test file of the site project waits for it first
 * (tests/build/sites-built.ts).
 */
export async function sitesBuilt(): Promise<void> {
	const series = await Promise.all(buildSeries.map((name) => recorded(inject('siteBuildsDir'), name)));
	for (const { status, output } of series) {
		if (status !== 0) throw new Error(`astro build failed:\n${output}`);
	}
	// Said only when the build compiled the content store in after all, or kept the content sync's copy of
	// it in memory (src/integrations/content-store.ts).
	if (series.some(({ output }) => output.includes('content-store-from-disk')))
		throw new Error(
			`The content store was compiled in, or kept twice:\n${series.map(({ output }) => output).join('\n')}`,
		);
}
