import type { AstroIntegration } from 'astro';
import { robotsNotice } from '../publishing/robots';
import { siteHome } from '../site/paths';

/**
 * Says at the end of a build under a sub-path that its robots.txt will not be
 * read (`robotsNotice`): the file is still written, harmless, but the host
 * root's robots.txt must name the sitemap. A notice, not an error: the site
 * works without it, and the root's file is not this project's to write.
 */
export default function robotsNoticeIntegration(): AstroIntegration {
	let notice: string | undefined;
	return {
		name: 'robots-notice',
		hooks: {
			'astro:config:done': ({ config }) => {
				notice = config.site ? robotsNotice(siteHome(config.site, config.base)) : undefined;
			},
			'astro:build:done': ({ logger }) => {
				if (notice) logger.warn(notice);
			},
		},
	};
}
