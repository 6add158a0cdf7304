import type { AstroIntegration } from 'astro';
import { missingHistory, resolvePublisher } from '../data/production';
import { isProductionBuild } from '../publishing/contact';
import { gitProbe } from '../data/git';

/**
 * Stops a build that could not go out before it reads the content or bundles
 * a page: one whose corrections contact is missing or malformed, or a
 * production build without the project's full git history. The pages meet the
 * same errors where they read these (`src/data/`); here a mistake costs a
 * second, not a whole build.
 */
export default function productionChecks(): AstroIntegration {
	return {
		name: 'production-checks',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command !== 'build') return;
				resolvePublisher(process.env);
				if (!isProductionBuild(process.env)) return;
				const probe = gitProbe(process.cwd());
				if (!probe.available) throw missingHistory(probe.reason);
			},
		},
	};
}
