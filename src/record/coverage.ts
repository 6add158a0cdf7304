import { headlineFields } from '../schemas/article';
import { checkWorthySentences, cueOrder, describeCue, matchable, type CheckWorthy } from './check-worthy';
import { buildClaimIndex, suggestClaims, type ClaimIndex, type Suggestion } from './claim-index';
import type { ArticleEntry, ContentSet } from '../loading/content-set';
import type { ContentProblem } from '../loading/content-error';

/** One check-worthy sentence with cues no marker holds and no `notClaims` entry lists. */
export interface Uncovered extends CheckWorthy {
	file: string;
	/** `body, line 12` or the headline's field, as problems name it. */
	field: string;
	suggestions: Suggestion[];
}

/** The claims index of a content set: each claim's neutral sentence and every passage marked for it. */
export function claimIndexOf(content: Pick<ContentSet, 'articles' | 'claims'>): ClaimIndex {
	const texts = new Map<string, string[]>(content.claims.map((claim) => [claim.id, [claim.data.claim]]));
	for (const article of content.articles)
		for (const marker of article.markers) texts.get(marker.claimId)?.push(marker.text);
	return buildClaimIndex([...texts].map(([id, list]) => ({ id, texts: list })));
}

/**
 * An article's coverage: its check-worthy sentences that are neither marked
 * nor listed in `notClaims`, and the problems with its `notClaims` entries
 * (one that matches no sentence, or more than one).
 */
export function articleCoverage(
	article: Pick<ArticleEntry, 'filePath' | 'data' | 'textBlocks'>,
	index?: ClaimIndex,
): { uncovered: Uncovered[]; problems: ContentProblem[] } {
	const worthy = checkWorthySentences(article.data, article.textBlocks);
	const problems: ContentProblem[] = [];
	// An entry may name any sentence or headline line, check-worthy or not, but only one.
	const places = [
		...article.textBlocks.map((block) => matchable(block.text)),
		...headlineFields.flatMap((field) => (article.data[field] ? [matchable(article.data[field])] : [])),
	];
	const listed = article.data.notClaims.map((entry, i) => {
		const text = matchable(entry.text);
		let count = 0;
		for (const place of places) if (place.includes(text)) count++;
		if (count === 0)
			problems.push({
				file: article.filePath,
				field: `notClaims[${i}].text`,
				message: `"${entry.text}" is not in the article's text or headlines; expected the words of one sentence as they appear there`,
			});
		else if (count > 1)
			problems.push({
				file: article.filePath,
				field: `notClaims[${i}].text`,
				message: `"${entry.text}" appears in ${count} places; expected a part of one sentence found nowhere else`,
			});
		return text;
	});
	// Each cue no marker holds must be in a listed part of its sentence.
	const uncovered = worthy.flatMap((item) => {
		const text = matchable(item.text);
		const covering = listed.filter((entry) => text.includes(entry));
		const left = item.unmarked.filter(
			(cue) => !covering.some((entry) => entry.includes(matchable(cue.words))),
		);
		if (left.length === 0) return [];
		return [
			{
				...item,
				cues: left
					.map(({ kind, words }) => ({ kind, words }))
					.sort((a, b) => cueOrder.indexOf(a.kind) - cueOrder.indexOf(b.kind)),
				file: article.filePath,
				field: item.headline ?? `body, line ${item.line ?? '?'}`,
				suggestions: index ? suggestClaims(index, item.text) : [],
			},
		];
	});
	return { uncovered, problems };
}

/** One line for an unmarked check-worthy sentence, with the claims it may be. */
export function uncoveredMessage(item: Uncovered): string {
	const cues = item.cues.map(describeCue).join(', ');
	const near = item.suggestions.length
		? ` (closest claims: ${item.suggestions.map((s) => s.claimId).join(', ')})`
		: '';
	const where = item.headline
		? `headlineClaims.${item.headline}`
		: ':claim[the words]{#claim-id} around its claim';
	const what = item.marked
		? `carries ${cues} outside its claim markers`
		: `carries ${cues} and is in no claim marker`;
	return `"${shorten(item.text)}" ${what}; expected ${where}${near}, or a notClaims entry { text, reason } with the words that carry it, saying why they make no claim`;
}

/**
 * Every coverage problem of the content: each unmarked, unlisted
 * check-worthy sentence (file, line and cue), and each `notClaims` entry that
 * matches no sentence or more than one.
 */
export function findCoverageProblems(content: Pick<ContentSet, 'articles' | 'claims'>): ContentProblem[] {
	let index: ClaimIndex | undefined;
	const problems: ContentProblem[] = [];
	for (const article of content.articles) {
		if (article.renderFailed || article.markdownProblems.length > 0) continue;
		const first = articleCoverage(article);
		problems.push(...first.problems);
		if (first.uncovered.length === 0) continue;
		// Suggestions are looked up only when there is something to suggest for.
		index ??= claimIndexOf(content);
		for (const item of articleCoverage(article, index).uncovered)
			problems.push({ file: item.file, field: item.field, message: uncoveredMessage(item) });
	}
	return problems;
}

/** The `claims:todo` report: every unmarked, unlisted check-worthy sentence, with suggestions. */
export function coverageReport(content: Pick<ContentSet, 'articles' | 'claims'>): Uncovered[] {
	const index = claimIndexOf(content);
	return content.articles.flatMap((article) => articleCoverage(article, index).uncovered);
}

function shorten(text: string, max = 120): string {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
