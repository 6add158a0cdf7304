import { claimAnchor } from '../site/anchors';
import { legendOf, markerStatus, type LegendItem, type MarkerStatus } from '../record/claim-status';
import type { Entry } from '../loading/content-set';
import { countVerdicts, type ArticleNode, type EvidenceLink, type SiteGraph } from '../record/graph';
import { eventPath } from './listing';
import { paths } from '../site/paths';
import { versionWordings, type VersionWording } from './claim-page';
import { topicChips, type TopicChipsModel } from './lists';
import { describeDate, versionName, versionTitle, words } from '../strings';
import type { ClaimMarker } from '../loading/marked-text';
import type { HeadlineField } from '../schemas/article';
import { provenanceMeaning } from '../schemas/provenance';
import type { CitationSupportId } from '../schemas/citation-support';
import { claimKindLabels } from '../schemas/claim';
import type { Source } from '../schemas/source';
import type { VerdictId } from '../schemas/verdict';

/** A headline line with the claims it makes. */
export interface HeadlineLine {
	text: string;
	markers: ClaimMarker[];
}

/** The header of a version's page. */
export interface ArticleHeaderModel {
	kicker: HeadlineLine | undefined;
	title: HeadlineLine;
	alternateHeadline: HeadlineLine | undefined;
	/** Each claim's verdict as the markers show it, by claim id. */
	statuses: ReadonlyMap<string, MarkerStatus>;
	version: string;
	date: string;
	/** When the text was written at the earliest, with a link to that event where its timeline is shown. */
	written: { date: string; path: string | undefined } | undefined;
	otherVersions: { heading: string; versions: { title: string; path: string }[] } | undefined;
	provenanceNote: string;
	dateNote: string | undefined;
}

/** One entry of a version's claims sidebar. */
export interface SidebarEntry {
	anchor: string;
	number: number;
	verdict: VerdictId;
	claim: string;
	path: string;
	assertedBy: string;
	rationale: string;
	support: CitationSupportId;
	sources: Entry<Source>[];
	citationRationale: string;
	/** How this version words the claim beside the record's words; undefined when the record has none. */
	wording: VersionWording | undefined;
	/** What this version does to the record's words, when the record has no words to set beside them. */
	note: string | undefined;
	evidence: EvidenceLink[];
	/** Said in place of the evidence list when there is none. */
	noEvidence: string | undefined;
	kind: string;
	/** Said in place of the other versions when the claim's version is the only one. */
	onlyVersion: string | undefined;
	alsoIn: { path: string; name: string; number: number }[];
	notIn: { path: string; name: string }[];
	back: { path: string; text: string; label: string }[];
}

/** A version's claims sidebar. */
export interface SidebarModel {
	intro: string;
	/** How many claims it lists, and of each verdict, for the verdict filter. */
	total: number;
	counts: [VerdictId, number][];
	entries: SidebarEntry[];
}

/** Everything a version's page shows. */
export interface ArticlePage {
	title: string;
	description: string;
	language: string;
	jump: string;
	/** Each claim's verdict by id, to mark the passages of the rendered text. */
	verdicts: ReadonlyMap<string, VerdictId>;
	legend: LegendItem[];
	header: ArticleHeaderModel;
	sidebar: SidebarModel;
	referencesHeading: string;
	references: ArticleNode['references'];
	/** Said in place of the reference list when the version lists none: no empty section under a heading. */
	noReferences: string | undefined;
	/** The tags of the original page; undefined when it had none. */
	tags: string[] | undefined;
	topics: TopicChipsModel | undefined;
}

/**
 * What a version's page shows: its header, its text with the verdicts on its
 * marked passages and their legend, its claims sidebar and what follows the
 * text. The verdicts are put on the text here, as the page is built, not when
 * the Markdown is rendered: a changed verdict never waits on a cached render.
 */
export function articlePage(graph: Pick<SiteGraph, 'story' | 'stories'>, node: ArticleNode): ArticlePage {
	const { entry } = node;
	const { data } = entry;
	const verdicts = new Map(node.claims.map(({ claim }) => [claim.id, claim.data.verdict]));
	return {
		title: data.title,
		description: data.description,
		language: data.language,
		jump: words.jumpToClaims(node.claims.length),
		verdicts,
		legend: legendOf(verdicts.values()),
		header: articleHeader(graph, node, verdicts),
		sidebar: claimSidebar(node),
		referencesHeading: data.referencesHeading,
		references: node.references,
		noReferences: node.references.length === 0 ? words.noReferences : undefined,
		tags: data.tags.length > 0 ? data.tags : undefined,
		topics: topicChips(node.topics, 'Topics'),
	};
}

function articleHeader(
	graph: Pick<SiteGraph, 'story' | 'stories'>,
	{ entry, versions, writtenOnOrAfter }: ArticleNode,
	verdicts: Map<string, VerdictId>,
): ArticleHeaderModel {
	const { data } = entry;
	const line = (text: string | undefined, field: HeadlineField): HeadlineLine | undefined =>
		text === undefined
			? undefined
			: { text, markers: entry.markers.filter((marker) => marker.headline === field) };
	const story = graph.story(data.story);
	return {
		kicker: line(data.kicker, 'kicker'),
		title: line(data.title, 'title')!,
		alternateHeadline: line(data.alternateHeadline, 'alternateHeadline'),
		statuses: new Map([...verdicts].map(([claimId, verdict]) => [claimId, markerStatus(verdict)])),
		version: words.versionLine(versionTitle(entry), provenanceMeaning(data.provenance)),
		date: describeDate(data.date),
		written: writtenOnOrAfter && {
			date: describeDate(writtenOnOrAfter.date),
			path: eventPath(story, graph.stories.length, writtenOnOrAfter.id),
		},
		otherVersions:
			versions.length > 0
				? {
						heading: words.otherVersions(versions.length),
						versions: versions.map((version) => ({
							title: version.data.title,
							path: paths.article(version.id),
						})),
					}
				: undefined,
		provenanceNote: data.provenanceNote,
		dateNote: data.dateNote,
	};
}

/**
 * A version's claims sidebar: each claim it marks, by number, with its
 * verdict, this version's citation, the evidence and the other versions.
 */
export function claimSidebar({ claims }: Pick<ArticleNode, 'claims'>): SidebarModel {
	return {
		intro: words.claimsMarked(claims.length),
		total: claims.length,
		counts: countVerdicts(claims.map(({ claim }) => claim)),
		entries: claims.map(({ number, claim, passages, citation, evidence, alsoIn, notIn }) => ({
			anchor: claimAnchor(claim.id),
			number,
			verdict: claim.data.verdict,
			claim: claim.data.claim,
			path: paths.claim(claim.id),
			assertedBy: claim.data.assertedBy,
			rationale: claim.data.rationale,
			support: citation.citation,
			sources: citation.sources,
			citationRationale: citation.citationRationale,
			wording: versionWordings([citation])[0],
			note: citation.wording ? undefined : citation.note,
			evidence,
			noEvidence: evidence.length === 0 ? words.noEvidenceFound : undefined,
			kind: claimKindLabels[claim.data.kind],
			onlyVersion: alsoIn.length === 0 && notIn.length === 0 ? words.theOnlyVersion : undefined,
			alsoIn: alsoIn.map(({ article, number: there, passages: theirs }) => ({
				path: `${paths.article(article.id)}#${theirs[0].passageId}`,
				name: versionName(article),
				number: there,
			})),
			notIn: notIn.map((article) => ({ path: paths.article(article.id), name: versionName(article) })),
			back: passages.map((passage, i) => ({
				path: `#${passage.passageId}`,
				text: words.backToPassage(i + 1, passages.length),
				label: words.passageOfClaim(i + 1, number),
			})),
		})),
	};
}
