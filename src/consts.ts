import { siteHome } from './site/paths';
import { publisherConfig } from './publisher';
import type { Publisher } from './publishing/structured-data';

/** Site-wide constants. */
export const SITE_TITLE = 'Sourceline';
export const SITE_TAGLINE = 'One story, every version, each claim traced to its sources.';
export const SITE_DESCRIPTION =
	'A close reading of two versions of one news story: every claim they make, who makes it, where it stands and the sources behind it.';

/** The home page's absolute address, base path included; every absolute URL the site publishes starts here. */
export const SITE_HOME = siteHome(import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL);

/** The site as the publisher named in feeds and structured data; who it is, is said in src/publisher.ts. */
export const SITE_PUBLISHER: Publisher = {
	name: publisherConfig.name,
	description: SITE_DESCRIPTION,
	home: SITE_HOME,
};

/** How many entries each index page lists; a longer index is split into numbered pages. */
export const PER_PAGE = { stories: 40, claims: 100, sources: 100, evidence: 100, topics: 150 } as const;
