import type {
	Claim as ClaimThing,
	ClaimReview,
	CorrectionComment,
	CreativeWork,
	NewsArticle,
	Organization,
	Person,
	Rating,
	WebSite,
	WithContext,
} from 'schema-dts';
import { passageAnchor } from './anchors';
import type { ArticleNode, ClaimNode } from './graph';
import type { RecordDates } from './history';
import { paths } from './paths';
import { verdicts, type VerdictId } from '../schemas/verdict';
import { correctionKinds, type Correction } from '../schemas/corrections';

/**
 * Schema.org descriptions of the pages, as JSON-LD, for search engines and
 * fact-check aggregators. Every URL is absolute, built from `home`: the site's
 * origin with the deploy's base path (e.g. `https://example.org/analysis/`).
 * Nothing here is guessed: a date, an address or an author appears only when
 * the content records one.
 */

/** The site as publisher of the analysis. */
export interface Publisher {
	name: string;
	description: string;
	/** The site's home page, with the base path: every other URL is resolved against it. */
	home: URL;
}

/** Google truncates `claimReviewed` on phones beyond this; it asks for less. */
export const CLAIM_REVIEWED_MAX = 75;

/**
 * The claim shortened to fewer than 75 characters at a word boundary, with an
 * ellipsis when anything was cut. Our claims are written without a verdict, so
 * the summary carries none either.
 *
 * @example shortClaim('About 25,000 North Korean workers are to go to Russia.') // unchanged
 */
export function shortClaim(claim: string, max = CLAIM_REVIEWED_MAX): string {
	const text = claim.replace(/\s+/g, ' ').trim();
	if (text.length < max) return text;
	// Room for the words and the ellipsis; one character more shows whether the last word ends there.
	const room = max - 2;
	const head = text.slice(0, room + 1);
	const cut = head.slice(0, head.lastIndexOf(' ')).replace(/[\s,;:.–—-]+$/, '');
	return `${cut || text.slice(0, room)}…`;
}

/**
 * Where a verdict sits on a numeric scale, when it sits on one. Our verdicts are
 * categories, not grades: three of them rank how far the record bears a claim
 * out (contradicted < misstated < confirmed); the others say what kind of
 * support there is (an official's word, one outlet's report, nothing found, an
 * opinion) and have no place on that line, so they get a label and no number.
 */
export const verdictRatings: Partial<Record<VerdictId, number>> = {
	contradicted: 1,
	misstated: 2,
	confirmed: 3,
};

/**
 * The rating of a claim: always our label and reason; a number on the
 * 1 (worst) to 3 (best) scale only for the verdicts that rank.
 *
 * @example claimRating('not-checkable', '…') // { '@type': 'Rating', alternateName: 'Opinion or forecast, not checkable', … }
 */
export function claimRating(verdict: VerdictId, rationale: string): Rating {
	const value = verdictRatings[verdict];
	return {
		'@type': 'Rating',
		alternateName: verdicts[verdict].label,
		ratingExplanation: rationale,
		...(value === undefined ? {} : { ratingValue: value, worstRating: 1, bestRating: 3 }),
	};
}

/**
 * Who made a claim, for `itemReviewed.author`: the people and organisations
 * the versions credit with it (`madeBy`, a structured list of topics, never
 * read out of a sentence); when the versions make it in their own voice,
 * the versions themselves. Their publishers are unknown and schema.org wants a
 * person or an organisation as author, so each is the organisation that put out
 * the version, named by the version's headline.
 *
 * @example claimAuthor([{ data: { name: 'NHK', kind: 'organisation' } }], versions) // [{ '@type': 'Organization', name: 'NHK' }]
 * @example claimAuthor([], [{ title: 'T' }]) // [{ '@type': 'Organization', name: 'T' }]
 */
export function claimAuthor(
	madeBy: { data: { name: string; kind: string } }[],
	versions: { title: string }[],
): (Person | Organization)[] {
	if (madeBy.length === 0)
		return versions.map((version) => ({ '@type': 'Organization', name: version.title }));
	return madeBy.map(({ data }) => ({
		'@type': data.kind === 'person' ? 'Person' : 'Organization',
		name: data.name,
	}));
}

/** The site itself as an organisation. */
export function organization(publisher: Publisher): { '@type': 'Organization'; name: string; url: string } {
	return { '@type': 'Organization', name: publisher.name, url: publisher.home.href };
}

/** `WebSite` for the home page, published by the site as an organisation. */
export function websiteData(publisher: Publisher): WithContext<WebSite> {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: publisher.name,
		description: publisher.description,
		url: publisher.home.href,
		inLanguage: 'en',
		publisher: organization(publisher),
	};
}

/** `Organization` for the home page. */
export function organizationData(publisher: Publisher): WithContext<Organization> {
	return {
		'@context': 'https://schema.org',
		...organization(publisher),
		description: publisher.description,
	};
}

/**
 * `NewsArticle` for an article page: the version as kept here, word for word.
 * The versions name no author or outlet, so none is given. It is dated by the
 * article's own date when it records one, else by when the page was first
 * published here (`dates`, from the site's history), which also gives
 * `dateModified`.
 */
export function newsArticleData(
	node: ArticleNode,
	publisher: Publisher,
	dates?: RecordDates,
): WithContext<NewsArticle> {
	const { entry, references, topics } = node;
	const { data } = entry;
	const url = new URL(paths.article(entry.id), publisher.home).href;
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: data.title,
		...(data.alternateHeadline ? { alternativeHeadline: data.alternateHeadline } : {}),
		description: data.description,
		url,
		mainEntityOfPage: url,
		inLanguage: data.language,
		...(data.date === 'undated'
			? datesOfReview(dates)
			: { ...datesOfReview(dates), datePublished: data.date }),
		...correctionsOf(data.corrections),
		...(data.tags.length > 0 ? { keywords: data.tags.join(', ') } : {}),
		about: topics.map((topic) => ({ '@type': 'Thing', name: topic.data.name })),
		citation: references.map(({ source }) => citation(source.data)),
		isPartOf: { '@type': 'WebSite', name: publisher.name, url: publisher.home.href },
	};
}

function citation(source: { outlet: string; title: string; date?: string; url?: string }): CreativeWork {
	return {
		'@type': 'CreativeWork',
		name: source.title,
		publisher: { '@type': 'Organization', name: source.outlet },
		...(source.url ? { url: source.url } : {}),
	};
}

/**
 * `ClaimReview` for a claim page, following Google's fact-check guidelines:
 * a short claim summary with no verdict, our verdict as the rating's
 * `alternateName`, the review's `url` on this site, and the claim itself with
 * who made it (`claimAuthor`) and where it appears (our pages of the versions, at the
 * passage; the versions' own addresses are unknown, so none is given).
 */
export function claimReviewData(
	node: ClaimNode,
	publisher: Publisher,
	dates?: RecordDates,
): WithContext<ClaimReview> {
	const { entry, appearances } = node;
	const { data } = entry;
	const at = (path: string) => new URL(path, publisher.home).href;
	return {
		'@context': 'https://schema.org',
		'@type': 'ClaimReview',
		url: at(paths.claim(entry.id)),
		claimReviewed: shortClaim(data.claim),
		reviewBody: data.rationale,
		author: organization(publisher),
		...datesOfReview(dates),
		...correctionsOf(data.corrections),
		reviewRating: claimRating(data.verdict, data.rationale),
		itemReviewed: {
			'@type': 'Claim',
			name: data.claim,
			author: claimAuthor(
				node.madeBy,
				appearances.map(({ article }) => article.data),
			),
			appearance: appearances.map(({ article, passages }): CreativeWork => ({
				'@type': 'NewsArticle',
				headline: article.data.title,
				url: `${at(paths.article(article.id))}#${passages[0]?.passageId ?? passageAnchor(entry.id, 1)}`,
				...(article.data.date === 'undated' ? {} : { datePublished: article.data.date }),
			})),
		} satisfies ClaimThing,
	};
}

/** `datePublished` and `dateModified` from the record's history, when it has one. */
export function datesOfReview(dates: RecordDates | undefined): {
	datePublished?: string;
	dateModified?: string;
} {
	return dates ? { datePublished: dates.published, dateModified: dates.modified } : {};
}

/**
 * The record's corrections log as schema.org `correction`s, oldest first, each
 * a dated `CorrectionComment`; nothing when the log is empty.
 */
export function correctionsOf(corrections: readonly Correction[]): { correction?: CorrectionComment[] } {
	if (corrections.length === 0) return {};
	return {
		correction: [...corrections]
			.sort((a, b) => a.date.localeCompare(b.date))
			.map((entry) => ({
				'@type': 'CorrectionComment',
				datePublished: entry.date,
				name: correctionKinds[entry.kind].label,
				text: `${entry.change} Why: ${entry.reason}`,
			})),
	};
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<` is escaped so
 * no text in the data can close the script element early.
 *
 * @example serializeJsonLd({ name: '</script>' }) // '{"name":"\\u003c/script>"}'
 */
export function serializeJsonLd(data: object): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
