import { statusIds, type StatusId } from '../schemas/status';
import { topicKindLabels, type TopicKind } from '../schemas/topic';

/**
 * Claims grouped under their status, in the scale's order; statuses with no
 * claims are left out.
 */
export function groupClaimsByStatus<T extends { entry: { data: { status: StatusId } } }>(
	claims: T[],
): { status: StatusId; claims: T[] }[] {
	return statusIds
		.map((status) => ({ status, claims: claims.filter((claim) => claim.entry.data.status === status) }))
		.filter((group) => group.claims.length > 0);
}

/**
 * Which versions make a claim, in words.
 *
 * @example versionsNote(2, 2) // 'made in every version'
 * @example versionsNote(1, 2) // 'made in 1 of 2 versions'
 */
export function versionsNote(madeIn: number, versions: number): string {
	if (madeIn === versions) return versions === 1 ? 'made in the only version' : 'made in every version';
	return `made in ${madeIn} of ${versions} versions`;
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

/** The claims a story's every version makes. */
export function sharedClaims<C extends { appearances: unknown[] }>(story: {
	versions: unknown[];
	claims: C[];
}): C[] {
	return story.claims.filter((claim) => claim.appearances.length === story.versions.length);
}
