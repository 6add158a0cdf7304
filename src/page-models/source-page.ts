import { auditAnchor, referenceAnchor } from '../site/anchors';
import { hasComparison, storiesOf, type SiteGraph, type SourceNode } from '../record/graph';
import { citedClaims } from './listing';
import { robustLink, type RobustLink } from '../site/external-links';
import { paths } from '../site/paths';
import { words } from '../strings';
import type { Claim } from '../schemas/claim';
import type { Entry } from '../loading/content-set';

/** Everything a source's page shows. Paths are site paths, without the base. */
export interface SourcePage {
	title: string;
	description: string;
	eyebrow: string;
	heading: string;
	outlet: string;
	date: string;
	/**
	 * The address as cited, as a robust link, or undefined when the citation
	 * gives none. It is dated by the day the first version to cite it was
	 * published (`linkedOn`), or when every version citing it is undated, by
	 * the day this page first linked it.
	 */
	address: RobustLink | undefined;
	noAddress: string;
	citedAs: string;
	note: string;
	/** A link to the citation audit of each story it is cited in that has a comparison. */
	audits: { path: string; label: string }[];
	citedBy: { title: string; path: string; as: string }[];
	claims: { claim: Entry<Claim>; note: string }[];
	/** What the claims section says when no version cites it for a claim. */
	noClaims: string | undefined;
}

/**
 * What a source's page shows: the source as cited, every version that cites
 * it, the claims they cite it for, and the citation audit of every story it
 * is cited in.
 */
export function sourcePage(
	graph: Pick<SiteGraph, 'story'>,
	node: SourceNode,
	publishedHere?: string,
): SourcePage {
	const { entry, citedBy, claims } = node;
	const { data } = entry;
	const compared = storiesOf(
		graph,
		citedBy.map(({ article }) => article),
	).filter(hasComparison);
	return {
		title: words.sourceTitle(data.outlet, data.title),
		description: words.sourceDescription(data.outlet, data.title, data.note),
		eyebrow: words.sourceEyebrow(data.outlet),
		heading: data.title,
		outlet: data.outlet,
		date: data.date ?? words.noSourceDate,
		address: data.url
			? robustLink(data.url, linkedOn(citedBy) ?? publishedHere?.slice(0, 10), data.archived)
			: undefined,
		noAddress: words.noSourceAddress,
		citedAs: data.citedAs,
		note: data.note,
		audits: compared.map((story) => ({
			path: `${paths.comparison(story.entry.id)}#${auditAnchor(entry.id)}`,
			label: words.auditLink(story.entry.data.title, compared.length),
		})),
		citedBy: citedBy.map(({ article, number }) => ({
			title: article.data.title,
			path: `${paths.article(article.id)}#${referenceAnchor(entry.id)}`,
			as: words.citedAsReference(number, article.data.referencesHeading),
		})),
		claims: citedClaims(claims),
		noClaims: claims.length === 0 ? words.noClaimCitedFor : undefined,
	};
}

/**
 * The day a source was linked, for its Robust Links date: a source records no
 * day of its own (it is kept as cited, and we do not consult every cited
 * page), so it is the publication date of the earliest dated version that
 * cites it, the day its authors pointed readers to the page. Undefined when
 * every version citing it is undated.
 *
 * @example linkedOn([{ article: { data: { date: 'undated' } } }, { article: { data: { date: '2025-03-02' } } }]) // '2025-03-02'
 */
export function linkedOn(citedBy: { article: { data: { date: string } } }[]): string | undefined {
	return citedBy
		.map(({ article }) => article.data.date)
		.filter((date) => date !== 'undated')
		.sort()[0];
}
