import { PER_PAGE } from '../consts';
import { readingListFindings } from '../compare/reading-lists';
import type { ComparedStory } from '../compare/story';
import { countVerdicts } from '../record/graph';
import { verdicts, verdictIds, type VerdictId } from '../schemas/verdict';
import { wordingJudgementIds, wordingJudgements, type WordingJudgementId } from '../schemas/wording';
import { paths, url } from '../site/paths';
import {
	findingWords,
	readingListSentence,
	travelWords,
	versionName,
	type ReadingListFinding,
} from '../strings';
import type { StoryDrift } from './travel';

/*
 * What the analysis of a story found, in a few lines a page can lead with: the
 * reading lists' dates against the events, the claims counted by verdict and by
 * wording judgement, and the claims the versions change most. Everything is
 * counted from the records; an item with nothing to count is left out, so a
 * story with one version, no reading list or no claims says less, never "0".
 */

/** One line of the findings. Each kind is one entry, so a new finding is one more. */
export interface StoryFinding {
	/** What the line is about, for a page or a test to find it by. */
	kind: 'reading-list' | 'drift' | 'verdicts' | 'wording' | 'changed';
	/** The line's opening words, in bold. */
	lead: string;
	/** Its words in order; a part with `href` is a link to where a reader sees what it counts. */
	parts: { text: string; href?: string }[];
}

/** Where the story's claims can be listed, when a place lists exactly them. */
export interface FindingPlaces {
	/**
	 * Whether the claims index lists this story's claims and no others (a site
	 * of one story), so a verdict's count can link to its group there.
	 */
	claimsIndex: boolean;
}

/** How many claims the "most changed" line names at most. */
const MOST_CHANGED = 3;

/**
 * What the analysis of `story` found, as lines to lead a page with: the home
 * page and the comparison page show the same ones (`StoryFindings.astro`).
 * `drift` is how its most-travelled claim changed from the first report to
 * the versions (`storyDrift`), when a claim of the story has relays.
 *
 * @example storyFindings(story, { claimsIndex: true }).map((f) => f.kind) // ['reading-list', 'verdicts', 'wording', 'changed']
 */
export function storyFindings(
	story: Pick<ComparedStory, 'versions' | 'timeline' | 'claims'>,
	places: FindingPlaces,
	drift?: StoryDrift,
): StoryFinding[] {
	return [
		...strongestFirst(readingListFindings(story)).map((finding): StoryFinding => ({
			kind: 'reading-list',
			lead: findingWords.readingListLead,
			parts: [{ text: readingListSentence(finding) }],
		})),
		...(drift ? [driftFinding(drift)] : []),
		...verdictFinding(story, places),
		...wordingFinding(story),
		...changedFinding(story),
	];
}

/** The reading-list findings, strongest first: every citation predating, then the most predating. */
export function strongestFirst(findings: ReadingListFinding[]): ReadingListFinding[] {
	const share = (f: ReadingListFinding) => (f.datedCitations === 0 ? 0 : f.predating / f.datedCitations);
	return findings
		.map((finding, index) => ({ finding, index }))
		.sort((a, b) => share(b.finding) - share(a.finding) || a.index - b.index)
		.map(({ finding }) => finding);
}

function driftFinding(drift: StoryDrift): StoryFinding {
	return {
		kind: 'drift',
		lead: travelWords.findingLead,
		parts: [{ text: `${drift.sentence} ` }, { text: travelWords.seeFullPicture, href: url(drift.path) }],
	};
}

function verdictFinding(story: Pick<ComparedStory, 'claims'>, places: FindingPlaces): StoryFinding[] {
	const claims = story.claims.map((claim) => claim.entry);
	if (claims.length === 0) return [];
	const counts = countVerdicts(claims);
	return [
		{
			kind: 'verdicts',
			lead: findingWords.verdictsLead,
			parts: [
				{ text: findingWords.ofClaims(claims.length) },
				...counts.flatMap(([verdict, count], i) => [
					...(i > 0 ? [{ text: '; ' }] : []),
					{
						text: findingWords.verdictCount(count, verdicts[verdict].label),
						...(places.claimsIndex && { href: verdictPlace(counts, verdict) }),
					},
				]),
				{ text: '.' },
			],
		},
	];
}

/**
 * A verdict's group in the claims index: the page its first claim falls on,
 * the index listing claims by verdict in the scale's order.
 */
function verdictPlace(counts: [VerdictId, number][], verdict: VerdictId): string {
	const before = counts
		.filter(([id]) => verdictIds.indexOf(id) < verdictIds.indexOf(verdict))
		.reduce((sum, [, count]) => sum + count, 0);
	return `${url(paths.claims(Math.floor(before / PER_PAGE.claims) + 1))}#verdict-${verdict}`;
}

/** Each of this story's versions' wording judgements of each claim. */
function judgementsOf(
	story: Pick<ComparedStory, 'versions' | 'claims'>,
	claim: ComparedStory['claims'][number],
): { version: string; judged: readonly WordingJudgementId[] }[] {
	const ours = new Set(story.versions.map((version) => version.entry.id));
	return claim.citations.flatMap(({ article, wording }) =>
		ours.has(article.id) && wording ? [{ version: versionName(article), judged: wording.judged }] : [],
	);
}

function wordingFinding(story: Pick<ComparedStory, 'versions' | 'claims'>): StoryFinding[] {
	const judged = story.claims.map((claim) => new Set(judgementsOf(story, claim).flatMap((j) => j.judged)));
	const counts = wordingJudgementIds
		.map((id) => [id, judged.filter((ids) => ids.has(id)).length] as const)
		.filter(([, count]) => count > 0);
	if (counts.length === 0) return [];
	return [
		{
			kind: 'wording',
			lead: findingWords.wordingLead,
			parts: [
				{
					text: `${counts.map(([id, count], i) => findingWords.wordingCount(count, wordingJudgements[id].label, i === 0)).join('; ')}.`,
				},
			],
		},
	];
}

function changedFinding(story: Pick<ComparedStory, 'versions' | 'claims'>): StoryFinding[] {
	const changed = story.claims
		.map((claim, index) => {
			const changes = judgementsOf(story, claim)
				.map(({ version, judged }) => ({
					version,
					judged: judged.filter((id) => id !== 'faithful'),
				}))
				.filter(({ judged }) => judged.length > 0);
			return { claim, index, changes, count: changes.reduce((sum, c) => sum + c.judged.length, 0) };
		})
		.filter(({ count }) => count > 0)
		.sort((a, b) => b.count - a.count || a.index - b.index)
		.slice(0, MOST_CHANGED);
	if (changed.length === 0) return [];
	return [
		{
			kind: 'changed',
			lead: findingWords.changedLead,
			parts: [
				...changed.flatMap(({ claim, changes, count }, i) => [
					...(i > 0 ? [{ text: '; ' }] : []),
					// The line's punctuation, not the claim's, ends each name.
					{ text: claim.entry.data.claim.replace(/\.$/, ''), href: url(paths.claim(claim.entry.id)) },
					{
						text: findingWords.changes(
							count,
							changes.map(({ version }) => version),
						),
					},
				]),
				{ text: '.' },
			],
		},
	];
}
