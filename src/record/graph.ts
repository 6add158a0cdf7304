import type { ClaimMarker } from '../loading/marked-text';
import { provenanceIds, type Provenance } from '../schemas/provenance';
import type { CitationSupportId } from '../schemas/citation-support';
import type { Claim, EvidenceBearing } from '../schemas/claim';
import type { Evidence } from '../schemas/evidence';
import type { Source } from '../schemas/source';
import type { Story, TimelineEvent } from '../schemas/story';
import type { Topic } from '../schemas/topic';
import { verdictIds, type VerdictId } from '../schemas/verdict';
import type { Wording } from '../schemas/wording';
import type { ArticleEntry, ContentSet, Entry } from '../loading/content-set';
import { datedTimeline, eventsById, writtenOnOrAfter } from './timeline';

/** How one version cites for a claim, with its sources looked up. */
export interface VersionCitation {
	article: ArticleEntry;
	citation: CitationSupportId;
	sources: Entry<Source>[];
	citationRationale: string;
	/** How this version words the claim beside the record's words, where the record reports it. */
	wording?: Wording;
	/** What this version does to the record's words, in a sentence. */
	note?: string;
}

/** A piece of consulted evidence as it bears on a claim, and what it says about it. */
export interface EvidenceLink {
	evidence: Entry<Evidence>;
	bears: EvidenceBearing;
	shows: string;
}

/** Where one article makes a claim: its number in that article and every passage. */
export interface Appearance {
	article: ArticleEntry;
	number: number;
	passages: [ClaimMarker, ...ClaimMarker[]];
}

/** A claim as one article makes it, for its sidebar. */
export interface ArticleClaim {
	number: number;
	claim: Entry<Claim>;
	passages: [ClaimMarker, ...ClaimMarker[]];
	/** This version's citation for the claim. */
	citation: VersionCitation;
	evidence: EvidenceLink[];
	/** The article's other versions that make the claim too. */
	alsoIn: Appearance[];
	/** The article's other versions that do not. */
	notIn: ArticleEntry[];
}

export interface ArticleNode {
	entry: ArticleEntry;
	/** The sidebar: every claim the text marks, by number. */
	claims: ArticleClaim[];
	references: { number: number | undefined; source: Entry<Source> }[];
	versions: ArticleEntry[];
	topics: Entry<Topic>[];
	/** The latest event its claims depend on: the text was written on or after its date. */
	writtenOnOrAfter: TimelineEvent | undefined;
}

export interface ClaimNode {
	entry: Entry<Claim>;
	/** Each article that makes the claim, with its number there and the passages. */
	appearances: Appearance[];
	/** Versions of the same story that do not make the claim. */
	absentFrom: ArticleEntry[];
	/** Each version's citation for the claim, in version order. */
	citations: VersionCitation[];
	evidence: EvidenceLink[];
	/** The timeline events it depends on, in date order. */
	events: TimelineEvent[];
	/** The people and organisations the versions credit with it; none when they make it in their own voice. */
	madeBy: Entry<Topic>[];
	topics: Entry<Topic>[];
}

export interface SourceNode {
	entry: Entry<Source>;
	citedBy: { article: ArticleEntry; number: number | undefined }[];
	/** Each claim a version cites it for, with that version and the support it gives. */
	claims: { claim: Entry<Claim>; article: ArticleEntry; citation: CitationSupportId }[];
}

export interface EvidenceNode {
	entry: Entry<Evidence>;
	claims: { claim: Entry<Claim>; bears: EvidenceBearing; shows: string }[];
	/** The timeline events it dates. */
	events: { story: Entry<Story>; event: TimelineEvent }[];
}

export interface TopicNode {
	entry: Entry<Topic>;
	articles: ArticleEntry[];
	claims: Entry<Claim>[];
}

export interface StoryNode {
	entry: Entry<Story>;
	versions: ArticleNode[];
	/** Every claim any version makes, in the order of the claims collection. */
	claims: ClaimNode[];
	/** Every source any version cites. */
	sources: SourceNode[];
	/** The timeline in date order; `later` marks what happened after every event the versions report. */
	timeline: { event: TimelineEvent; later: boolean }[];
}

export interface SiteGraph {
	stories: StoryNode[];
	articles: ArticleNode[];
	claims: ClaimNode[];
	sources: SourceNode[];
	evidence: EvidenceNode[];
	topics: TopicNode[];
	article(id: string): ArticleNode;
	claim(id: string): ClaimNode;
	source(id: string): SourceNode;
	evidenceItem(id: string): EvidenceNode;
	topic(id: string): TopicNode;
	story(id: string): StoryNode;
}

/** What a graph of part of the content takes from the whole. */
export interface GraphOptions {
	/**
	 * The sources in the order readers meet them across the whole site
	 * (`sourceReadingOrder`), for a shard of the build that reads only some
	 * versions; by default, the order of the versions given.
	 */
	sourceOrder?: readonly string[];
}

/**
 * Links every article, claim, source and topic to the others, both ways, in one
 * pass over the content. Pages read from this instead of querying collections,
 * so each relation is computed once for the whole site. Expects content that
 * `findContentProblems` accepted: an unknown id here is a bug, and throws.
 */
export function buildSiteGraph(content: ContentSet, options: GraphOptions = {}): SiteGraph {
	// Each node kind below gathers each of its relations in one pass and looks them up by id,
	// so the graph grows with the content, never with its square.
	const index = indexOf(content);
	const articles = articleNodes(index);
	const claims = claimNodes(content.claims, index);
	const sources = sourceNodes(content, articles, index, options.sourceOrder);
	const evidence = evidenceNodes(content);
	const topics = topicNodes(content, index);
	const stories = storyNodes(content.stories, articles, claims, sources);
	return {
		stories,
		articles,
		claims,
		sources,
		evidence,
		topics,
		article: lookup(articles, 'article'),
		claim: lookup(claims, 'claim'),
		source: lookup(sources, 'source'),
		evidenceItem: lookup(evidence, 'evidence item'),
		topic: lookup(topics, 'topic'),
		story: lookup(stories, 'story'),
	};
}

/**
 * What the nodes look up, built once for all of them: every record by id, each
 * story's timeline, and where each claim is made.
 */
interface Index {
	articles: Map<string, ArticleEntry>;
	claims: Map<string, Entry<Claim>>;
	sources: Map<string, Entry<Source>>;
	evidence: Map<string, Entry<Evidence>>;
	topics: Map<string, Entry<Topic>>;
	/** Each story's timeline events by id. */
	timelines: Map<string, Map<string, TimelineEvent>>;
	/** The articles in the order versions are listed (`byProvenance`). */
	orderedArticles: ArticleEntry[];
	/** Every claim's appearances, in article order. */
	appearancesOf: Map<string, Appearance[]>;
}

function indexOf(content: ContentSet): Index {
	const orderedArticles = [...content.articles].sort(byProvenance);
	// Every claim's appearances, in article order: one pass over the markers.
	const appearancesOf = new Map<string, Appearance[]>();
	for (const article of orderedArticles) {
		for (const [claimId, passages] of groupBy(article.markers, (marker) => marker.claimId)) {
			push(appearancesOf, claimId, { article, number: passages[0].number, passages });
		}
	}
	return {
		articles: byId(content.articles),
		claims: byId(content.claims),
		sources: byId(content.sources),
		evidence: byId(content.evidence),
		topics: byId(content.topics),
		timelines: new Map(content.stories.map((story) => [story.id, eventsById(story.data)])),
		orderedArticles,
		appearancesOf,
	};
}

/** Every article, in version order, with its sidebar, references, versions, topics and date. */
function articleNodes(index: Index): ArticleNode[] {
	return index.orderedArticles.map((entry): ArticleNode => {
		const versions = entry.data.versions.map((id) => get(index.articles, id));
		return {
			entry,
			claims: articleClaims(entry, versions, index),
			references: entry.data.references.map((reference) => ({
				number: reference.number,
				source: get(index.sources, reference.source),
			})),
			versions,
			topics: entry.data.topics.map((id) => get(index.topics, id)),
			writtenOnOrAfter: writtenOnOrAfter(
				[...new Set(entry.markers.map((marker) => marker.claimId))].map((id) => get(index.claims, id).data),
				index.timelines.get(entry.data.story) ?? new Map(),
			),
		};
	});
}

/** An article's sidebar: each claim its text marks, by number, and which other versions make it too. */
function articleClaims(entry: ArticleEntry, versions: ArticleEntry[], index: Index): ArticleClaim[] {
	return [...groupBy(entry.markers, (marker) => marker.claimId)]
		.map(([claimId, passages]): ArticleClaim => {
			const claim = get(index.claims, claimId);
			const alsoIn = (index.appearancesOf.get(claimId) ?? []).filter(({ article }) =>
				entry.data.versions.includes(article.id),
			);
			return {
				number: passages[0].number,
				claim,
				passages,
				citation: citationOf(claim, entry, index),
				evidence: evidenceLinks(claim, index),
				alsoIn,
				notIn: versions.filter((version) => !alsoIn.some(({ article }) => article.id === version.id)),
			};
		})
		.sort((a, b) => a.number - b.number);
}

/** Every claim, in the order of the claims collection, with where it is made and on what it rests. */
function claimNodes(claims: Entry<Claim>[], index: Index): ClaimNode[] {
	const articlesOfStory = groupBy(index.orderedArticles, (article) => article.data.story);
	return claims.map((entry): ClaimNode => {
		const appearances = index.appearancesOf.get(entry.id) ?? [];
		const stories = new Set(appearances.map(({ article }) => article.data.story));
		const makers = new Set(appearances.map(({ article }) => article.id));
		const events = new Map([...stories].flatMap((story) => [...(index.timelines.get(story) ?? [])]));
		return {
			entry,
			appearances,
			absentFrom: [...stories].flatMap((story) =>
				(articlesOfStory.get(story) ?? []).filter((article) => !makers.has(article.id)),
			),
			citations: appearances.map(({ article }) => citationOf(entry, article, index)),
			evidence: evidenceLinks(entry, index),
			events: entry.data.events.map((id) => get(events, id)).sort((a, b) => a.date.localeCompare(b.date)),
			madeBy: entry.data.madeBy.map((id) => get(index.topics, id)),
			topics: entry.data.topics.map((id) => get(index.topics, id)),
		};
	});
}

/** How `article` cites for `claim`, with its sources looked up. */
function citationOf(claim: Entry<Claim>, article: ArticleEntry, index: Index): VersionCitation {
	const entry = claim.data.byVersion.find((version) => version.article === article.id);
	if (!entry)
		throw new Error(`Claim "${claim.id}" has no entry for "${article.id}": run findContentProblems first`);
	return {
		article,
		citation: entry.citation,
		sources: entry.sources.map((id) => get(index.sources, id)),
		citationRationale: entry.citationRationale,
		...(entry.wording ? { wording: entry.wording } : {}),
		...(entry.note ? { note: entry.note } : {}),
	};
}

/** The evidence a claim lists, looked up, with what each says about it. */
function evidenceLinks(claim: Entry<Claim>, index: Index): EvidenceLink[] {
	return claim.data.evidence.map((link) => ({
		evidence: get(index.evidence, link.item),
		bears: link.bears,
		shows: link.shows,
	}));
}

/** Every source, in the order readers meet them, with the articles citing it and the claims resting on it. */
function sourceNodes(
	content: ContentSet,
	articles: ArticleNode[],
	index: Index,
	sourceOrder: readonly string[] = sourceReadingOrder(
		content.articles.map(({ id, data }) => ({
			id,
			provenance: data.provenance,
			sources: data.references.map(({ source }) => source),
		})),
	),
): SourceNode[] {
	const citations = new Map<string, SourceNode['citedBy']>();
	for (const node of articles) {
		for (const { source, number } of node.references)
			push(citations, source.id, { article: node.entry, number });
	}
	const claimsOfSource = new Map<string, SourceNode['claims']>();
	for (const claim of content.claims) {
		for (const version of claim.data.byVersion) {
			for (const source of version.sources)
				push(claimsOfSource, source, {
					claim,
					article: get(index.articles, version.article),
					citation: version.citation,
				});
		}
	}
	const citationOrder = new Map(sourceOrder.map((id, place) => [id, place]));
	const bySourceOrder = (a: Entry<Source>, b: Entry<Source>) =>
		(citationOrder.get(a.id) ?? -1) - (citationOrder.get(b.id) ?? -1);
	return [...content.sources].sort(bySourceOrder).map((entry): SourceNode => ({
		entry,
		citedBy: citations.get(entry.id) ?? [],
		claims: claimsOfSource.get(entry.id) ?? [],
	}));
}

/** Every piece of evidence, oldest first, with the claims it bears on and the timeline events it dates. */
function evidenceNodes(content: ContentSet): EvidenceNode[] {
	const claimsOfEvidence = new Map<string, EvidenceNode['claims']>();
	for (const claim of content.claims) {
		for (const link of claim.data.evidence)
			push(claimsOfEvidence, link.item, { claim, bears: link.bears, shows: link.shows });
	}
	const eventsOfEvidence = new Map<string, EvidenceNode['events']>();
	for (const story of content.stories) {
		for (const event of story.data.timeline) {
			for (const id of event.evidence) push(eventsOfEvidence, id, { story, event });
		}
	}
	return [...content.evidence]
		.sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id))
		.map((entry): EvidenceNode => ({
			entry,
			claims: claimsOfEvidence.get(entry.id) ?? [],
			events: eventsOfEvidence.get(entry.id) ?? [],
		}));
}

/** Every topic, in the order of the topics collection, with its articles and claims. */
function topicNodes(content: ContentSet, index: Index): TopicNode[] {
	const articlesOfTopic = new Map<string, ArticleEntry[]>();
	for (const article of index.orderedArticles) {
		for (const topic of new Set(article.data.topics)) push(articlesOfTopic, topic, article);
	}
	const claimsOfTopic = new Map<string, Entry<Claim>[]>();
	for (const claim of content.claims) {
		for (const topic of new Set(claim.data.topics)) push(claimsOfTopic, topic, claim);
	}
	return content.topics.map((entry): TopicNode => ({
		entry,
		articles: articlesOfTopic.get(entry.id) ?? [],
		claims: claimsOfTopic.get(entry.id) ?? [],
	}));
}

/** Every story, with the nodes of its versions, of the claims they make and of the sources they cite. */
function storyNodes(
	stories: Entry<Story>[],
	articles: ArticleNode[],
	claims: ClaimNode[],
	sources: SourceNode[],
): StoryNode[] {
	const claimsOfStory = new Map<string, ClaimNode[]>();
	for (const node of claims) {
		for (const story of new Set(node.appearances.map(({ article }) => article.data.story))) {
			push(claimsOfStory, story, node);
		}
	}
	const sourcesOfStory = new Map<string, SourceNode[]>();
	for (const node of sources) {
		for (const story of new Set(node.citedBy.map(({ article }) => article.data.story))) {
			push(sourcesOfStory, story, node);
		}
	}
	const versionsOfStory = groupBy(articles, (node) => node.entry.data.story);
	return stories.map((entry): StoryNode => {
		const versions = versionsOfStory.get(entry.id) ?? [];
		return {
			entry,
			versions,
			claims: claimsOfStory.get(entry.id) ?? [],
			sources: sourcesOfStory.get(entry.id) ?? [],
			timeline: datedTimeline(
				entry.data,
				versions.map((version) => version.writtenOnOrAfter),
			),
		};
	});
}

/** Finds a node by its entry's id, through an index built once; an unknown id throws. */
function lookup<T extends { entry: { id: string } }>(nodes: T[], kind: string): (id: string) => T {
	const index = new Map(nodes.map((node) => [node.entry.id, node]));
	return (id: string) => {
		const node = index.get(id);
		if (!node) throw new Error(`No ${kind} with id "${id}"`);
		return node;
	};
}

/**
 * Whether a story has a comparison page: it does when more than one version
 * tells it. The one place this rule is written.
 *
 * @example hasComparison({ versions: [scraped, rewrite] }) // true
 */
export function hasComparison(story: { versions: unknown[] }): boolean {
	return story.versions.length > 1;
}

/**
 * The stories some versions tell, each once, in the order the versions come:
 * every story a claim is made in or a source is cited in.
 *
 * @example storiesOf(site, claim.appearances.map(({ article }) => article)).map((s) => s.entry.id) // ['alabuga']
 */
export function storiesOf(
	graph: Pick<SiteGraph, 'story'>,
	articles: { data: { story: string } }[],
): StoryNode[] {
	return [...new Set(articles.map((article) => article.data.story))].map((id) => graph.story(id));
}

/**
 * How many claims have each verdict, in the scale's order, leaving out the
 * verdicts no claim has.
 *
 * @example countVerdicts([{ data: { verdict: 'not-checkable' } }]) // [['not-checkable', 1]]
 */
export function countVerdicts(claims: { data: { verdict: VerdictId } }[]): [VerdictId, number][] {
	const counts = new Map<VerdictId, number>();
	for (const claim of claims) counts.set(claim.data.verdict, (counts.get(claim.data.verdict) ?? 0) + 1);
	return verdictIds.filter((id) => counts.has(id)).map((id) => [id, counts.get(id)!]);
}

/** In the order of the provenance list (originals before rewrites), then by id, so versions always list in the same order. */
function byProvenance(a: ArticleEntry, b: ArticleEntry): number {
	return versionOrder(
		{ id: a.id, provenance: a.data.provenance },
		{ id: b.id, provenance: b.data.provenance },
	);
}

function versionOrder(a: { id: string; provenance: string }, b: { id: string; provenance: string }): number {
	const order =
		provenanceIds.indexOf(a.provenance as Provenance) - provenanceIds.indexOf(b.provenance as Provenance);
	return order || a.id.localeCompare(b.id);
}

/**
 * The sources in the order readers meet them: by version (in version order),
 * then by place in its reference list, each at its first citation. Told each
 * version's provenance and cited sources, from its frontmatter alone, so a
 * shard of the build that reads only some versions orders them as the whole
 * site does.
 *
 * @example sourceReadingOrder([{ id: 'b', provenance: 'original', sources: ['x', 'y'] }]) // ['x', 'y']
 */
export function sourceReadingOrder(
	versions: { id: string; provenance: string; sources: string[] }[],
): string[] {
	return [...new Set([...versions].sort(versionOrder).flatMap(({ sources }) => sources))];
}

function byId<T extends { id: string }>(entries: T[]): Map<string, T> {
	return new Map(entries.map((entry) => [entry.id, entry]));
}

function get<T>(index: Map<string, T>, id: string): T {
	const found = index.get(id);
	if (!found) throw new Error(`Unknown id "${id}": run findContentProblems first`);
	return found;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, [T, ...T[]]> {
	const groups = new Map<string, [T, ...T[]]>();
	for (const item of items) push(groups, key(item), item);
	return groups;
}

function push<T>(groups: Map<string, T[]>, key: string, item: T): void {
	const group = groups.get(key);
	if (group) group.push(item);
	else groups.set(key, [item]);
}
