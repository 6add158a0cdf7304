import { claimAnchor, comparedClaimAnchor, wordingAnchor } from '../site/anchors';
import type { Entry } from '../loading/content-set';
import {
	hasComparison,
	storiesOf,
	type ClaimNode,
	type EvidenceLink,
	type SiteGraph,
	type VersionCitation,
} from '../record/graph';
import { eventPath } from './listing';
import type { RobustLink } from '../site/external-links';
import { evidenceAddress } from './evidence-page';
import { travelView, type TravelView } from './travel';
import { paths } from '../site/paths';
import { nonEmpty, topicChips, type TopicChipsModel } from './lists';
import { describeDate, versionName, versionTitle, words } from '../strings';
import type { Article } from '../schemas/article';
import type { CitationSupportId } from '../schemas/citation-support';
import { claimKindLabels, type Search } from '../schemas/claim';
import type { Source } from '../schemas/source';
import { verdicts, type VerdictId } from '../schemas/verdict';
import { isFaithful, wordingJudgements } from '../schemas/wording';

/** How one version words a claim, for the claim page and the sidebar. */
export interface VersionWording {
	/** Its fragment id on the claim page. */
	anchor: string;
	title: string;
	path: string;
	version: string;
	/** Each wording judgement's label: "Faithful to the record", or each change. */
	labels: string[];
	faithful: boolean;
	/** The version's words, exactly as written. */
	words: string;
	/** The record's words. */
	record: string;
	note: string | undefined;
}

/**
 * Each version's wording judgement, in version order, for the versions that
 * have one.
 */
export function versionWordings(
	citations: (Pick<VersionCitation, 'wording' | 'note'> & {
		article: { id: string; data: Pick<Article, 'title' | 'name'> };
	})[],
): VersionWording[] {
	return citations.flatMap(({ article, wording, note }) =>
		wording
			? [
					{
						anchor: wordingAnchor(article.id),
						title: article.data.title,
						path: paths.article(article.id),
						version: versionName(article),
						labels: wording.judged.map((id) => wordingJudgements[id].label),
						faithful: isFaithful(wording),
						words: wording.words,
						record: wording.record,
						note,
					},
				]
			: [],
	);
}

/** Everything a claim's page shows. Paths are site paths, without the base. */
export interface ClaimPage {
	title: string;
	description: string;
	eyebrow: string;
	verdict: VerdictId;
	meaning: string;
	rationale: string;
	assertedBy: string;
	citations: {
		title: string;
		path: string;
		version: string;
		support: CitationSupportId;
		sources: Entry<Source>[];
		rationale: string;
	}[];
	/** How each version words it beside the record's words; undefined when the record has no words for it. */
	wordings: VersionWording[] | undefined;
	/** How it travelled from its origin through the relays we read to the versions; undefined when we read no relay. */
	travel: TravelView | undefined;
	/** The evidence, each with its page's address as a robust link, dated by the day we consulted it. */
	evidence: (EvidenceLink & { link: RobustLink })[];
	/** The searches made for it, shown for a claim the record did not show; undefined when none is recorded. */
	searches: (Search & { when: string })[] | undefined;
	/** What the evidence section says when there is none. */
	noEvidence: string | undefined;
	/** The events it depends on; undefined when it names none, and the section is left out. */
	events: { date: string; when: string; text: string; path: string | undefined }[] | undefined;
	appearances: {
		headingId: string;
		title: string;
		path: string;
		place: string;
		sidebarPath: string;
		passages: { text: string; path: string; label: string }[];
	}[];
	/** The versions of its stories that do not make it; undefined when every one does. */
	absentFrom: { title: string; path: string }[] | undefined;
	/** A link to each comparison of a story the claim is made in. */
	comparisons: { path: string; label: string }[];
	topics: TopicChipsModel | undefined;
}

/**
 * What a claim's page shows: its verdict, each version's citation, the
 * evidence, the events it depends on (each linked on its own story's
 * timeline), every passage that makes it, and the comparison of every story
 * it is made in.
 *
 * @example claimPage(site, site.claim('x')).comparisons // [{ path: 'compare/story/#compared-x', … }]
 */
export function claimPage(graph: Pick<SiteGraph, 'story' | 'stories'>, node: ClaimNode): ClaimPage {
	const { entry, appearances, absentFrom, citations, evidence, events, topics } = node;
	const { data } = entry;
	const stories = storiesOf(
		graph,
		appearances.map(({ article }) => article),
	);
	const storyOfEvent = (id: string) =>
		stories.find((story) => story.timeline.some(({ event }) => event.id === id));
	const compared = stories.filter(hasComparison);
	return {
		title: data.claim,
		description: words.claimDescription(verdicts[data.verdict].label, data.rationale),
		eyebrow: words.claimEyebrow(claimKindLabels[data.kind]),
		verdict: data.verdict,
		meaning: verdicts[data.verdict].meaning,
		rationale: data.rationale,
		assertedBy: data.assertedBy,
		citations: citations.map(({ article, citation, sources, citationRationale }) => ({
			title: article.data.title,
			path: paths.article(article.id),
			version: versionName(article),
			support: citation,
			sources,
			rationale: citationRationale,
		})),
		wordings: nonEmpty(versionWordings(citations)),
		travel: travelView(node),
		evidence: evidence.map((link) => ({
			...link,
			link: evidenceAddress(link.evidence.data),
		})),
		searches: nonEmpty(data.searches.map((search) => ({ ...search, when: describeDate(search.date) }))),
		noEvidence: evidence.length === 0 ? words.noEvidenceForClaim : undefined,
		events: nonEmpty(
			events.map((event) => {
				const story = storyOfEvent(event.id);
				return {
					date: event.date,
					when: describeDate(event.date),
					text: event.event,
					path: story ? eventPath(story, graph.stories.length, event.id) : undefined,
				};
			}),
		),
		appearances: appearances.map(({ article, number, passages }) => ({
			headingId: `in-${article.id}`,
			title: article.data.title,
			path: paths.article(article.id),
			place: words.placeInSidebar(versionTitle(article), number),
			sidebarPath: `${paths.article(article.id)}#${claimAnchor(entry.id)}`,
			passages: passages.map((passage, i) => ({
				text: passage.text,
				path: `${paths.article(article.id)}#${passage.passageId}`,
				label: words.readPassageInContext(i + 1, passages.length),
			})),
		})),
		absentFrom: nonEmpty(
			absentFrom.map((article) => ({ title: article.data.title, path: paths.article(article.id) })),
		),
		comparisons: compared.map((story) => ({
			path: `${paths.comparison(story.entry.id)}#${comparedClaimAnchor(entry.id)}`,
			label: words.compareWording(story.entry.data.title, compared.length),
		})),
		topics: topicChips(topics, 'Topics'),
	};
}
