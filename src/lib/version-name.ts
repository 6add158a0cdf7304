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
