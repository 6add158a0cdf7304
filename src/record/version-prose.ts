import type { ContentProblem } from '../loading/content-error';
import type { ContentSet } from '../loading/content-set';

/**
 * Prose that counts the versions goes stale the day a version is added: "both
 * versions", "neither names a source", "the two standfirsts". Who makes a
 * claim, which versions word it which way and what each cites are computed
 * from the markers and the records, so a record's prose must not count them,
 * and its `assertedBy` must not name them either.
 */
const counting =
	/\b(?:both|neither|either|all three|all four|the two|the three)\s+(?:of\s+(?:the\s+)?)?(?:versions?|standfirsts?|texts?|headlines?|articles?|of them|names?|says?|gives?|cites?|credits?|uses?|has|have|makes?|puts?|words?|reports?|hedges?|tells?|calls?)\b/i;

/** The fields of a claim whose prose is checked, and whether a version's name is refused there too. */
const fields = [
	{ field: 'assertedBy', names: true },
	{ field: 'rationale', names: false },
] as const;

/**
 * Every claim field that counts the versions, or (in `assertedBy`) names one,
 * with where the computed text shows instead.
 *
 * @example versionProseProblems(content) // [{ file: 'content/claims/x.yaml', field: 'assertedBy', message: '“Both versions” counts …' }]
 */
export function versionProseProblems(content: Pick<ContentSet, 'articles' | 'claims'>): ContentProblem[] {
	const names = [...new Set(content.articles.map((article) => article.data.name))];
	const named = names.length
		? new RegExp(
				`\\b(?:the )?(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
				'i',
			)
		: undefined;
	return content.claims.flatMap((claim) =>
		fields.flatMap(({ field, names: refuseNames }) => {
			const text = claim.data[field];
			const count = counting.exec(text)?.[0];
			const name = refuseNames ? named?.exec(text)?.[0] : undefined;
			const words = count ?? name;
			if (!words) return [];
			return [
				{
					file: claim.filePath,
					field,
					message: `“${words}” ${count ? 'counts' : 'names'} the versions, which goes stale when a version is added; the claim page computes which versions make it and how each words it (“Where it is made” and “How each version words it”), so expected words that neither count nor name them, such as “the versions themselves” or the person credited`,
				},
			];
		}),
	);
}
