import { diffArrays, type ArrayChange } from 'diff';
import { bagOf, containment, similarity, type Bag } from './similarity';
import { normalise } from '../text/words';
import type { ReadText, TextBlock } from './text';

/** How alike two sentences must be (Dice of content words) to count as one reworded. */
export const matchThreshold = 0.4;
/** Between blocks already known to correspond, a lower bar pairs their remaining sentences. */
export const contextThreshold = 0.2;
/** How alike two whole blocks must be to correspond when no sentence of one is paired yet. */
export const blockThreshold = 0.3;
/** How much of a leftover sentence another must hold for it to count as merged into it. */
export const mergeThreshold = 0.6;
/** And in at least this many content words, so a short sentence is not merged by chance. */
const mergeMinWords = 3;

/** A run of words in a word-level diff: in both sentences, or only in one. */
export interface DiffPart {
	text: string;
	change: 'same' | 'removed' | 'added';
}

/**
 * How a sentence fares in the other version: the same words (`kept`), matched
 * to one sentence with different wording (`reworded`), one of several
 * sentences the other version made into one (`merged`), made into several
 * (`split`), or with no counterpart (`only`).
 */
export type SentenceRelation = 'kept' | 'reworded' | 'merged' | 'split' | 'only';

export interface AlignedSentence {
	/** Index among all sentences of its version, in text order. */
	index: number;
	block: number;
	text: string;
	/** Start offset in its block's text. */
	start: number;
	relation: SentenceRelation;
	/** Indexes of its counterparts among the other version's sentences. */
	partners: number[];
	/** Similarity to its counterparts' text, 0 to 1. */
	score: number;
	/** The sentence against its counterparts: `same` and `removed` parts for A, `same` and `added` for B. */
	parts: DiffPart[];
}

export type RowStatus = 'kept' | 'reworded' | 'only-a' | 'only-b';

/** Blocks of the two versions that say the same thing, with their sentences. */
export interface AlignedRow {
	status: RowStatus;
	/** Block indexes in each version, in text order. */
	blocksA: number[];
	blocksB: number[];
	sentencesA: AlignedSentence[];
	sentencesB: AlignedSentence[];
}

export interface AlignmentCounts {
	rows: Record<RowStatus, number>;
	sentences: { kept: number; reworded: number; mergedOrSplit: number; onlyA: number; onlyB: number };
}

export interface Alignment {
	rows: AlignedRow[];
	sentencesA: AlignedSentence[];
	sentencesB: AlignedSentence[];
	counts: AlignmentCounts;
}

interface Draft {
	index: number;
	block: number;
	text: string;
	start: number;
	bag: Bag;
	key: string;
	partners: number[];
}

/** The sentences of a text as the alignment works on them, with their counterparts when already paired. */
function draftsOf(text: ReadText, partners?: number[][]): Draft[] {
	return text.sentences.map((sentence, index) => ({
		index,
		block: sentence.block,
		text: sentence.text,
		start: sentence.start,
		bag: bagOf(sentence.text),
		key: normalise(sentence.text),
		partners: partners?.[index] ?? [],
	}));
}

/**
 * Which sentences of two texts correspond: for each sentence of each text, in
 * text order, the indexes of its counterparts in the other, ascending. It is
 * what aligning costs most to find, and small: a few numbers a sentence.
 */
export interface Matching {
	a: number[][];
	b: number[][];
}

/**
 * Pairs the sentences of two versions of a text, whatever order each puts
 * them in.
 *
 * 1. Sentences are paired one to one, best pair first, when their content
 *    words overlap enough (`matchThreshold`): word order and position do not
 *    matter, so reordered text still pairs.
 * 2. A sentence left over is joined to the sentence of the other version that
 *    holds most of its words (`mergeThreshold`): that is how a merge or split
 *    shows.
 * 3. Blocks that correspond pair their remaining sentences at a lower bar
 *    (`contextThreshold`).
 *
 * Cost is at worst quadratic in the sentences of the two texts; only sentences
 * that share a word, or are the same, are ever scored against each other.
 *
 * The sentences are the texts' own (`ReadText.sentences`), so an index is a
 * sentence's place in that list.
 *
 * @example matchSentences(readText(a.textBlocks), readText(b.textBlocks)).a[0] // [0]: B's first sentence
 */
export function matchSentences(textA: ReadText, textB: ReadText): Matching {
	const a = draftsOf(textA);
	const b = draftsOf(textB);

	const candidates: { x: Draft; y: Draft; score: number }[] = [];
	const inB = sharingWords(b);
	const sameInB = new Map<string, Draft[]>();
	for (const y of b) {
		const same = sameInB.get(y.key);
		if (same) same.push(y);
		else sameInB.set(y.key, [y]);
	}
	for (const x of a) {
		for (const y of sameInB.get(x.key) ?? []) candidates.push({ x, y, score: 1 });
		for (const y of inB(x)) {
			if (y.key === x.key) continue;
			const score = similarity(x.bag, y.bag);
			if (score >= matchThreshold) candidates.push({ x, y, score });
		}
	}
	// Best pairs first; ties in text order, so the result does not depend on sort stability.
	candidates.sort((p, q) => q.score - p.score || p.x.index - q.x.index || p.y.index - q.y.index);
	for (const { x, y } of candidates) {
		if (x.partners.length === 0 && y.partners.length === 0) link(x, y);
	}
	attachLeftovers(a, inB);
	attachLeftovers(b, sharingWords(a));
	pairWithinLinkedBlocks(a, b, textA.blocks, textB.blocks);
	const partners = (drafts: Draft[]) => drafts.map((draft) => [...draft.partners].sort((p, q) => p - q));
	return { a: partners(a), b: partners(b) };
}

/**
 * Aligns two versions of a text, block by block and sentence by sentence:
 * the sentences paired (`matchSentences`, unless already paired), each
 * against its counterparts word by word, and the blocks grouped into rows
 * through their sentences. Each block goes with the block of the other
 * version it shares most with, so two paragraphs merged into one land in one
 * row.
 *
 * @example alignTexts(readText(a.textBlocks), readText(b.textBlocks)).counts.sentences.kept
 */
export function alignTexts(
	textA: ReadText,
	textB: ReadText,
	matching: Matching = matchSentences(textA, textB),
): Alignment {
	const a = draftsOf(textA, matching.a);
	const b = draftsOf(textB, matching.b);
	// A pair of sentences is diffed once, for both sides.
	const diffs: DiffCache = new Map();
	const sentencesA = a.map((x) => finish(x, b, 'a', diffs));
	const sentencesB = b.map((y) => finish(y, a, 'b', diffs));
	const rows = groupRows(textA.blocks.length, textB.blocks.length, sentencesA, sentencesB);
	return { rows, sentencesA, sentencesB, counts: countAlignment(rows, sentencesA, sentencesB) };
}

/**
 * Second pass: blocks that correspond (through a sentence pair, or as each
 * other's closest block) pair their leftover sentences at a lower bar, since
 * the context already vouches for them. A reworded sentence rarely keeps half
 * its words; its neighbours tell us where it went.
 */
function pairWithinLinkedBlocks(a: Draft[], b: Draft[], blocksA: TextBlock[], blocksB: TextBlock[]) {
	const linked = new Set<string>();
	for (const x of a) for (const p of x.partners) linked.add(`${x.block}:${b[p]!.block}`);
	const bagsA = blocksA.map((block) => bagOf(block.text));
	const bagsB = blocksB.map((block) => bagOf(block.text));
	// Every block against every block once; each "closest" below reads from here.
	const scores = bagsA.map((bagA) => bagsB.map((bagB) => similarity(bagA, bagB)));
	const closestInB = scores.map((row) => best(row));
	const closestInA = bagsB.map((_, j) => best(scores.map((row) => row[j]!)));
	// Each block with no sentence paired yet corresponds to its closest block of the other version.
	const pairedA = new Set(a.filter((x) => x.partners.length > 0).map((x) => x.block));
	const pairedB = new Set(b.filter((y) => y.partners.length > 0).map((y) => y.block));
	closestInB.forEach(({ index: j, score }, i) => {
		if (j >= 0 && score >= blockThreshold && (!pairedA.has(i) || closestInA[j]!.index === i))
			linked.add(`${i}:${j}`);
	});
	closestInA.forEach(({ index: i, score }, j) => {
		if (i >= 0 && score >= blockThreshold && (!pairedB.has(j) || closestInB[i]!.index === j))
			linked.add(`${i}:${j}`);
	});

	const candidates: { x: Draft; y: Draft; score: number }[] = [];
	for (const x of a) {
		if (x.partners.length > 0) continue;
		for (const y of b) {
			if (y.partners.length > 0 || !linked.has(`${x.block}:${y.block}`)) continue;
			const score = similarity(x.bag, y.bag);
			if (score >= contextThreshold) candidates.push({ x, y, score });
		}
	}
	candidates.sort((p, q) => q.score - p.score || p.x.index - q.x.index || p.y.index - q.y.index);
	for (const { x, y } of candidates) {
		if (x.partners.length === 0 && y.partners.length === 0) link(x, y);
	}
}

/** The first highest score above zero, and where it is; index -1 if none is. */
function best(scores: number[]): { index: number; score: number } {
	let found = { index: -1, score: 0 };
	scores.forEach((score, index) => {
		if (score > found.score) found = { index, score };
	});
	return found;
}

function link(x: Draft, y: Draft) {
	x.partners.push(y.index);
	y.partners.push(x.index);
}

/**
 * For a sentence, the sentences in `others` that share a content word with it:
 * the only ones that can score above zero. Looking them up in a word index
 * keeps long texts from paying for every pair of sentences.
 */
function sharingWords(others: Draft[]): (x: Draft) => Set<Draft> {
	const index = new Map<number, Draft[]>();
	for (const y of others) {
		for (const word of y.bag.words) {
			const list = index.get(word);
			if (list) list.push(y);
			else index.set(word, [y]);
		}
	}
	return (x) => {
		const near = new Set<Draft>();
		for (const word of x.bag.words) for (const y of index.get(word) ?? []) near.add(y);
		return near;
	};
}

function attachLeftovers(side: Draft[], sharing: (x: Draft) => Set<Draft>) {
	for (const x of side) {
		if (x.partners.length > 0 || x.bag.total === 0) continue;
		// Only sentences sharing a word can hold any of it; the first of the best, in text order.
		let best: { y: Draft; score: number } | undefined;
		for (const y of [...sharing(x)].sort((p, q) => p.index - q.index)) {
			const score = containment(x.bag, y.bag);
			if (!best || score > best.score) best = { y, score };
		}
		if (best && best.score >= mergeThreshold && best.score * x.bag.total >= mergeMinWords) {
			link(x, best.y);
		}
	}
}

function finish(x: Draft, other: Draft[], which: 'a' | 'b', diffs: DiffCache): AlignedSentence {
	const partners = [...x.partners].sort((p, q) => p - q);
	const base = { index: x.index, block: x.block, text: x.text, start: x.start, partners };
	const counterparts = partners.map((p) => other[p]!);
	const [first] = counterparts;
	if (!first) {
		return { ...base, relation: 'only', score: 0, parts: [{ text: x.text, change: 'same' }] };
	}
	const counterpart = counterparts.map((y) => y.text).join(' ');
	const relation: SentenceRelation =
		partners.length > 1
			? 'split'
			: first.partners.length > 1
				? 'merged'
				: first.key === x.key
					? 'kept'
					: 'reworded';
	// In a merge, the side with several sentences is the one that was merged.
	const named: SentenceRelation =
		which === 'b' && relation === 'split'
			? 'merged'
			: which === 'b' && relation === 'merged'
				? 'split'
				: relation;
	return {
		...base,
		relation: named,
		// One counterpart's words are already counted.
		score: similarity(x.bag, partners.length === 1 ? first.bag : bagOf(counterpart)),
		parts:
			relation === 'kept' ? [{ text: x.text, change: 'same' }] : wordDiff(x.text, counterpart, which, diffs),
	};
}

/**
 * The words of `text` against its counterpart: for version A the words B lacks
 * are `removed`; for B the words A lacks are `added`.
 *
 * Each word is compared with the spaces after it as one token, through `diff`'s
 * array diff: its `diffWords` does the same job on twice as many tokens (each
 * space is one), and its edit search grows with the square of that, which made
 * it the dearest step of a large build. The text of each part is read back from
 * the tokens of its own side, so `same` parts are this version's exact words.
 *
 * @example wordDiff('a big dog', 'a dog', 'a') // [{ text: 'a ', change: 'same' }, { text: 'big ', change: 'removed' }, …]
 */
export function wordDiff(
	text: string,
	counterpart: string,
	which: 'a' | 'b',
	cache: DiffCache = new Map(),
): DiffPart[] {
	const [textA, textB] = which === 'a' ? [text, counterpart] : [counterpart, text];
	const key = `${textA}\u0000${textB}`;
	let diff = cache.get(key);
	if (!diff) {
		const from = tokens(textA);
		const to = tokens(textB);
		const changes = diffArrays(
			from.map((token) => token.trimEnd()),
			to.map((token) => token.trimEnd()),
		);
		diff = { from, to, changes };
		cache.set(key, diff);
	}
	const { from, to, changes } = diff;
	const parts: DiffPart[] = [];
	let i = 0;
	let j = 0;
	const take = (list: string[], start: number, count: number) => list.slice(start, start + count).join('');
	for (const change of changes) {
		const count = change.count ?? change.value.length;
		let part: DiffPart | undefined;
		if (change.added) {
			if (which === 'b') part = { text: take(to, j, count), change: 'added' };
			j += count;
		} else if (change.removed) {
			if (which === 'a') part = { text: take(from, i, count), change: 'removed' };
			i += count;
		} else {
			part = { text: which === 'a' ? take(from, i, count) : take(to, j, count), change: 'same' };
			i += count;
			j += count;
		}
		if (!part) continue;
		const last = parts.at(-1);
		if (last && last.change === part.change) last.text += part.text;
		else parts.push(part);
	}
	return parts;
}

/** Word diffs already made, by the two texts (A's first). */
type DiffCache = Map<string, { from: string[]; to: string[]; changes: ArrayChange<string>[] }>;

/**
 * A word, or a punctuation mark, with the spaces after it. A separator between
 * digits stays in its number ("25,000", "3.5", "25 000" with a no-break or thin
 * space): split, the diff could mark half a number, and a screen reader would
 * read the halves as two numbers.
 */
function tokens(text: string): string[] {
	return (
		text.match(
			/[\p{L}\p{N}]+(?:(?<=\p{N})[.,\u00A0\u202F](?=\p{N})[\p{L}\p{N}]+)*\s*|[^\p{L}\p{N}\s]\s*|\s+/gu,
		) ?? []
	);
}

/** Rows of blocks joined through their sentences, in reading order of A with B-only rows slotted in. */
function groupRows(
	countA: number,
	countB: number,
	sentencesA: AlignedSentence[],
	sentencesB: AlignedSentence[],
): AlignedRow[] {
	// Union-find over blocks: A blocks are 0…countA-1, B blocks follow.
	const parent = Array.from({ length: countA + countB }, (_, i) => i);
	const find = (n: number): number => (parent[n] === n ? n : (parent[n] = find(parent[n]!)));
	const union = (m: number, n: number) => {
		parent[find(m)] = find(n);
	};

	const weights = new Map<string, number>();
	for (const x of sentencesA) {
		for (const p of x.partners) {
			const key = `${x.block}:${sentencesB[p]!.block}`;
			weights.set(key, (weights.get(key) ?? 0) + Math.max(x.score, 0.01));
		}
	}
	const bestA = new Map<number, { other: number; weight: number }>();
	const bestB = new Map<number, { other: number; weight: number }>();
	for (const [key, weight] of weights) {
		const [i, j] = key.split(':').map(Number) as [number, number];
		if ((bestA.get(i)?.weight ?? -1) < weight) bestA.set(i, { other: j, weight });
		if ((bestB.get(j)?.weight ?? -1) < weight) bestB.set(j, { other: i, weight });
	}
	for (const [i, { other }] of bestA) union(i, countA + other);
	for (const [j, { other }] of bestB) union(other, countA + j);

	const groups = new Map<number, { blocksA: number[]; blocksB: number[] }>();
	for (let n = 0; n < countA + countB; n++) {
		const group = groups.get(find(n)) ?? { blocksA: [], blocksB: [] };
		if (n < countA) group.blocksA.push(n);
		else group.blocksB.push(n - countA);
		groups.set(find(n), group);
	}

	const rows = [...groups.values()].map((group): AlignedRow => {
		const inA = sentencesA.filter((x) => group.blocksA.includes(x.block));
		const inB = sentencesB.filter((y) => group.blocksB.includes(y.block));
		const keptHere =
			inA.every((x) => x.relation === 'kept' && group.blocksB.includes(sentencesB[x.partners[0]!]!.block)) &&
			inB.every((y) => y.relation === 'kept' && group.blocksA.includes(sentencesA[y.partners[0]!]!.block));
		const status: RowStatus =
			group.blocksB.length === 0
				? 'only-a'
				: group.blocksA.length === 0
					? 'only-b'
					: keptHere
						? 'kept'
						: 'reworded';
		return { status, ...group, sentencesA: inA, sentencesB: inB };
	});

	// A's order, with each B-only row after the row holding the B block before it.
	const rowOfB = new Map<number, AlignedRow>();
	for (const row of rows) for (const j of row.blocksB) rowOfB.set(j, row);
	const sortKey = (row: AlignedRow): [number, number] => {
		const [firstA] = row.blocksA;
		if (firstA !== undefined) return [firstA, -1];
		// A row with no block of A has one of B.
		const firstB = row.blocksB[0]!;
		for (let j = firstB - 1; j >= 0; j--) {
			const [beforeA] = rowOfB.get(j)!.blocksA;
			if (beforeA !== undefined) return [beforeA, firstB];
		}
		return [-1, firstB];
	};
	return rows.sort((p, q) => {
		const [p1, p2] = sortKey(p);
		const [q1, q2] = sortKey(q);
		return p1 - q1 || p2 - q2;
	});
}

function countAlignment(
	rows: AlignedRow[],
	sentencesA: AlignedSentence[],
	sentencesB: AlignedSentence[],
): AlignmentCounts {
	const rowCounts: Record<RowStatus, number> = { kept: 0, reworded: 0, 'only-a': 0, 'only-b': 0 };
	for (const row of rows) rowCounts[row.status]++;
	const pairs = sentencesA.filter((x) => x.relation === 'kept' || x.relation === 'reworded');
	return {
		rows: rowCounts,
		sentences: {
			kept: pairs.filter((x) => x.relation === 'kept').length,
			reworded: pairs.filter((x) => x.relation === 'reworded').length,
			// Each sentence with several counterparts is one merge or split.
			mergedOrSplit:
				sentencesA.filter((x) => x.relation === 'split').length +
				sentencesB.filter((y) => y.relation === 'merged').length,
			onlyA: sentencesA.filter((x) => x.relation === 'only').length,
			onlyB: sentencesB.filter((y) => y.relation === 'only').length,
		},
	};
}
