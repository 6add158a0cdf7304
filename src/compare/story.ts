import type { ArticleEntry, Entry } from '../loading/content-set';
import type { ClaimMarker, TextBlock as RecordedBlock } from '../loading/marked-text';
import type { StoryNode, VersionCitation } from '../record/graph';
import { versionName, type HedgeDrift } from '../strings';
import { alignTexts, matchSentences, type AlignedRow, type Alignment, type Matching } from './align';
import { auditSources, type SourceAudit } from './audit';
import { compareEntities, extractEntities, namesIn, type Entity, type EntityComparison } from './entities';
import { compareFigures, extractFigures, type FigureComparison, type PlacedFigure } from '../text/figures';
import { citationNumbers, findHedges, type Hedge } from './hedges';
import type { BlockSentence } from './sentences';
import { stem } from '../text/words';
import { readText, type TextBlock } from './text';
import { earliestEvent, eventsById } from '../record/timeline';
import type { Article } from '../schemas/article';
import type { Claim } from '../schemas/claim';
import type { Source } from '../schemas/source';
import type { Story, TimelineEvent } from '../schemas/story';
import { isEditorial, type VerdictId } from '../schemas/verdict';
import { isFaithful, type Wording } from '../schemas/wording';

/**
 * The comparison of a story's versions, put together from the pure parts:
 * each version read once, then every pair of versions aligned, and the
 * claims, figures, entities and citations compared. Cost grows with the
 * versions of this story and their length, never with the rest of the site.
 */

/**
 * A story as its comparison reads it, and no more: the versions' own texts and
 * records, the claims they make, the sources they cite with this story's
 * citations of each, and the timeline. The comparison, its summaries and its
 * pages are given this (`comparedStory`), never the site's graph, so a page
 * computing them when it renders is keyed on all they can read
 * (`src/page-models/detail-pages.ts`): a comparison that starts reading
 * something new must add it here first.
 */
export interface ComparedStory {
	entry: { id: string; data: Pick<Story, 'title' | 'timeline'> };
	versions: ComparedVersion[];
	/** Every claim any version makes, in the order of the claims collection. */
	claims: ComparedClaim[];
	/** Every source any version cites. */
	sources: ComparedSource[];
	timeline: StoryNode['timeline'];
}

/** A version of a compared story: its text as the Markdown plugins recorded it, and what is said of it. */
export interface ComparedVersion {
	entry: VersionRecord & {
		/** Its blocks of text, as the comparison reads them: not where they are in the file. */
		textBlocks: Pick<RecordedBlock, 'kind' | 'text' | 'claims'>[];
		/** The claims its markers make, for the ones its headline lines make. */
		markers: Pick<ClaimMarker, 'claimId' | 'text' | 'headline'>[];
	};
	references: { number: number | undefined; source: SourceRecord }[];
	writtenOnOrAfter: TimelineEvent | undefined;
	/** The claims it marks, with the sources it cites for each. */
	claims: { claim: ClaimRecord; citation: { sources: SourceRecord[] } }[];
}

/*
 * Of each record a comparison names, what it reads: the same record's other
 * fields (a version's tags, a claim's searches, any record's corrections)
 * change neither the comparison nor the summaries on its versions' pages.
 */

/** A version as a comparison names it; its text only for the story's own versions. */
export interface VersionRecord {
	id: string;
	data: Pick<Article, 'title' | 'name' | 'provenance' | 'story' | 'references'>;
}

/** A claim as a comparison reads it: of its versions' entries, which words each judgement is on. */
export interface ClaimRecord {
	id: string;
	data: Pick<Claim, 'claim' | 'verdict' | 'rationale' | 'events'> & {
		byVersion: Pick<Claim['byVersion'][number], 'article' | 'wording'>[];
	};
}

/** A source as a comparison reads it: the citation, not its corrections. */
export interface SourceRecord {
	id: string;
	data: Omit<Source, 'corrections'>;
}

/** A claim of a compared story, with how each version that makes it, in this story or another, words it. */
export interface ComparedClaim {
	entry: ClaimRecord;
	citations: (Pick<VersionCitation, 'wording' | 'note'> & { article: VersionRecord })[];
}

/** A source a compared story's versions cite. */
export interface ComparedSource {
	entry: SourceRecord;
	/** This story's versions that cite it, with the number each gives it. */
	citedBy: { article: VersionRecord; number: number | undefined }[];
	/** The claims this story's versions cite it for. */
	claims: { claim: ClaimRecord; article: VersionRecord; citation: VersionCitation['citation'] }[];
}

/**
 * What the comparison of `story` reads of the site's graph, copied out of it:
 * versions named elsewhere keep their records and leave their texts behind,
 * and each source keeps only this story's citations of it.
 */
export function comparedStory(story: StoryNode): ComparedStory {
	const storyId = story.entry.id;
	const versionRecord = ({ id, data }: ArticleEntry): VersionRecord => ({
		id,
		data: {
			title: data.title,
			name: data.name,
			provenance: data.provenance,
			story: data.story,
			references: data.references,
		},
	});
	const claimRecord = ({ id, data }: Entry<Claim>): ClaimRecord => ({
		id,
		data: {
			claim: data.claim,
			verdict: data.verdict,
			rationale: data.rationale,
			events: data.events,
			byVersion: data.byVersion.map(({ article, wording }) => ({ article, wording })),
		},
	});
	const sourceRecord = ({ id, data: { corrections: _, ...cited } }: Entry<Source>): SourceRecord => ({
		id,
		data: cited,
	});
	const inStory = ({ article }: { article: ArticleEntry }) => article.data.story === storyId;
	return {
		entry: { id: storyId, data: { title: story.entry.data.title, timeline: story.entry.data.timeline } },
		versions: story.versions.map(({ entry, references, writtenOnOrAfter, claims }) => ({
			entry: {
				...versionRecord(entry),
				textBlocks: entry.textBlocks.map(({ kind, text, claims }) => ({ kind, text, claims })),
				markers: entry.markers.map(({ claimId, text, headline }) => ({ claimId, text, headline })),
			},
			references: references.map(({ number, source }) => ({ number, source: sourceRecord(source) })),
			writtenOnOrAfter,
			claims: claims.map(({ claim, citation }) => ({
				claim: claimRecord(claim),
				citation: { sources: citation.sources.map(sourceRecord) },
			})),
		})),
		claims: story.claims.map(({ entry, citations }) => ({
			entry: claimRecord(entry),
			citations: citations.map(({ article, wording, note }) => ({
				article: versionRecord(article),
				...(wording ? { wording } : {}),
				...(note ? { note } : {}),
			})),
		})),
		sources: story.sources.map(({ entry, citedBy, claims }) => ({
			entry: sourceRecord(entry),
			citedBy: citedBy
				.filter(inStory)
				.map(({ article, number }) => ({ article: versionRecord(article), number })),
			claims: claims.filter(inStory).map(({ claim, article, citation }) => ({
				claim: claimRecord(claim),
				article: versionRecord(article),
				citation,
			})),
		})),
		timeline: story.timeline,
	};
}

/** One version, read for comparison. */
export interface VersionReading {
	id: string;
	/** How sentences name it: "the scraped page". */
	name: string;
	blocks: TextBlock[];
	/** Every sentence, in text order: the alignment numbers them by their place here. */
	sentences: BlockSentence[];
	inlineNumbers: number[];
	/** The claims its headline lines make, with the line's words: they are not part of the text. */
	headlines: { claimId: string; text: string }[];
}

/** One pair of versions compared. */
export interface PairComparison {
	a: VersionReading;
	b: VersionReading;
	alignment: Alignment;
	figures: (FigureComparison & { contextA: string[]; contextB: string[] })[];
	entities: EntityComparison[];
}

/** How one version makes one claim. */
export interface ClaimInVersion {
	articleId: string;
	made: boolean;
	/** The marked words, once per distinct wording. */
	wordings: string[];
	hedges: Hedge[];
	citations: number[];
}

/** One row of the claims matrix. */
export interface ClaimComparison {
	claim: ComparedClaim;
	versions: ClaimInVersion[];
	/** Hedges or attributions some versions give and others do not (worded by `hedgeDrift` in `src/strings.ts`). */
	drift: HedgeDrift[];
	/** The versions that make the claim alone, with no attribution or citation. */
	addedWithoutSource: string[];
}

export interface ArticleSummary {
	/** Claims this version makes that another version makes too. */
	shared: number;
	/** Claims only this version makes. */
	onlyHere: number;
	/** Figures that differ between this version and another. */
	figuresDiffer: number;
	/** Sources this version cites that the audit flags. */
	citationsFlagged: number;
	/** For one version: the latest event it reports, so it was written on or after that day. */
	writtenOnOrAfter?: TimelineEvent;
}

export interface StoryComparison {
	storyId: string;
	versions: VersionReading[];
	pairs: PairComparison[];
	claims: ClaimComparison[];
	audit: SourceAudit[];
	summaries: Map<string, ArticleSummary>;
	/** The same counts for the story as a whole (`onlyHere`: claims made by one version only). */
	storySummary: ArticleSummary;
}

/**
 * Reads one version: its blocks and sentences, with the claims each carries,
 * from what the Markdown pipeline recorded when it rendered the text.
 */
export function readVersion(node: Pick<ComparedVersion, 'entry'>): VersionReading {
	const { blocks, sentences } = readText(node.entry.textBlocks);
	return {
		id: node.entry.id,
		name: versionName(node.entry),
		blocks,
		sentences,
		inlineNumbers: [...new Set(blocks.flatMap((block) => citationNumbers(block.text)))].sort((a, b) => a - b),
		headlines: node.entry.markers
			.filter((marker) => marker.headline)
			.map(({ claimId, text }) => ({ claimId, text })),
	};
}

/**
 * Every pair of a list, each once, in the list's order: the order a story's
 * pairs of versions are compared and listed in.
 *
 * @example pairsOf(['a', 'b', 'c']) // [['a', 'b'], ['a', 'c'], ['b', 'c']]
 */
export function pairsOf<T>(items: T[]): [T, T][] {
	return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

/**
 * How the sentences of each pair of a story's versions correspond, pair by
 * pair in `pairsOf` order: the dearest part of a comparison, and a small one,
 * so it can be kept when the comparison itself is not.
 */
export function matchStory(story: Pick<ComparedStory, 'versions'>): Matching[] {
	return pairsOf(story.versions.map(readVersion)).map(([a, b]) => matchSentences(a, b));
}

/**
 * The comparison of every pair of a story's versions, with its claims matrix,
 * figures, entities and citation audit; from the sentences already paired
 * (`matchStory`) when given.
 *
 * @example compareStory(site.stories[0]).pairs[0].alignment.counts
 */
export function compareStory(story: ComparedStory, matchings?: Matching[]): StoryComparison {
	const readings = story.versions.map(readVersion);
	const pairs = pairsOf(readings).map(([a, b], index) => comparePair(a, b, matchings?.[index]));
	const claims = story.claims.map((claim) => compareClaim(claim, readings));
	const audit = auditStory(story, readings);
	return {
		storyId: story.entry.id,
		versions: readings,
		pairs,
		claims,
		audit,
		...summarise(story, pairs, claims, audit),
	};
}

/** What a comparison sums up, by version and for the story. */
export type StorySummaries = Pick<StoryComparison, 'summaries' | 'storySummary'>;

/**
 * What `compareStory` sums up, without the rest: no texts aligned word by
 * word, no names compared. The figures are compared through the sentences
 * already paired.
 *
 * @example summariseStory(story, matchStory(story)).storySummary.figuresDiffer
 */
export function summariseStory(
	story: ComparedStory,
	matchings: Matching[] = matchStory(story),
): StorySummaries {
	const readings = story.versions.map(readVersion);
	const pairs = pairsOf(readings).map(([a, b], index) => ({
		a,
		b,
		figures: pairFigures(a, b, matchings[index]!),
	}));
	const claims = story.claims.map((claim) => compareClaim(claim, readings));
	return summarise(story, pairs, claims, auditStory(story, readings));
}

function summarise(
	story: ComparedStory,
	pairs: Pick<PairComparison, 'a' | 'b' | 'figures'>[],
	claims: ClaimComparison[],
	audit: SourceAudit[],
): StorySummaries {
	const summaries = new Map<string, ArticleSummary>();
	for (const node of story.versions) {
		const id = node.entry.id;
		const made = claims.filter((row) => row.versions.find((v) => v.articleId === id)?.made);
		const differing = new Set(
			pairs
				.filter((pair) => pair.a.id === id || pair.b.id === id)
				.flatMap((pair) => pair.figures.filter((figure) => figure.status !== 'same'))
				.map((figure) => `${figure.kind}:${figure.key}`),
		);
		const cited = new Set(node.references.map(({ source }) => source.id));
		summaries.set(id, {
			shared: made.filter((row) => row.versions.filter((v) => v.made).length > 1).length,
			onlyHere: made.filter((row) => row.versions.filter((v) => v.made).length === 1).length,
			figuresDiffer: differing.size,
			citationsFlagged: audit.filter((entry) => entry.flagged && cited.has(entry.id)).length,
			...(node.writtenOnOrAfter ? { writtenOnOrAfter: node.writtenOnOrAfter } : {}),
		});
	}
	const makers = (row: ClaimComparison) => row.versions.filter((version) => version.made).length;
	const storySummary: ArticleSummary = {
		shared: claims.filter((row) => makers(row) > 1).length,
		onlyHere: claims.filter((row) => makers(row) === 1).length,
		figuresDiffer: new Set(
			pairs.flatMap((pair) =>
				pair.figures.filter((f) => f.status !== 'same').map((f) => `${f.kind}:${f.key}`),
			),
		).size,
		citationsFlagged: audit.filter((entry) => entry.flagged).length,
	};
	return { summaries, storySummary };
}

function comparePair(a: VersionReading, b: VersionReading, matching = matchSentences(a, b)): PairComparison {
	const alignment = alignTexts(a, b, matching);
	const figures = pairFigures(a, b, matching);

	// Names are learnt from running text: headings and Title Case labels would make every word one.
	const running = (reading: VersionReading) =>
		reading.sentences.flatMap((sentence) => {
			const block = reading.blocks[sentence.block]!;
			if (block.kind === 'heading') return [];
			return sentence.start === 0 && block.labelLength > 0
				? [sentence.text.slice(block.labelLength + 1).trim()]
				: [sentence.text];
		});
	const names = namesIn([...running(a), ...running(b)]);
	// The stems of words the texts write in lower case somewhere, to tell "Strike" from "Nordic" in a label.
	const stems = new Set(
		[...running(a), ...running(b)]
			.flatMap((text) => text.match(/(?<![\p{L}])\p{Ll}[\p{L}]*/gu) ?? [])
			.map((word) => stem(word)),
	);
	const entitiesOf = (reading: VersionReading) =>
		reading.sentences.flatMap((sentence) => {
			const block = reading.blocks[sentence.block]!;
			if (block.kind === 'heading') return [];
			if (sentence.start === 0 && block.labelLength > 0) {
				const label = sentence.text.slice(0, block.labelLength);
				const rest = sentence.text.slice(block.labelLength + 1).trim();
				return [...labelEntities(label, names, stems), ...extractEntities(rest, (word) => names.has(word))];
			}
			return extractEntities(sentence.text, (word) => names.has(word));
		});
	return { a, b, alignment, figures, entities: compareEntities(entitiesOf(a), entitiesOf(b)) };
}

/** The figures of a pair of versions compared, each side's sentences read through their counterparts. */
function pairFigures(a: VersionReading, b: VersionReading, matching: Matching): PairComparison['figures'] {
	const place = (reading: VersionReading) =>
		reading.sentences.flatMap((sentence, index) =>
			extractFigures(sentence.text).map((figure): PlacedFigure => ({ ...figure, sentence: index })),
		);
	const partners = (sentences: number[][]) => (index: number) => sentences[index] ?? [];
	const context = (reading: VersionReading, figures: PlacedFigure[]) => [
		...new Set(figures.map((figure) => reading.sentences[figure.sentence]!.text)),
	];
	return compareFigures(place(a), place(b), partners(matching.a), partners(matching.b)).map((figure) => ({
		...figure,
		contextA: context(a, figure.inA as PlacedFigure[]),
		contextB: context(b, figure.inB as PlacedFigure[]),
	}));
}

/**
 * Names in a Title Case label ("Enhanced Nordic Strike Capabilities:"), where
 * capitals say nothing: a word counts only if the texts never use it in lower
 * case, or capitalise it mid-sentence elsewhere; the label's first word never.
 */
function labelEntities(label: string, names: Set<string>, stems: Set<string>): Entity[] {
	const tokens = [...label.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)].slice(1);
	return tokens
		.filter(
			(token) =>
				/^\p{Lu}/u.test(token[0]) && (names.has(token[0]) || !stems.has(stem(token[0].toLowerCase()))),
		)
		.map((token) => ({ text: token[0], key: token[0].toLowerCase(), start: token.index }));
}

function compareClaim(claim: ComparedClaim, readings: VersionReading[]): ClaimComparison {
	const versions = readings.map((reading): ClaimInVersion => {
		const spans = reading.blocks.flatMap((block, index) =>
			block.claims.filter((span) => span.claimId === claim.entry.id).map((span) => ({ block, index, span })),
		);
		const hedges = new Map<string, Hedge>();
		const citations = new Set<number>();
		for (const { block, index, span } of spans) {
			const sentence = reading.sentences.find(
				(s) => s.block === index && s.start <= span.start && s.end >= span.start,
			);
			// The claim's own words, and the words of its sentence no other claim marks ("As reported by Interfax,").
			const others = block.claims.filter((other) => other.claimId !== claim.entry.id);
			let context = block.text.slice(span.start, span.end);
			if (sentence) {
				for (let k = sentence.start; k < sentence.end; k++) {
					const inSpan = k >= span.start && k < span.end;
					const inOther = others.some((other) => k >= other.start && k < other.end);
					if (!inSpan && !inOther) context += block.text[k];
				}
			}
			for (const hedge of findHedges(context)) if (!hedges.has(hedge.term)) hedges.set(hedge.term, hedge);
			// A citation number covers what comes before it in its block.
			for (const number of citationNumbers(block.text.slice(span.end))) citations.add(number);
		}
		const headlines = reading.headlines.filter((headline) => headline.claimId === claim.entry.id);
		for (const { text } of headlines) {
			for (const hedge of findHedges(text)) if (!hedges.has(hedge.term)) hedges.set(hedge.term, hedge);
		}
		return {
			articleId: reading.id,
			made: spans.length > 0 || headlines.length > 0,
			wordings: [
				...new Set([
					...headlines.map(({ text }) => text),
					...spans.map(({ block, span }) => block.text.slice(span.start, span.end)),
				]),
			],
			hedges: [...hedges.values()],
			citations: [...citations].sort((a, b) => a - b),
		};
	});

	const makers = versions.filter((version) => version.made);
	const name = (id: string) => readings.find((reading) => reading.id === id)!.name;
	const drift: HedgeDrift[] = [];
	const terms = [...new Set(makers.flatMap((version) => version.hedges.map((hedge) => hedge.term)))];
	for (const term of terms) {
		const with_ = makers.filter((version) => version.hedges.some((hedge) => hedge.term === term));
		const without = makers.filter((version) => !with_.includes(version));
		if (without.length === 0) continue;
		const example = with_[0]!.hedges.find((hedge) => hedge.term === term)!.text;
		drift.push({
			term,
			example,
			in: with_.map((version) => name(version.articleId)),
			notIn: without.map((version) => name(version.articleId)),
		});
	}
	const addedWithoutSource =
		makers.length < readings.length
			? makers
					.filter(
						(version) =>
							version.citations.length === 0 && !version.hedges.some((hedge) => hedge.kind === 'attribution'),
					)
					.map((version) => version.articleId)
			: [];
	return { claim, versions, drift, addedWithoutSource };
}

function auditStory(story: ComparedStory, readings: VersionReading[]): SourceAudit[] {
	const events = eventsById(story.entry.data);
	const nameOf = (articleId: string) => readings.find((reading) => reading.id === articleId)?.name;
	return auditSources(
		story.sources.map((node) => ({
			id: node.entry.id,
			source: node.entry.data,
			citations: node.citedBy
				.filter(({ article }) => article.data.story === story.entry.id)
				.map(({ article, number }) => {
					const reading = readings.find((r) => r.id === article.id)!;
					const position = article.data.references.findIndex((ref) => ref.source === node.entry.id) + 1;
					return {
						articleId: article.id,
						versionName: reading.name,
						number,
						position,
						inlineNumbers: reading.inlineNumbers,
					};
				}),
			claims: node.claims
				.filter(({ article }) => article.data.story === story.entry.id)
				.map(({ claim, article, citation }) => ({
					id: claim.id,
					versionName: nameOf(article.id) ?? article.id,
					citation,
					earliestEvent: earliestEvent(claim.data, events),
				})),
		})),
	);
}

/**
 * The claims the comparison shows an editorial judgement for: those whose
 * verdict says the record contradicts them, and those a version words in a
 * way the record does not bear out; of `versions` only, when given (a pair's).
 *
 * @example editorialClaims(story.claims).map((claim) => claim.entry.id) // ['nk-workers-25000', …]
 */
export function editorialClaims<
	T extends {
		entry: {
			data: { verdict: VerdictId; byVersion: { article: string; wording?: Wording | undefined }[] };
		};
	},
>(claims: T[], versions?: ReadonlySet<string>): T[] {
	return claims.filter(
		({ entry: { data } }) =>
			isEditorial(data.verdict) ||
			data.byVersion.some(
				({ article, wording }) =>
					(!versions || versions.has(article)) && wording !== undefined && !isFaithful(wording),
			),
	);
}

/**
 * The claims marked in a row's sentences, on either side, in order: so the
 * page can set the editorial judgement on a claim beside the computed row.
 */
export function claimsInRow(pair: PairComparison, row: AlignedRow): string[] {
	return [
		...new Set([
			...row.sentencesA.flatMap((sentence) => pair.a.sentences[sentence.index]!.claims),
			...row.sentencesB.flatMap((sentence) => pair.b.sentences[sentence.index]!.claims),
		]),
	];
}
