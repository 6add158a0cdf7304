import { astroBuild, projectRoot } from '../helpers/astro';

/**
 * Builds the real site into dist/ once, before the tests that read it, with a
 * corrections contact so every page's report link is checked with the rest.
 */
export default function setup() {
	const { status, output } = astroBuild(projectRoot, { CORRECTIONS_EMAIL: 'corrections@example.org' });
	if (status !== 0) throw new Error(`astro build failed:\n${output}`);
}
