import type { ContentSet } from '../loading/content-set';

/**
 * What a new version asks of its author at build time: every claim it marks
 * that was published before it came, since that claim's prose, judgements and
 * citations were written without it and need reading again. A version is new
 * when `isPublished` says its file has not been published yet.
 *
 * @example newVersionNotice(content, (file) => file !== 'content/articles/002-wire.md')
 * // ['content/articles/002-wire.md is new and marks 3 claims published before it: …']
 */
export function newVersionNotice(
	content: Pick<ContentSet, 'articles' | 'claims'>,
	isPublished: (file: string) => boolean,
): string[] {
	const published = new Set(
		content.claims.filter((claim) => isPublished(claim.filePath)).map((claim) => claim.id),
	);
	return content.articles
		.filter((article) => !isPublished(article.filePath))
		.flatMap((article) => {
			const marked = [
				...new Set([
					...article.markers.map((marker) => marker.claimId),
					...Object.values(article.data.headlineClaims).flat(),
				]),
			].filter((id) => published.has(id));
			return marked.length === 0
				? []
				: [
						`${article.filePath} is new and marks ${marked.length} claim(s) published before it; read each again (its rationale, wording judgements and citations were written without this version): ${marked.map((id) => `content/claims/${id}.yaml`).join(', ')}`,
					];
		});
}
