import { astroBuild, projectRoot } from '../helpers/astro';

/** Builds the real site into dist/ once, before the tests that read it. */
export default function setup() {
	const { status, output } = astroBuild(projectRoot);
	if (status !== 0) throw new Error(`astro build failed:\n${output}`);
}
