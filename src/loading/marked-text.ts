import type { RecordedProblem } from '../loading/content-error';
import type { HeadlineField } from '../schemas/article';

/*
 * What the Markdown pipeline records of an article as it renders it
 * (`src/markdown/remark-claim-markers.ts`): its claim markers, and its text as
 * a reader sees it, block by block. The sidebar, the comparison and the
 * check-worthiness coverage all read this record; none parses the Markdown.
 */

/** One `:claim[…]{#id}` marker, in the order it appears in the text. */
export interface ClaimMarker {
	claimId: string;
	/** The claim's number in this article: its rank by first appearance, from 1. */
	number: number;
	/** The id of the passage element, unique within the page. */
	passageId: string;
	/** The marked words, as plain text. */
	text: string;
	line: number | undefined;
	/** Set when the passage is a whole headline line from the frontmatter, not words of the text. */
	headline?: HeadlineField;
}

/** Where one claim is marked in a block's plain text (`start`…`end`, end exclusive). */
export interface BlockClaimSpan {
	claimId: string;
	start: number;
	end: number;
}

/**
 * One paragraph, heading, list item or table cell of the text as a reader sees it
 * (markers, escapes, entities and emphasis gone; link text kept; soft line
 * breaks kept as `\n`), with where each claim is marked in it: what the
 * check-worthiness coverage (`src/record/check-worthy.ts`) and the comparison
 * (`src/compare/text.ts`) read, so no other code parses the Markdown again.
 */
export interface TextBlock {
	/** `item`: the paragraph a list item opens with; a later paragraph of the item is a `paragraph`. */
	kind: 'paragraph' | 'heading' | 'item' | 'cell';
	text: string;
	/** For an item of a numbered list, the number a reader sees before it. */
	number?: number;
	line: number | undefined;
	claims: BlockClaimSpan[];
}

export interface ClaimMarkerData {
	claimMarkers: ClaimMarker[];
	textBlocks: TextBlock[];
}

/** The fields the Markdown plugins record on an article's frontmatter: the markers, the text and the problems found. */
export const recordedFields = ['claimMarkers', 'textBlocks', 'markdownProblems'] as const;

/**
 * Only what the Markdown plugins recorded on a rendered article's frontmatter.
 * Astro hands them the frontmatter as parsed and stores it back, whole, beside
 * the entry's checked data; the rest of it is that data a second time.
 *
 * @example recordedOnly({ title: 'T', claimMarkers: [] }) // { claimMarkers: [] }
 */
export function recordedOnly(frontmatter: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		recordedFields.filter((field) => field in frontmatter).map((field) => [field, frontmatter[field]]),
	);
}

/** The problems a Markdown plugin recorded on a rendered article's frontmatter (`src/markdown/problems.ts`). */
export function recordedProblems(frontmatter: unknown): RecordedProblem[] {
	const problems = (frontmatter as { markdownProblems?: unknown } | undefined)?.markdownProblems;
	return Array.isArray(problems) ? (problems as RecordedProblem[]) : [];
}
