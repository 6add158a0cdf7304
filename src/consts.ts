/** Site-wide constants. */
export const SITE_TITLE = 'Sourceline';
export const SITE_TAGLINE = 'One story, every version, each claim traced to its sources.';
export const SITE_DESCRIPTION =
	'A close reading of two versions of one news story: every claim they make, who makes it, where it stands and the sources behind it.';
