import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_HOME, SITE_TITLE } from '../consts';
import { site } from '../data/site';
import { correctionFeedItems, correctionLog } from '../publishing/corrections';

export const GET: APIRoute = () =>
	rss({
		title: `${SITE_TITLE}: corrections`,
		description:
			'Every correction, clarification and update to the claims, sources and versions, newest first.',
		site: SITE_HOME.href,
		items: correctionFeedItems(correctionLog(site), SITE_HOME),
		customData: '<language>en</language>',
	});
