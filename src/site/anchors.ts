/**
 * Fragment ids shared by the Markdown plugin and the pages, so a marker in the
 * text and its sidebar entry always point at each other.
 */

/** The sidebar entry of a claim on an article page. */
export function claimAnchor(claimId: string): string {
	return `claim-${claimId}`;
}

/** The nth marked passage (from 1) of a claim in an article's text. */
export function passageAnchor(claimId: string, occurrence: number): string {
	return `passage-${claimId}-${occurrence}`;
}

/** A source's entry in an article's reference list. */
export function referenceAnchor(sourceId: string): string {
	return `ref-${sourceId}`;
}

/** A claim's row in the claims matrix of a comparison page. */
export function comparedClaimAnchor(claimId: string): string {
	return `compared-${claimId}`;
}

/** A source's entry in the citation audit of a comparison page. */
export function auditAnchor(sourceId: string): string {
	return `audit-${sourceId}`;
}

/** An event of a story's timeline, where the timeline is shown. */
export function eventAnchor(eventId: string): string {
	return `event-${eventId}`;
}

/** A version's wording judgement on a claim page. */
export function wordingAnchor(articleId: string): string {
	return `wording-${articleId}`;
}
