/*
 * Written for Astro 7.3.5.
 *
 * src/platform/ is the one place the site reaches past Astro's public API:
 * its content store's module and file (./content-store.ts), the wording of its
 * loader errors (./loader-errors.ts) and what `render()` reads from a stored
 * entry (./stored-rendering.ts). None of that is promised to last from one
 * release to the next, patch releases included, and a change would not always
 * fail: a renamed module would leave the build slow, an empty rendering would
 * leave pages blank. So the build stops on any other Astro until each use has
 * been checked against it, as its file's header comment describes.
 *
 * Upstream threads: none for this file, which is needed only as long as the
 * others are; theirs are linked in their headers.
 */
import { createRequire } from 'node:module';
import { AstroError } from 'astro/errors';

/** The Astro release every file in src/platform/ was written for and checked against. */
export const ASTRO_VERSION = '7.3.5';

/**
 * What is wrong when `installed` is not the Astro release src/platform/ was
 * written for (`expected`); undefined when it is. Any difference counts, a
 * patch release's too: Astro changes its internals in patch releases.
 *
 * @example astroVersionProblem('7.3.5', '7.3.5') // undefined
 */
export function astroVersionProblem(expected: string, installed: string): string | undefined {
	if (installed === expected) return undefined;
	return (
		`src/platform was written for Astro ${expected} and Astro ${installed} is installed: ` +
		'check each use of Astro’s internals described in the header comments of src/platform/*.ts ' +
		'against the new version, then update ASTRO_VERSION in src/platform/astro-version.ts'
	);
}

/** The version of the Astro package the project at `root` runs. */
export function installedAstroVersion(root: URL): string {
	// `astro/package.json` is among the package's exports; resolved from the root, it is the Astro that builds it.
	const { version } = createRequire(new URL('package.json', root))('astro/package.json') as {
		version: string;
	};
	return version;
}

/**
 * Stops the build, before it reads any content, when the project at `root`
 * runs another Astro than src/platform/ was written for. The error says only
 * that and what to do: Astro prints the stack of any error it is given, and
 * here it would point into the build's own code.
 */
export function checkAstroVersion(root: URL): void {
	const problem = astroVersionProblem(ASTRO_VERSION, installedAstroVersion(root));
	if (problem === undefined) return;
	const error = new AstroError(
		problem,
		`Or install the Astro it was written for: npm install astro@${ASTRO_VERSION}`,
	);
	error.stack = '';
	throw error;
}
