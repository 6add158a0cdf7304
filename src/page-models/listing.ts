import { eventAnchor } from '../site/anchors';
import { paths } from '../site/paths';
import { citationSupports, type CitationSupportId } from '../schemas/citation-support';
import { hasComparison } from '../record/graph';
import { versionName, words } from '../strings';
import { claimKindLabels, type ClaimKind } from '../schemas/claim';
import { verdictIds, type VerdictId } from '../schemas/verdict';
import { topicKindLabels, type TopicKind } from '../schemas/topic';

/**
 * Claims grouped under their verdict, in the scale's order; verdicts with no
 * claims are left out.
 */
export function groupClaimsByVerdict<T extends { entry: { data: { verdict: VerdictId } } }>(
	claims: T[],
): { verdict: VerdictId; claims: T[] }[] {
	return verdictIds
		.map((verdict) => ({ verdict, claims: claims.filter((claim) => claim.entry.data.verdict === verdict) }))
		.filter((group) => group.claims.length > 0);
}

type Version = { data: { name: string } };

/**
 * Which versions of its story make a claim, in words.
 *
 * @example versionsNote({ appearances: [{ article: rewrite }], absentFrom: [scraped] }) // 'only in the rewrite'
 */
export function versionsNote(claim: { appearances: { article: Version }[]; absentFrom: Version[] }): string {
	if (claim.absentFrom.length === 0) {
		return claim.appearances.length === 1 ? words.madeInOnlyVersion : words.madeInEveryVersion;
	}
	const names = claim.appearances.map(({ article }) => versionName(article));
	return words.onlyIn([...new Set(names)]);
}

/** Topics grouped under their kind, in the kinds' order, each group sorted by name. */
export function groupTopicsByKind<T extends { entry: { data: { kind: TopicKind; name: string } } }>(
	topics: T[],
): { kind: TopicKind; label: string; topics: T[] }[] {
	return (Object.keys(topicKindLabels) as TopicKind[])
		.map((kind) => ({
			kind,
			label: topicKindLabels[kind],
			topics: topics
				.filter((topic) => topic.entry.data.kind === kind)
				.sort((a, b) => a.entry.data.name.localeCompare(b.entry.data.name)),
		}))
		.filter((group) => group.topics.length > 0);
}

/**
 * Claims ordered by kind (figures, events, attributions, forecasts, opinions),
 * keeping their order within a kind.
 */
export function byKind<T extends { entry: { data: { kind: ClaimKind } } }>(claims: T[]): T[] {
	const order = Object.keys(claimKindLabels);
	return [...claims].sort((a, b) => order.indexOf(a.entry.data.kind) - order.indexOf(b.entry.data.kind));
}

/** The claims a story's every version makes. */
export function sharedClaims<C extends { appearances: unknown[] }>(story: {
	versions: unknown[];
	claims: C[];
}): C[] {
	return story.claims.filter((claim) => claim.appearances.length === story.versions.length);
}

/**
 * Where a story is best read from a list of stories: its comparison when it has
 * several versions, its one version otherwise.
 *
 * @example storyPath(storyWithTwoVersions) // 'compare/alabuga-north-korean-workers/'
 */
export function storyPath(story: { entry: { id: string }; versions: { entry: { id: string } }[] }): string {
	const [only] = story.versions;
	return hasComparison(story) || !only ? paths.comparison(story.entry.id) : paths.article(only.entry.id);
}

/**
 * Where a story's timeline is shown: the home page when the site tells one
 * story, else the story's comparison when it has several versions; undefined
 * when no page shows it.
 *
 * @example timelinePath({ entry: { id: 's' }, versions: [a, b] }, 1) // ''
 */
export function timelinePath(
	story: { entry: { id: string }; versions: unknown[] },
	storyCount: number,
): string | undefined {
	if (storyCount === 1) return paths.home();
	return hasComparison(story) ? paths.comparison(story.entry.id) : undefined;
}

/**
 * The link to one event of a story's timeline, or undefined when no page shows it.
 *
 * @example eventPath(story, 1, 'nhk-report') // '#event-nhk-report'
 */
export function eventPath(
	story: { entry: { id: string }; versions: unknown[] },
	storyCount: number,
	eventId: string,
): string | undefined {
	const page = timelinePath(story, storyCount);
	return page === undefined ? undefined : `${page}#${eventAnchor(eventId)}`;
}

/**
 * The claims a version cites a source for, each once, with which versions cite
 * it for the claim and with what support, in words.
 *
 * @example citedClaims([{ claim, article: scraped, citation: 'on-topic' }])[0].note // 'cited by the scraped page: citation on topic only'
 */
export function citedClaims<C extends { id: string }>(
	claims: { claim: C; article: Version; citation: CitationSupportId }[],
): { claim: C; note: string }[] {
	const byClaim = new Map<string, { claim: C; notes: string[] }>();
	for (const { claim, article, citation } of claims) {
		const entry = byClaim.get(claim.id) ?? { claim, notes: [] };
		entry.notes.push(words.versionCitation(versionName(article), citationSupports[citation].label));
		byClaim.set(claim.id, entry);
	}
	return [...byClaim.values()].map(({ claim, notes }) => ({ claim, note: words.citedByVersions(notes) }));
}
