import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/bench/generate';
import { copyProject, projectRoot } from './astro';

/*
 * The sites the global setup (tests/build/setup.ts) builds for one test file
 * each, beside the real site and the published fixture: each a copy of the
 * project with content of its own, built into its `dist/`.
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

export function paginatedProject() {
	const project = copyProject();
	rmSync(join(project.dir, 'content'), { recursive: true });
	writeCorpus(project.dir, paginatedCorpus().files);
	return project;
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** The project folder of the three-version site, built into its `dist/`. */
		threeVersionsDir: string;
		/** The project folder of the site too long for one index page, built into its `dist/`. */
		paginatedDir: string;
	}
}

/** The `dist/` of the three-version site the global setup built. */
export const threeVersionsDist = () => join(inject('threeVersionsDir'), 'dist');

/** The `dist/` of the paginated site the global setup built. */
export const paginatedDist = () => join(inject('paginatedDir'), 'dist');
