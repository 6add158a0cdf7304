/**
 * A version as readers know it, from its `name`: "the scraped page", "the rewrite".
 *
 * @example versionName({ data: { name: 'rewrite' } }) // 'the rewrite'
 */
export function versionName(article: { data: { name: string } }): string {
	return `the ${article.data.name}`;
}

/** The version's name to begin a line with: "Scraped page", "Rewrite". */
export function versionTitle(article: { data: { name: string } }): string {
	const { name } = article.data;
	return name.charAt(0).toUpperCase() + name.slice(1);
}

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * A number of versions in words: "one version", "three versions".
 *
 * @example versionCount(3) // 'three versions'
 */
export function versionCount(count: number): string {
	return `${numberWords[count] ?? count} ${count === 1 ? 'version' : 'versions'}`;
}

/**
 * Every version of a story, counted in words: "the only version", "both
 * versions", "all three versions". Counts are computed, never written.
 *
 * @example everyVersion(2) // 'both versions'
 */
export function everyVersion(count: number): string {
	if (count <= 1) return 'the only version';
	if (count === 2) return 'both versions';
	return `all ${numberWords[count] ?? count} versions`;
}
