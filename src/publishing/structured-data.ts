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
import { passageAnchor, wordingAnchor } from '../site/anchors';
import type { ArticleNode, ClaimNode } from '../record/graph';
import type { RecordDates } from '../history/history';
import { paths } from '../site/paths';
import { verdicts, type VerdictId } from '../schemas/verdict';
import { isFaithful, wordingLabel, type Wording } from '../schemas/wording';
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

/**
 * Where a verdict sits on a numeric scale, when it sits on one. Our verdicts are
 * categories, not grades: two of them rank how far the record bears a claim
 * out (contradicted < confirmed); the others say what kind of support there is
 * (an official's word, one outlet's report, nothing found, an opinion) and have
 * no place on that line, so they get a label and no number. Between the two
 * stands a version that tells a confirmed claim in words the record does not
 * bear out (`versionRating`).
 */
export const verdictRatings: Partial<Record<VerdictId, number>> = {
	contradicted: 1,
	confirmed: 3,
};

/** The worst and best of the numeric scale, given with every number on it. */
const scale = { worstRating: 1, bestRating: 3 } as const;

/**
 * The rating of a claim as the record states it: always our label and reason;
 * a number on the 1 (worst) to 3 (best) scale only for the verdicts that rank.
 *
 * @example claimRating('not-checkable', '…') // { '@type': 'Rating', alternateName: 'Opinion or forecast, not checkable', … }
 */
export function claimRating(verdict: VerdictId, rationale: string): Rating {
	const value = verdictRatings[verdict];
	return {
		'@type': 'Rating',
		alternateName: verdicts[verdict].label,
		ratingExplanation: rationale,
		...(value === undefined ? {} : { ratingValue: value, ...scale }),
	};
}

/**
 * The rating of one version's telling of a claim: the verdict's when the
 * version keeps to the record's words; otherwise its own wording label, with
 * the middle of the scale for a confirmed claim told in words the record does
 * not bear out.
 *
 * @example versionRating('reported-unconfirmed', { judged: ['hardened'] }, '…').alternateName // 'Tense or certainty hardened'
 */
export function versionRating(verdict: VerdictId, wording: Wording | undefined, explanation: string): Rating {
	if (!wording || isFaithful(wording)) return claimRating(verdict, explanation);
	const value = verdict === 'confirmed' ? 2 : verdictRatings[verdict];
	return {
		'@type': 'Rating',
		alternateName: wordingLabel(wording),
		ratingExplanation: explanation,
		...(value === undefined ? {} : { ratingValue: value, ...scale }),
	};
}

/**
 * Who made a claim, for `itemReviewed.author`: the people and organisations
 * the versions credit with it (`madeBy`, a structured list of topics, never
 * read out of a sentence). When the versions make it in their own voice, the
 * author is each version's publisher where the version records one, and
 * nobody where it does not: schema.org's author is a person or an organisation,
 * and a headline is neither. The versions themselves are the claim's
 * `appearance`, as the works they are.
 *
 * @example claimAuthor([{ data: { name: 'NHK', kind: 'organisation' } }], versions) // [{ '@type': 'Organization', name: 'NHK' }]
 * @example claimAuthor([], [{ publisher: 'Daily Planet' }, { publisher: undefined }]) // [{ '@type': 'Organization', name: 'Daily Planet' }]
 */
export function claimAuthor(
	madeBy: { data: { name: string; kind: string } }[],
	versions: { publisher?: string | undefined }[],
): (Person | Organization)[] {
	if (madeBy.length === 0)
		return [...new Set(versions.flatMap(({ publisher }) => (publisher ? [publisher] : [])))].map((name) => ({
			'@type': 'Organization',
			name,
		}));
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

/**
 * A version's reference as schema.org reads it, with `archivedAt` where we
 * recorded an archived copy of the page, so the citation outlives its address.
 */
function citation(source: {
	outlet: string;
	title: string;
	date?: string;
	url?: string;
	archived?: { url: string };
}): CreativeWork {
	return {
		'@type': 'CreativeWork',
		name: source.title,
		publisher: { '@type': 'Organization', name: source.outlet },
		...(source.url ? { url: source.url } : {}),
		...(source.archived ? { archivedAt: source.archived.url } : {}),
	};
}

/**
 * `ClaimReview`s for a claim page, following Google's fact-check guidelines:
 * first the claim as the record states it, rated by its verdict; then each
 * version's telling of it, rated by that version's own wording
 * (`versionRating`), with the version as the place it appears. Each gives the
 * whole claim as `claimReviewed` (never a cut sentence), the review's `url` on
 * this site, and who made the claim (`claimAuthor`).
 */
export function claimReviewData(
	node: ClaimNode,
	publisher: Publisher,
	dates?: RecordDates,
): WithContext<ClaimReview>[] {
	const { entry, appearances, citations } = node;
	const { data } = entry;
	const at = (path: string) => new URL(path, publisher.home).href;
	const review = at(paths.claim(entry.id));
	const appearance = ({ article, passages }: (typeof appearances)[number]): CreativeWork => ({
		'@type': 'NewsArticle',
		headline: article.data.title,
		url: `${at(paths.article(article.id))}#${passages[0]?.passageId ?? passageAnchor(entry.id, 1)}`,
		...(article.data.date === 'undated' ? {} : { datePublished: article.data.date }),
		...(article.data.publisher
			? { publisher: { '@type': 'Organization', name: article.data.publisher } }
			: {}),
	});
	const reviewOf = (
		fragment: string | undefined,
		rating: Rating,
		body: string,
		shown: typeof appearances,
	): WithContext<ClaimReview> => ({
		'@context': 'https://schema.org',
		'@type': 'ClaimReview',
		url: fragment ? `${review}#${fragment}` : review,
		claimReviewed: data.claim,
		reviewBody: body,
		author: organization(publisher),
		...datesOfReview(dates),
		...correctionsOf(data.corrections),
		reviewRating: rating,
		itemReviewed: {
			'@type': 'Claim',
			name: data.claim,
			...nonEmptyAuthor(
				claimAuthor(
					node.madeBy,
					shown.map(({ article }) => article.data),
				),
			),
			appearance: shown.map(appearance),
		} satisfies ClaimThing,
	});
	return [
		reviewOf(undefined, claimRating(data.verdict, data.rationale), data.rationale, appearances),
		...appearances.flatMap((shown) => {
			const citation = citations.find(({ article }) => article.id === shown.article.id);
			if (!citation?.wording) return [];
			const explanation = citation.note ?? wordingLabel(citation.wording);
			return [
				reviewOf(
					wordingAnchor(shown.article.id),
					versionRating(data.verdict, citation.wording, explanation),
					explanation,
					[shown],
				),
			];
		}),
	];
}

/** `author`, when anyone is known to have made the claim. */
function nonEmptyAuthor(author: (Person | Organization)[]): { author?: (Person | Organization)[] } {
	return author.length > 0 ? { author } : {};
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
