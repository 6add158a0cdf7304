import type { Page } from 'astro';
import type { Entry } from '../loading/content-set';
import {
	countVerdicts,
	type ClaimNode,
	type EvidenceNode,
	type SiteGraph,
	type SourceNode,
	type StoryNode,
	type TopicNode,
} from '../record/graph';
import { groupClaimsByVerdict, groupTopicsByKind, versionsNote } from './listing';
import { paths } from '../site/paths';
import { describeDate, evidenceName, words } from '../strings';
import type { Claim } from '../schemas/claim';
import { evidenceKinds } from '../schemas/evidence';
import { verdicts, type VerdictId } from '../schemas/verdict';
import { sourceRows, versionCard, type SourceRow, type VersionCardModel } from './lists';

/** What every page of an index has: its title and the page for the pager. */
interface IndexPage<T> {
	title: string;
	page: Page<T>;
}

export interface ClaimsIndexPage extends IndexPage<ClaimNode> {
	description: string;
	lede: string;
	groups: {
		verdict: VerdictId;
		anchor: string;
		count: string;
		meaning: string;
		claims: { claim: Entry<Claim>; note: string }[];
	}[];
}

/**
 * A page of the claims index: its claims under their verdicts, each verdict
 * with how many claims it has on the whole site and, when fewer, on this page.
 */
export function claimsIndex(
	graph: Pick<SiteGraph, 'claims' | 'articles'>,
	page: Page<ClaimNode>,
): ClaimsIndexPage {
	const totals = new Map(countVerdicts(graph.claims.map((node) => node.entry)));
	return {
		title: words.indexTitle('All claims', page.currentPage, page.lastPage),
		description: words.claimsIndexDescription(graph.claims.length),
		lede: words.claimsAcross(graph.claims.length, graph.articles.length),
		page,
		groups: groupClaimsByVerdict(page.data).map(({ verdict, claims }) => ({
			verdict,
			anchor: `verdict-${verdict}`,
			count: words.claimsOfVerdict(totals.get(verdict) ?? claims.length, claims.length),
			meaning: verdicts[verdict].meaning,
			claims: claims.map((node) => ({ claim: node.entry, note: versionsNote(node) })),
		})),
	};
}

export interface EvidenceIndexPage extends IndexPage<EvidenceNode> {
	description: string;
	items: { path: string; name: string; meta: string }[];
}

/** A page of the evidence index: each item with its date, kind, and what it bears on and dates. */
export function evidenceIndex(
	graph: Pick<SiteGraph, 'evidence'>,
	page: Page<EvidenceNode>,
): EvidenceIndexPage {
	return {
		title: words.indexTitle('Evidence', page.currentPage, page.lastPage),
		description: words.evidenceIndexDescription(graph.evidence.length),
		page,
		items: page.data.map(({ entry, claims, events }) => ({
			path: paths.evidenceItem(entry.id),
			name: `${entry.data.outlet}, ${evidenceName(entry.data)}`,
			meta: [
				describeDate(entry.data.published),
				evidenceKinds[entry.data.kind].label,
				words.bearsOn(claims.length),
				...(events.length > 0 ? [words.datesEvents(events.length)] : []),
			].join(' · '),
		})),
	};
}

export interface SourcesIndexPage extends IndexPage<SourceNode> {
	description: string;
	sources: SourceRow[];
}

/** A page of the sources index. */
export function sourcesIndex(graph: Pick<SiteGraph, 'sources'>, page: Page<SourceNode>): SourcesIndexPage {
	return {
		title: words.indexTitle('Sources', page.currentPage, page.lastPage),
		description: words.sourcesIndexDescription(graph.sources.length),
		page,
		sources: sourceRows(page.data),
	};
}

export interface TopicsIndexPage extends IndexPage<TopicNode> {
	groups: {
		anchor: string;
		label: string;
		/** `use`: how many claims are about it, or the versions when no claim is; undefined when neither. */
		topics: { path: string; name: string; use: string | undefined }[];
	}[];
}

/**
 * A page of the topics index: its topics under their kinds, each with how many
 * claims are about it. A topic only versions are about says that, not "0 claims".
 */
export function topicsIndex(page: Page<TopicNode>): TopicsIndexPage {
	return {
		title: words.indexTitle('Topics', page.currentPage, page.lastPage),
		page,
		groups: groupTopicsByKind(page.data).map(({ kind, label, topics }) => ({
			anchor: `kind-${kind}`,
			label,
			topics: topics.map(({ entry, claims, articles }) => ({
				path: paths.topic(entry.id),
				name: entry.data.name,
				use: words.topicUse(claims.length, articles.length),
			})),
		})),
	};
}

export interface VersionsIndexPage extends IndexPage<StoryNode> {
	stories: { headingId: string; title: string; versions: VersionCardModel[] }[];
}

/** A page of the versions index: its stories, each with its versions as cards. */
export function versionsIndex(page: Page<StoryNode>): VersionsIndexPage {
	return {
		title: words.indexTitle('Versions', page.currentPage, page.lastPage),
		page,
		stories: page.data.map((story) => ({
			headingId: `story-${story.entry.id}`,
			title: story.entry.data.title,
			versions: story.versions.map(versionCard),
		})),
	};
}
