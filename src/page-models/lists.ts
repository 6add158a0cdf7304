import type { Entry } from '../loading/content-set';
import { countVerdicts, type ArticleNode, type SourceNode } from '../record/graph';
import { paths } from '../site/paths';
import { describeDate, someOf, versionTitle, words } from '../strings';
import { provenanceMeaning } from '../schemas/provenance';
import type { Source } from '../schemas/source';
import type { Topic } from '../schemas/topic';
import type { VerdictId } from '../schemas/verdict';

/**
 * A list, or undefined when it is empty, so a page leaves out the section that
 * would show it without deciding anything itself.
 *
 * @example nonEmpty([]) // undefined
 */
export function nonEmpty<T>(items: T[]): T[] | undefined {
	return items.length > 0 ? items : undefined;
}

/** A version as a card in a list of versions. */
export interface VersionCardModel {
	eyebrow: string;
	title: string;
	path: string;
	description: string;
	date: string;
	/** "written on or after …", when its claims date it. */
	written: string | undefined;
	counts: string;
	verdicts: [VerdictId, number][];
}

/**
 * A version as a card: what it is, its date, how many claims and sources,
 * and its claims by verdict.
 */
export function versionCard({ entry, claims, references, writtenOnOrAfter }: ArticleNode): VersionCardModel {
	return {
		eyebrow: words.versionLine(versionTitle(entry), provenanceMeaning(entry.data.provenance)),
		title: entry.data.title,
		path: paths.article(entry.id),
		description: entry.data.description,
		date: describeDate(entry.data.date),
		written: writtenOnOrAfter && words.writtenOnOrAfter(writtenOnOrAfter.date),
		counts: words.versionCounts(claims.length, references.length),
		verdicts: countVerdicts(claims.map(({ claim }) => claim)),
	};
}

/** A source as a row of a list of sources. */
export interface SourceRow {
	source: Entry<Source>;
	meta: string;
}

/**
 * Sources as rows: each with its date as cited, whether it gives an address,
 * the first few versions that cite it and how many claims it is cited for.
 *
 * @example sourceRows([node])[0].meta // 'No date given · address given · cited by Title a · cited for 1 claim'
 */
export function sourceRows(sources: SourceNode[]): SourceRow[] {
	return sources.map(({ entry, citedBy, claims }) => ({
		source: entry,
		meta: [
			entry.data.date ?? words.noSourceDate,
			words.addressGiven(entry.data.url !== undefined),
			`cited by ${someOf(
				citedBy.map(({ article }) => article.data.title),
				3,
				'version',
			)}`,
			words.citedFor(new Set(claims.map(({ claim }) => claim.id)).size),
		].join(' · '),
	}));
}

/** A section of topic links under a heading; undefined when there are no topics, and the section is left out. */
export interface TopicChipsModel {
	heading: string;
	headingId: string;
	topics: { name: string; path: string }[];
}

/**
 * Topics as links under a heading, with an id for the heading made from it.
 *
 * @example topicChips([place], 'Topics')?.headingId // 'topics-topics'
 */
export function topicChips(topics: Entry<Topic>[], heading: string): TopicChipsModel | undefined {
	if (topics.length === 0) return undefined;
	return {
		heading,
		headingId: `topics-${heading.toLowerCase().replace(/[^a-z]+/g, '-')}`,
		topics: topics.map((topic) => ({ name: topic.data.name, path: paths.topic(topic.id) })),
	};
}
