import type { AlignedRow, AlignedSentence } from '../compare/align';
import {
	blockName,
	entityRows,
	figureRows,
	relationLabels,
	rowLabels,
	type FindingRow,
} from '../compare/labels';
import {
	claimsInRow,
	editorialClaims,
	type ClaimComparison,
	type ComparedClaim,
	type ComparedStory,
	type PairComparison,
	type StoryComparison,
} from '../compare/story';
import { provenances } from '../schemas/provenance';
import { editorialVerdicts, verdicts } from '../schemas/verdict';
import { alignmentPicture, type AlignmentPicture } from '../compare/alignment-picture';
import { auditAnchor, eventAnchor } from '../site/anchors';
import { auditOrder, flagGroups, flagsOf, flagStrength, type Check } from '../compare/audit';
import { outcomeLabels } from '../compare/labels';
import { pairSlug, pairsOnOwnPages, paths, url } from '../site/paths';
import type { StoryDrift } from './travel';
import {
	auditEvent,
	auditFlagCount,
	auditFlagHeadings,
	auditFlagLine,
	auditReason,
	describeDate,
	describeLooseDate,
	plural,
	readingListSentence,
	versionCount,
	versionTitle,
	type AuditFlag,
} from '../strings';
import { readingListFindings } from '../compare/reading-lists';
import { storyFindings, strongestFirst, type FindingPlaces, type StoryFinding } from './story-findings';

/**
 * Everything a comparison page shows, decided here so the page only renders.
 * A story of two versions shows its one pair whole on the page; a story of
 * more gives each pair a page of its own (`comparisonPairPage`) and keeps the
 * story's page to what grows slowly: one line per pair, the picture, and one
 * column per version in the claims matrix.
 */

/** A line of text with, where it has one, a lead in bold and links before or after the words. */
export interface FindingLine {
	lead?: string;
	link?: { href: string; text: string };
	text: string;
	after?: { href: string; text: string };
}

export interface VersionLine {
	title: string;
	href: string;
	/** How sentences name it: "the scraped page". */
	name: string;
	/** How it came to us ("scraped news page"), where its name does not say so already. */
	provenance?: string;
	writtenOnOrAfter?: { date: string; href: string };
}

export interface FindingTableView {
	caption: string;
	columns: string[];
	rows: FindingRow[];
}

/** One pair of versions, as the pages show it. */
export interface PairView {
	pair: PairComparison;
	/** Where its aligned texts are read: a place on the story's page, or a page of its own. */
	href: string;
	/** "The scraped page (first) and the rewrite (second)". */
	heading: string;
	/** The prefix of its rows' fragment ids. */
	idPrefix: string;
	/** How its texts line up, in words. */
	summary: FindingLine;
	/** The same in a few words: "4 passages matched, 2 in one of the two only". */
	short: string;
	/** What its figures and names do, in words. */
	differences: string;
	/** How sentences name the two versions, and the first at the start of a sentence. */
	names: { a: string; b: string; A: string };
	figures: FindingTableView;
	entities: FindingTableView;
	namedAlike: string;
}

export interface ComparisonPage {
	title: string;
	description: string;
	/** The versions counted in words: "two versions". */
	counted: string;
	versions: VersionLine[];
	/** Whether each pair is shown whole on this page (two versions) or on its own page (more). */
	pairsHere: boolean;
	pairs: PairView[];
	/** What the analysis found, as the home page also leads with it (`storyFindings`). */
	story: StoryFinding[];
	/** What only the comparison tells, after those: each pair, then the counts, each linked to its section. */
	findings: FindingLine[];
	toc: { href: string; text: string }[];
	picture: AlignmentPicture & { title: string; description: string; caption: string };
	claims: { shared: MatrixView; oneSided: MatrixView };
	editorial: ComparedClaim[];
	editorialIntro: string;
	hasTimeline: boolean;
	audit: CitationAuditView;
}

/** An outcome as shown: a symbol and a label, never colour alone; `tone` picks the colour. */
export interface OutcomeView {
	symbol: string;
	label: string;
	tone: string;
}

/** An event a source is cited for, once, with the claims that depend on it. */
export interface AuditEventView {
	text: string;
	/** The event on the page's timeline, when the page shows one. */
	href?: string;
	claims: { text: string; href: string }[];
}

/** One rule's verdict on a source, in words. */
export interface AuditCheckView extends OutcomeView {
	text: string;
	/** For the date rule: the events it judges, each with its claims. */
	events?: AuditEventView[];
}

/** One cited source in the audit. */
export interface AuditSourceView {
	anchor: string;
	title: string;
	href: string;
	/** Its outlet and date in words: "The Diplomat, no date cited". */
	meta: string;
	/** What it is flagged for, in a line: "Flagged: no address; numbering". */
	status: OutcomeView & { text: string };
	/** Its checks, flags first and strongest first. */
	checks: AuditCheckView[];
	note: string;
}

export interface CitationAuditView {
	/** The reading-list findings, a version whose every citation predates its events first. */
	lead: string[];
	/** How many sources are flagged, and for what: "9 of 9 sources flagged: 4 dated before …". */
	tally: string;
	/** The flagged sources by what they are flagged for, strongest first. */
	groups: { id: string; heading: string; sources: { title: string; href: string }[] }[];
	/** Each version with the date its claims bound it to. */
	written: { name: string; event?: { date: string; text: string; href: string } }[];
	sources: AuditSourceView[];
}

export interface MatrixView {
	id: string;
	caption: string;
	rows: ClaimComparison[];
}

export interface ComparisonPairPage {
	title: string;
	description: string;
	storyHref: string;
	/** The words of the link back to the story's comparison: "The three versions of “…” compared". */
	storyLink: string;
	pair: PairView;
	/** The claims judged editorially that this pair's passages make, to set beside them. */
	editorial: ComparedClaim[];
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The comparison page of a story with two or more versions.
 *
 * @example comparisonPage(story, compareStory(story)).pairs.length // 1 for two versions, 3 for three
 */
export function comparisonPage(
	story: ComparedStory,
	comparison: StoryComparison,
	places: FindingPlaces = { claimsIndex: false },
	drift?: StoryDrift,
): ComparisonPage {
	const count = comparison.versions.length;
	const pairsHere = !pairsOnOwnPages(count);
	const storyId = story.entry.id;
	const pairs = comparison.pairs.map((pair, index) => pairView(storyId, pair, index, pairsHere));
	const made = (row: ClaimComparison) => row.versions.filter((version) => version.made).length;
	const picture = comparisonPicture(story, comparison, pairs);
	return {
		title: `Comparing the versions: ${story.entry.data.title}`,
		description: `The ${versionCount(count)} of “${story.entry.data.title}” aligned sentence by sentence, with their claims, figures, names and citations compared.`,
		counted: versionCount(count),
		versions: comparedVersions(story, comparison),
		pairsHere,
		pairs,
		story: storyFindings(story, places, drift),
		findings: comparisonFindings(comparison, pairs),
		toc: [
			{ href: '#picture-heading', text: 'How the texts line up' },
			{ href: '#alignment-heading', text: pairsHere ? 'The texts, aligned' : 'The versions, two by two' },
			{ href: '#claims-heading', text: 'Claims matrix' },
			{ href: '#figures-heading', text: 'Figures and names' },
			{ href: '#audit-heading', text: 'Citation audit' },
			...(story.timeline.length > 0 ? [{ href: `#timeline-${storyId}`, text: 'Timeline' }] : []),
			{ href: '#editorial-heading', text: 'Editorial judgements' },
		],
		picture: {
			...picture,
			title: `How the passages of the ${versionCount(count)} line up`,
			description: pictureDescription(count, picture),
			caption: `Each column is a version, its passages in reading order, each as tall as its text is long. ${
				count > 2 ? 'Lines join a passage to the matching passage of the version beside it. ' : ''
			}Each passage links to where it is read ${pairsHere ? 'below' : 'beside the other version'}; its name says how it fares in every other version.`,
		},
		claims: claimsMatrix(
			comparison.claims.filter((row) => made(row) > 1),
			comparison.claims.filter((row) => made(row) === 1),
		),
		editorial: editorialClaims(story.claims),
		editorialIntro: `The claims whose verdict is ${editorialVerdicts
			.map((verdict) => `“${verdicts[verdict].label}”`)
			.join(
				' or ',
			)}, and those a version words otherwise than the record, with our reasons. Each also appears beside the aligned passage that makes it.`,
		hasTimeline: story.timeline.length > 0,
		audit: citationAudit(story, comparison),
	};
}

/**
 * The citation audit as the page shows it: the reading-list finding first,
 * then the flagged sources grouped by what the flag means, then each source,
 * those flagged for their dates before those flagged for their form; claims by
 * their words and linked to their pages, dates in words, each event once.
 *
 * @example citationAudit(story, comparison).groups[0].heading // 'Dated before the events it is cited for'
 */
export function citationAudit(story: ComparedStory, comparison: StoryComparison): CitationAuditView {
	const sourceOf = (id: string) => story.sources.find((node) => node.entry.id === id)!.entry;
	const claimOf = (id: string) => story.claims.find((claim) => claim.entry.id === id)?.entry;
	const eventHref = (id: string) => (story.timeline.length > 0 ? { href: `#${eventAnchor(id)}` } : {});
	const sourceLink = (id: string) => ({ title: sourceOf(id).data.title, href: `#${auditAnchor(id)}` });
	const check = (found: Check): AuditCheckView => {
		const view = { ...outcomeView(found.outcome), text: auditReason(found) };
		if (found.finding !== 'dated' || found.events.length === 0) return view;
		const events = found.before ? found.events.filter((entry) => entry.before) : found.events;
		return {
			...view,
			events: events.map(({ event, claimIds }) => ({
				text: auditEvent(event),
				...eventHref(event.id),
				claims: claimIds.map((id) => ({
					text: claimOf(id)?.data.claim ?? id,
					href: url(paths.claim(id)),
				})),
			})),
		};
	};
	return {
		lead: strongestFirst(readingListFindings(story)).map(readingListSentence),
		tally: auditTally(comparison),
		groups: flagGroups(comparison.audit).map(({ flag, ids }) => ({
			id: `audit-flag-${flag}`,
			heading: auditFlagHeadings[flag],
			sources: ids.map(sourceLink),
		})),
		written: story.versions.map(({ entry, writtenOnOrAfter }) => ({
			name: comparison.versions.find((v) => v.id === entry.id)!.name,
			...(writtenOnOrAfter && {
				event: {
					date: describeDate(writtenOnOrAfter.date),
					text: writtenOnOrAfter.event.replace(/\.$/, ''),
					href: `#${eventAnchor(writtenOnOrAfter.id)}`,
				},
			}),
		})),
		sources: auditOrder(comparison.audit).map((entry) => {
			const { data } = sourceOf(entry.id);
			const flags = flagsOf(entry);
			const rank = (c: Check) =>
				c.outcome === 'flag' ? flagStrength.indexOf(c.rule as AuditFlag) : flagStrength.length;
			return {
				anchor: auditAnchor(entry.id),
				title: data.title,
				href: url(paths.source(entry.id)),
				meta: `${data.outlet}, ${data.date ? describeLooseDate(data.date) : 'no date cited'}`,
				status: { ...outcomeView(flags.length > 0 ? 'flag' : 'ok'), text: auditFlagLine(flags) },
				checks: entry.checks
					.map((c, index) => ({ c, index }))
					.sort((a, b) => rank(a.c) - rank(b.c) || a.index - b.index)
					.map(({ c }) => check(c)),
				note: data.note,
			};
		}),
	};
}

/** How many sources the audit flags, and for what, strongest first. */
function auditTally(comparison: StoryComparison): string {
	const flagged = comparison.audit.filter((entry) => entry.flagged).length;
	return `${flagged} of ${plural(comparison.audit.length, 'cited source')} flagged${flagCounts(comparison)}.`;
}

/** What the flagged sources are flagged for, counted, strongest first: ": 4 dated before …; 7 with no address". */
function flagCounts(comparison: StoryComparison): string {
	const groups = flagGroups(comparison.audit);
	return groups.length === 0
		? ''
		: `: ${groups.map(({ flag, ids }) => auditFlagCount(flag, ids.length)).join('; ')}`;
}

function outcomeView(outcome: Check['outcome']): OutcomeView {
	const { symbol, label, tone } = outcomeLabels[outcome];
	return { symbol, label, tone };
}

/** The versions as the comparison lists them: each with its name, provenance and the date its claims bound it to. */
function comparedVersions(story: ComparedStory, comparison: StoryComparison): ComparisonPage['versions'] {
	return story.versions.map(({ entry, writtenOnOrAfter }) => ({
		title: entry.data.title,
		href: url(paths.article(entry.id)),
		name: comparison.versions.find((v) => v.id === entry.id)!.name,
		...provenanceBeside(entry.data.name, provenances[entry.data.provenance].label),
		...(writtenOnOrAfter
			? {
					writtenOnOrAfter: {
						date: describeDate(writtenOnOrAfter.date),
						href: `#${eventAnchor(writtenOnOrAfter.id)}`,
					},
				}
			: {}),
	}));
}

/** The findings only the comparison tells: each pair, then the counts, each linked to its section. */
function comparisonFindings(
	comparison: StoryComparison,
	pairs: ComparisonPage['pairs'],
): ComparisonPage['findings'] {
	const drifting = comparison.claims.filter((row) => row.drift.length > 0).length;
	const unsourced = comparison.claims.filter((row) => row.addedWithoutSource.length > 0).length;
	const namesDiffering = new Set(
		comparison.pairs.flatMap((pair) => pair.entities.filter((e) => e.status !== 'same').map((e) => e.key)),
	).size;
	const flagged = comparison.audit.filter((entry) => entry.flagged).length;
	return [
		...pairs.map((view) => view.summary),
		{
			link: {
				href: '#claims-heading',
				text: `${plural(drifting, 'claim')} hedged or attributed differently`,
			},
			text: `; ${plural(unsourced, 'claim')} one version adds with no attribution we could find and no citation.`,
		},
		{
			link: {
				href: '#figures-heading',
				text: plural(comparison.storySummary.figuresDiffer, 'figure differs', 'figures differ'),
			},
			text: `; ${plural(namesDiffering, 'name')} one version uses and another does not, or names differently.`,
		},
		{
			link: { href: '#audit-heading', text: `${plural(flagged, 'cited source')} flagged` },
			text: ` out of ${comparison.audit.length}${flagCounts(comparison)}.`,
		},
	];
}

/** The alignment picture of the versions, each passage linked to its row in the aligned texts. */
function comparisonPicture(
	story: ComparedStory,
	comparison: StoryComparison,
	pairs: ComparisonPage['pairs'],
) {
	const nodeOf = (id: string) => story.versions.find((node) => node.entry.id === id)!;
	return alignmentPicture(
		comparison.versions.map((reading) => ({
			title: versionTitle(nodeOf(reading.id).entry),
			name: reading.name,
			blocks: reading.blocks,
		})),
		comparison.pairs.map((pair) => ({
			a: comparison.versions.indexOf(pair.a),
			b: comparison.versions.indexOf(pair.b),
			rows: pair.alignment.rows,
		})),
		(pair, row) => `${pairs[pair]!.href.replace(/#.*$/, '')}#${pairs[pair]!.idPrefix}-row-${row + 1}`,
	);
}

/** The claims matrix's two tables: the claims more than one version makes, and those only one makes. */
function claimsMatrix(shared: ClaimComparison[], oneSided: ClaimComparison[]): ComparisonPage['claims'] {
	return {
		shared: {
			id: 'shared-claims',
			caption: `Made by more than one version (${shared.length})`,
			rows: shared,
		},
		oneSided: {
			id: 'one-sided-claims',
			caption: `Made by one version only (${oneSided.length})`,
			rows: oneSided,
		},
	};
}

/**
 * The page of one pair of a story with more than two versions.
 *
 * @example comparisonPairPage(story, comparison, 0).pair.heading // 'The scraped page (first) and the rewrite (second)'
 */
export function comparisonPairPage(
	story: ComparedStory,
	comparison: StoryComparison,
	index: number,
): ComparisonPairPage {
	const pair = comparison.pairs[index];
	if (!pair) throw new Error(`The comparison of "${story.entry.id}" has no pair ${index}`);
	const view = pairView(story.entry.id, pair, index, false);
	const inPair = new Set([...pair.a.sentences, ...pair.b.sentences].flatMap((sentence) => sentence.claims));
	return {
		title: `${capital(pair.a.name)} and ${pair.b.name}, side by side: ${story.entry.data.title}`,
		description: `Two of the ${versionCount(comparison.versions.length)} of “${story.entry.data.title}”, ${pair.a.name} and ${pair.b.name}, aligned sentence by sentence, with their figures and names compared.`,
		storyHref: url(paths.comparison(story.entry.id)),
		storyLink: `The ${versionCount(comparison.versions.length)} of “${story.entry.data.title}” compared`,
		pair: view,
		editorial: editorialClaims(story.claims, new Set([pair.a.id, pair.b.id])).filter((claim) =>
			inPair.has(claim.entry.id),
		),
	};
}

/**
 * A provenance's label beside a version's name, unless every word of the name
 * is already in it ("scraped page" beside "Scraped news page" would say it twice).
 */
export function provenanceBeside(name: string, label: string): { provenance?: string } {
	const labelWords = new Set(label.toLowerCase().split(/\s+/));
	const saysIt = name
		.toLowerCase()
		.replace(/^the /, '')
		.split(/\s+/)
		.every((word) => labelWords.has(word));
	return saysIt ? {} : { provenance: label.toLowerCase() };
}

function pairView(storyId: string, pair: PairComparison, index: number, here: boolean): PairView {
	const { rows, sentences } = pair.alignment.counts;
	const { a, b } = pair;
	const names = `${a.name} and ${b.name}`;
	const href = here ? `#pair-${index + 1}` : url(paths.comparisonPair(storyId, pairSlug(pair)));
	const figures = figureRows(pair);
	const entities = entityRows(pair);
	const figuresDiffer = figures.filter((row) => row.differs).length;
	return {
		pair,
		href,
		heading: `${capital(a.name)} (first) and ${b.name} (second)`,
		idPrefix: here ? `pair-${index + 1}` : 'aligned',
		summary: {
			lead: `${capital(names)}:`,
			text: `${plural(rows.kept + rows.reworded, 'passage')} matched (${rows.kept} kept, ${rows.reworded} reworded), ${rows['only-a']} only in ${a.name}, ${rows['only-b']} only in ${b.name}; sentence by sentence, ${sentences.kept} kept, ${sentences.reworded} reworded, ${sentences.mergedOrSplit} joined or split, ${sentences.onlyA} only in ${a.name}, ${sentences.onlyB} only in ${b.name}.`,
			...(here ? {} : { after: { href, text: `${capital(names)}, side by side` } }),
		},
		short: `${plural(rows.kept + rows.reworded, 'passage')} matched, ${rows['only-a'] + rows['only-b']} in one of the two only`,
		differences: `${plural(figuresDiffer, 'figure differs', 'figures differ')} and ${plural(entities.length, 'name')} ${entities.length === 1 ? 'is' : 'are'} used by one and not the other, or named differently.`,
		names: { a: a.name, b: b.name, A: capital(a.name) },
		figures: {
			caption: `Figures: ${names}`,
			columns: ['Figure', `In ${a.name}`, `In ${b.name}`, 'Finding'],
			rows: figures,
		},
		entities: {
			caption: `Names one version uses and the other does not: ${names}`,
			columns: ['Name', `In ${a.name}`, `In ${b.name}`, 'Finding'],
			rows: entities,
		},
		namedAlike: pair.entities
			.filter((entity) => entity.status === 'same')
			.map((entity) => entity.inA[0])
			.join(', '),
	};
}

/** The picture's text alternative: what it draws, and how many passages fare how. */
function pictureDescription(count: number, picture: AlignmentPicture): string {
	const only = picture.blocks.filter((block) => block.only).length;
	return `${capital(versionCount(count))} side by side, as columns of passages. ${
		count > 2
			? 'Lines join each passage to the matching passage of the version beside it'
			: 'Lines join matching passages'
	}: solid where the words are kept, dashed where they are reworded. ${capital(
		plural(only, 'passage'),
	)} ${only === 1 ? 'is' : 'are'} in one version only, hatched.`;
}

/** One side of a row of the aligned texts: a version's passages there, as paragraphs of sentences. */
export interface AlignedSideView {
	side: 'a' | 'b';
	name: string;
	/** Where the passages stand in the version ("passage 3, passage 4"), or nothing for an empty side. */
	place?: string;
	/** The sentences, grouped by the passage they belong to, each with its relation spelled out where the row's label does not say it. */
	paragraphs: { sentence: AlignedSentence; label: string; aside?: string }[][];
}

/** A row of the aligned texts as the page shows it. */
export interface AlignedRowView {
	id: string;
	status: AlignedRow['status'];
	symbol: string;
	label: string;
	number: number;
	sides: AlignedSideView[];
	/** Claims with an editorial judgement that this row's passages mark. */
	notes: ComparedClaim[];
}

/**
 * The rows of a pair's aligned texts: each side's passages grouped into
 * paragraphs, the row's label in the versions' names, and the editorial notes
 * of the claims the row marks, each beside the first row that marks it.
 */
export function alignedRows(
	pair: PairComparison,
	editorial: ComparedClaim[],
	idPrefix: string,
): AlignedRowView[] {
	const { a, b, alignment } = pair;
	const noted = new Set<string>();
	return alignment.rows.map((row, i) => {
		const ids = claimsInRow(pair, row).filter((id) => !noted.has(id));
		ids.forEach((id) => noted.add(id));
		const side = (
			key: 'a' | 'b',
			reading: typeof a,
			blocks: number[],
			sentences: AlignedSentence[],
		): AlignedSideView => ({
			side: key,
			name: reading.name,
			...(blocks.length > 0 && {
				place: blocks.map((block) => blockName(reading.blocks[block]!.kind, block)).join(', '),
			}),
			paragraphs: byBlock(sentences).map((group) =>
				group.map((sentence) => ({
					sentence,
					label: relationLabels[sentence.relation],
					// In a one-sided row the row's label already says so.
					...((row.status === 'reworded' || row.status === 'kept') &&
						sentence.relation !== 'kept' &&
						sentence.relation !== 'reworded' && { aside: relationLabels[sentence.relation] }),
				})),
			),
		});
		return {
			id: `${idPrefix}-row-${i + 1}`,
			status: row.status,
			symbol: rowLabels[row.status].symbol,
			label:
				row.status === 'only-a'
					? `Only in ${a.name}`
					: row.status === 'only-b'
						? `Only in ${b.name}`
						: rowLabels[row.status].label,
			number: i + 1,
			sides: [side('a', a, row.blocksA, row.sentencesA), side('b', b, row.blocksB, row.sentencesB)],
			notes: editorial.filter((claim) => ids.includes(claim.entry.id)),
		};
	});
}

/** Sentences grouped by the passage they belong to, in order. */
function byBlock(sentences: AlignedSentence[]): AlignedSentence[][] {
	const groups = new Map<number, AlignedSentence[]>();
	for (const sentence of sentences)
		groups.set(sentence.block, [...(groups.get(sentence.block) ?? []), sentence]);
	return [...groups.values()];
}
