import type { ArticleEntry } from '../loading/content-set';
import type { ClaimNode, StoryNode } from '../record/graph';
import {
	mostTravelled,
	travelDrift,
	travelOfClaim,
	type TravelReading,
	shortOrigin,
	type TravelRecord,
} from '../record/travel';
import { wordingJudgements } from '../schemas/wording';
import { paths } from '../site/paths';
import {
	describeDate,
	stanceLabels,
	travelChange,
	travelDriftSentence,
	travelWords,
	versionTitle,
} from '../strings';

/**
 * The travel record as a page shows it: a table (the text equivalent, read by
 * screen readers and search) and the geometry of a picture drawn at build time
 * as inline SVG, time across and one row a mark. Pure words and numbers: the
 * component only draws them.
 */

export type TravelRole = 'origin' | 'relay' | 'version';

/** One row of the table, and one mark of the picture. */
export interface TravelRow {
	role: TravelRole;
	roleLabel: string;
	who: string;
	/** Its evidence page or version, where it has one. */
	path: string | undefined;
	/** "YYYY-MM-DD", or undefined when undated. */
	date: string | undefined;
	when: string;
	/** Its words as the record holds them; undefined when the record has none. */
	words: string | undefined;
	/** How firmly its words put the matter: "considering", "may", "will"… */
	stance: string;
	/** Whether its words carry a hedge: the picture draws such a mark hollow. */
	hedged: boolean;
	/** What it kept or changed, or for an origin what we know of it. */
	changed: string;
}

export interface TravelMark {
	role: TravelRole;
	x: number;
	y: number;
	hedged: boolean;
	/** Its words cannot be read for a hedge (not in English). */
	unread: boolean;
	label: string;
}

export interface TravelPicture {
	width: number;
	height: number;
	/** Its accessible name. */
	name: string;
	/** Each day (and "Undated") at its place across. */
	columns: { x: number; label: string; date: string | undefined }[];
	marks: TravelMark[];
	/** A line from an origin to each of its relays, and from a relay to a version that cites it. */
	links: string[];
	/** Where the line between the relays and the versions stands when no link can be drawn. */
	gap: { y: number; x1: number; x2: number } | undefined;
	axisY: number;
}

export interface TravelView {
	/** Where the full record is, on the claim's page. */
	path: string;
	claim: string;
	drift: string;
	/** What the record cannot show, each in a sentence. */
	notes: string[];
	rows: TravelRow[];
	picture: TravelPicture;
}

const width = 640;
const left = 16;
const labelRoom = 250;
const top = 44;
const rowHeight = 28;
const widestColumn = 130;

const hedged = (reading: TravelReading | undefined) =>
	reading !== undefined &&
	(reading.hedges.length > 0 || reading.stance === 'considering' || reading.stance === 'possible');
const figureText = (reading: TravelReading | undefined) => reading?.figure?.text;

/**
 * The rows of the travel record: the origins first, then the relays by date,
 * then the versions in version order.
 */
export function travelRows(record: TravelRecord, versions: ArticleEntry[]): TravelRow[] {
	const articles = new Map(versions.map((article) => [article.id, article]));
	const originOf = new Map(record.origins.map((origin) => [origin.key, origin]));
	return [
		...record.origins.map((origin): TravelRow => ({
			role: 'origin',
			roleLabel: travelWords.origin,
			who: shortOrigin(origin.name),
			path: origin.evidenceId && paths.evidenceItem(origin.evidenceId),
			date: origin.date,
			when: describeDate(origin.date),
			words: origin.reading?.words,
			stance: origin.reading ? stanceLabels[origin.reading.stance] : '–',
			hedged: hedged(origin.reading),
			changed: [
				shortOrigin(origin.name) !== origin.name && travelWords.originAsRecorded(origin.name),
				origin.knownThrough && travelWords.originKnownThrough(shortOrigin(origin.name), origin.knownThrough),
				origin.credits && travelWords.originCredits(origin.credits),
			]
				.filter(Boolean)
				.join(' '),
		})),
		...record.relays.map((relay): TravelRow => ({
			role: 'relay',
			roleLabel: travelWords.relay,
			who: relay.outlet,
			path: paths.evidenceItem(relay.evidenceId),
			date: relay.date,
			when: describeDate(relay.date),
			words: relay.reading.words,
			stance: stanceLabels[relay.reading.stance],
			hedged: hedged(relay.reading),
			changed: relay.standsForOrigin
				? travelWords.standsForOrigin
				: travelChange(
						relay.changes,
						{ from: figureText(originOf.get(relay.origin)?.reading), to: figureText(relay.reading) },
						{
							restoresHedge: relay.restoresHedge,
							headlineFirmer: relay.headlineFirmer ? relay.headline?.words : undefined,
						},
					),
		})),
		...record.versions.map((version): TravelRow => {
			const article = articles.get(version.articleId);
			return {
				role: 'version',
				roleLabel: travelWords.version,
				who: article ? versionTitle(article) : version.articleId,
				path: paths.article(version.articleId),
				date: version.date,
				when: version.date ? describeDate(version.date) : travelWords.undated,
				words: version.reading.words,
				stance: stanceLabels[version.reading.stance],
				hedged: hedged(version.reading),
				changed: version.judged.map((id) => wordingJudgements[id].label).join('; '),
			};
		}),
	];
}

/**
 * The picture's geometry: a column for each day an item was published (and
 * one for the undated versions, last), a row for each item so that items of
 * the same day stand apart, a line from each origin to its relays, and a gap,
 * with no line across it, between the relays and versions that cite none.
 */
export function travelPicture(record: TravelRecord, rows: TravelRow[], name: string): TravelPicture {
	const days = [...new Set(rows.flatMap(({ date }) => (date ? [date] : [])))].sort();
	const undated = rows.some(({ date }) => date === undefined);
	const count = days.length + (undated ? 1 : 0);
	const step = count > 1 ? Math.min(widestColumn, (width - left * 2 - labelRoom) / (count - 1)) : 0;
	const columnX = (date: string | undefined) =>
		left + 8 + step * (date === undefined ? days.length : days.indexOf(date));
	const columns = [
		...days.map((date) => ({ x: columnX(date), label: describeDate(date), date })),
		...(undated ? [{ x: columnX(undefined), label: travelWords.undated, date: undefined }] : []),
	];
	const origins = record.origins.length;
	const relays = record.relays.length;
	// The versions sit half a row lower, below the gap no line crosses.
	const rowY = (i: number) => top + rowHeight * i + (i >= origins + relays ? rowHeight / 2 : 0);
	const marks = rows.map((row, i): TravelMark => ({
		role: row.role,
		x: columnX(row.date),
		y: rowY(i),
		hedged: row.hedged,
		unread: row.stance === stanceLabels.unread,
		label: `${row.who} · ${row.stance}`,
	}));
	const curve = (a: TravelMark, b: TravelMark) =>
		`M${a.x} ${a.y} C${a.x} ${(a.y + b.y) / 2} ${b.x} ${a.y} ${b.x} ${b.y}`;
	const links = [
		...record.relays.map((relay, i) => {
			const origin = record.origins.findIndex((o) => o.key === relay.origin);
			return curve(marks[origin]!, marks[origins + i]!);
		}),
		...record.versions.flatMap((version, v) =>
			version.citesRelays.map((id) => {
				const relay = record.relays.findIndex((r) => r.evidenceId === id);
				return curve(marks[origins + relay]!, marks[origins + relays + v]!);
			}),
		),
	];
	const lastRow = rowY(rows.length - 1);
	return {
		width,
		height: lastRow + rowHeight,
		name,
		columns,
		marks,
		links,
		gap:
			record.linkUnknown && record.versions.length > 0
				? { y: rowY(origins + relays) - rowHeight * 0.75, x1: left, x2: width - left }
				: undefined,
		axisY: top - 26,
	};
}

/**
 * Everything a page shows of how a claim travelled, or undefined for a claim
 * with no relay among its evidence.
 *
 * @example travelView(site.claim('nk-workers-25000'))?.drift // 'Between NHK’s report and the versions, …'
 */
export function travelView(
	node: Pick<ClaimNode, 'entry' | 'evidence' | 'citations'>,
): TravelView | undefined {
	const record = travelOfClaim(node);
	if (!record) return undefined;
	const rows = travelRows(
		record,
		node.citations.map(({ article }) => article),
	);
	const claim = node.entry.data.claim;
	return {
		path: `${paths.claim(node.entry.id)}#travel-heading`,
		claim,
		drift: travelDriftSentence(travelDrift(record)),
		notes: record.linkUnknown && record.versions.length > 0 ? [travelWords.linkUnknown] : [],
		rows,
		picture: travelPicture(
			record,
			rows,
			travelWords.pictureName(
				claim,
				record.origins.map((origin) => origin.name),
				record.relays.length,
				record.versions.length,
			),
		),
	};
}

/** A story's drift in one sentence, and where its claim's full record is. */
export interface StoryDrift {
	claimId: string;
	sentence: string;
	/** The claim page's travel record, a site path with its fragment. */
	path: string;
}

/**
 * A story's drift in one sentence: how its most-travelled claim (the one with
 * the most relays we read) changed between its origin and the versions, with
 * where its full record is. Undefined when no claim of the story has a relay.
 *
 * @example storyDrift(site.story('alabuga-north-korean-workers'))?.sentence // 'Between NHK’s report and the versions, …'
 */
export function storyDrift(story: Pick<StoryNode, 'claims'>): StoryDrift | undefined {
	const found = mostTravelled(
		story.claims.flatMap((node) => {
			const record = travelOfClaim(node);
			return record ? [{ node, record }] : [];
		}),
	);
	if (!found) return undefined;
	return {
		claimId: found.node.entry.id,
		sentence: travelDriftSentence(travelDrift(found.record)),
		path: `${paths.claim(found.node.entry.id)}#travel-heading`,
	};
}
