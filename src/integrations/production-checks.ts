import type { AstroIntegration } from 'astro';
import { missingHistory, resolvePublisher } from '../data/production';
import { isProductionBuild, siteAddress } from '../publishing/contact';
import { gitProbe } from '../data/git';
import { shareCardsSetting } from '../publishing/share-card';
import { ContentError } from '../loading/content-error';

/**
 * Stops a build that could not go out before it reads the content or bundles
 * a page: one whose SITE_URL is not an address, whose corrections contact is
 * missing or malformed, or whose SHARE_CARDS setting is neither "on" nor
 * "off", or a production build without the project's full git history. The
 * pages meet the same errors where they read these (`src/data/`); here a
 * mistake costs a second, not a whole build.
 *
 * A finding is printed as one error, what failed, where and what to do, and
 * the build exits with status 1. It is not thrown: Astro prefixes anything a
 * hook throws with "An unhandled error occurred while running the hook", which
 * reads as a crash of the site's code rather than a setting to fix. Exiting
 * is what Astro's own CLI does once it has printed a fatal error
 * (`throwAndExit` in `astro/dist/cli/throw-and-exit.js`).
 */
export default function productionChecks(): AstroIntegration {
	return {
		name: 'production-checks',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build') return;
				const finding = productionFinding(process.env, process.cwd());
				if (finding === undefined) return;
				logger.error(`${finding}\nNo page was written.`);
				process.exit(1);
			},
		},
	};
}

/**
 * What stops a build in `env`, run in `cwd`, from going out, as the one line
 * the build prints; `undefined` when nothing does. Errors other than the
 * checks' own findings are the code's, and are thrown.
 */
export function productionFinding(env: NodeJS.ProcessEnv, cwd: string): string | undefined {
	const address = siteAddress(env);
	if (address.problem) return address.problem;
	const cards = shareCardsSetting(env);
	if (cards.problem) return cards.problem;
	try {
		resolvePublisher(env);
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	if (!isProductionBuild(env)) return undefined;
	const probe = gitProbe(cwd);
	return probe.available ? undefined : missingHistory(probe.reason).message;
}
