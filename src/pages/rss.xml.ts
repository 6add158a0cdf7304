import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_HOME, SITE_TITLE } from '../consts';
import { datesOf } from '../data/history';
import { site } from '../data/site';
import { feedItems } from '../publishing/feed';

export const GET: APIRoute = () =>
	rss({
		title: `${SITE_TITLE}: versions and claims`,
		description: 'Each version of the story, and each claim it makes with its status and the reason for it.',
		site: SITE_HOME.href,
		items: feedItems(site, SITE_HOME, datesOf),
		customData: '<language>en</language>',
	});
