import type { Entry } from '../loading/content-set';
import type { Article } from '../schemas/article';
import type { Claim } from '../schemas/claim';
import { originOf, type Evidence } from '../schemas/evidence';
import type { Source } from '../schemas/source';
import type { WordingJudgementId } from '../schemas/wording';
import { extractFigures } from '../text/figures';
import { readHedges } from '../text/hedging';
import type { ClaimNode } from './graph';

/**
 * How a claim travelled: from the report it goes back to, through the relays
 * we consulted, to each version that tells it. Data only, read from the
 * record's own words with the hedge and figure readers; `src/strings.ts`
 * words it. What the record cannot show (an origin's page we did not read, a
 * version that cites no relay) is kept as data, so the page can say so.
 */

/**
 * How firmly words put the matter, from a plan under consideration to a thing
 * under way: "considering" → "may" → "wants to" → "will" → "are heading".
 * `stated` is a plain statement with none of these; `unread` is words the
 * readers cannot read (not in English).
 */
export type Stance = 'considering' | 'possible' | 'intends' | 'future' | 'under-way' | 'stated' | 'unread';

/** The stances from the softest to the firmest; `stated` and `under-way` are equally firm. */
const firmness: Record<Exclude<Stance, 'unread'>, number> = {
	considering: 0,
	possible: 1,
	intends: 2,
	future: 3,
	'under-way': 4,
	stated: 4,
};

/** Words read for how they put the matter. */
export interface TravelReading {
	/** The words, exactly as the record holds them. */
	words: string;
	stance: Stance;
	/** The hedges the hedge reader finds, as written ("considering", "allegedly"). */
	hedges: string[];
	/** The first count the figure reader finds, with its qualifier ("about", "over"). */
	figure: { value: number; qualifier: string | undefined; text: string } | undefined;
}

/** What a hedge became, set against the origin's. */
export type HedgeChange = 'kept' | 'changed' | 'dropped' | 'added' | 'none' | 'unknown';
/** What a figure became: `qualifier` is the same number qualified otherwise ("about" → "up to"). */
export type FigureChange = 'kept' | 'qualifier' | 'changed' | 'dropped' | 'none' | 'unknown';
/** Whether words put the matter more firmly than the origin (`harder`), less, or alike. */
export type TenseChange = 'kept' | 'harder' | 'softer' | 'unknown';

export interface TravelChanges {
	hedge: HedgeChange;
	figure: FigureChange;
	tense: TenseChange;
}

/** A report the claim goes back to. */
export interface TravelOrigin {
	/** What `originOf` gives, shared by its relays. */
	key: string;
	/** Its name as the relays give it, e.g. "NHK". */
	name: string;
	/** The id of its own page among the claim's evidence, when we read it. */
	evidenceId: string | undefined;
	/** Its publication day: its own page's, or else the day of its first relay we read (`dateFromRelays`). */
	date: string;
	dateFromRelays: boolean;
	/** Who it credits: its own page's attribution, or as its first relay gives it. */
	credits: string | undefined;
	/** Its words: from its own page, or, known only through its relays, the words the record takes from one of them. */
	reading: TravelReading | undefined;
	/** The relay whose words and attribution stand for it, when we did not read its page. */
	knownThrough: string | undefined;
}

/** A relay we consulted, set against its origin. */
export interface TravelRelay {
	evidenceId: string;
	outlet: string;
	date: string;
	/** The key of its origin. */
	origin: string;
	/** Its text's words. */
	reading: TravelReading;
	/** Its headline, when the record holds it. */
	headline: TravelReading | undefined;
	changes: TravelChanges;
	/** It keeps the origin's hedge after an earlier relay of the same origin dropped it. */
	restoresHedge: boolean;
	/** Its words stand for an origin we did not read, so they cannot be set against the origin's. */
	standsForOrigin: boolean;
	/** Its headline puts the matter more firmly than its own text. */
	headlineFirmer: boolean;
}

/** A version that tells the claim. */
export interface TravelVersion {
	articleId: string;
	/** Its date, or undefined when it is undated. */
	date: string | undefined;
	reading: TravelReading;
	judged: WordingJudgementId[];
	/** Set against the first origin. */
	changes: TravelChanges;
	/** The relays it cites in its own references, by evidence id; mostly none. */
	citesRelays: string[];
}

export interface TravelRecord {
	claimId: string;
	/** In date order. */
	origins: TravelOrigin[];
	/** In date order, then as the claim lists them. */
	relays: TravelRelay[];
	/** In version order. */
	versions: TravelVersion[];
	/** No version cites any relay, so no line can be drawn from a relay to a version. */
	linkUnknown: boolean;
}

const modal = new Set([
	'may or might',
	'could',
	'would',
	'possibly',
	'probably',
	'likely',
	'perhaps',
	'potentially',
]);
const intent = /\b(?:wants?|wanted|plans?|planned|planning|intends?|intended|aims?) to\b/i;
const future = /\b(?:will|shall|set to|due to|going to|(?:is|are) (?:to|about to))\b/i;
// A headline's "X to send Y" is its future, by news style.
const headlineFuture = /(?:^|\s)to\s+\p{Ll}+/iu;
const underWay =
	/\b(?:(?:is|are) (?:heading|going|travelling|on (?:their|its) way|being (?:sent|dispatched))|(?:have|has) (?:been )?(?:sent|dispatched|arrived)|arrived)\b/i;

/**
 * Reads words for how they put the matter: the hedges the hedge reader finds,
 * the first count, and the stance on the scale from "considering" to "under
 * way". Words with no Latin letters are `unread`: the readers read English.
 *
 * @example readTravel('considering sending about 25,000 workers').stance // 'considering'
 * @example readTravel('North Korea To Send 25,000 Workers', { headline: true }).stance // 'future'
 */
export function readTravel(words: string, { headline = false } = {}): TravelReading {
	if (!/\p{Script=Latin}/u.test(words)) return { words, stance: 'unread', hedges: [], figure: undefined };
	const hedges = readHedges(words).filter((reading) => reading.kind === 'hedge');
	const count = extractFigures(words).find((figure) => figure.kind === 'count' && figure.value !== undefined);
	const terms = hedges.map((reading) => reading.term);
	const stance: Stance = hedges.some((h) => h.term === 'considering' && !intent.test(h.text))
		? 'considering'
		: terms.some((term) => modal.has(term))
			? 'possible'
			: intent.test(words)
				? 'intends'
				: future.test(words) || (headline && headlineFuture.test(words))
					? 'future'
					: underWay.test(words)
						? 'under-way'
						: 'stated';
	return {
		words,
		stance,
		hedges: hedges.filter((h) => !(h.term === 'considering' && intent.test(h.text))).map((h) => h.text),
		figure: count && { value: count.value!, qualifier: count.qualifier?.toLowerCase(), text: count.text },
	};
}

const lowerBounds = new Set(['over', 'more than', 'at least']);

/**
 * What words did to the origin's: its hedge, its figure, how firmly they put it.
 *
 * @example changesFrom(readTravel('may send 25,000'), readTravel('will send over 25,000')).figure // 'changed'
 */
export function changesFrom(origin: TravelReading | undefined, reading: TravelReading): TravelChanges {
	if (!origin || origin.stance === 'unread' || reading.stance === 'unread') {
		return { hedge: 'unknown', figure: 'unknown', tense: 'unknown' };
	}
	const hedge: HedgeChange =
		origin.hedges.length === 0
			? reading.hedges.length === 0
				? 'none'
				: 'added'
			: reading.hedges.length === 0
				? 'dropped'
				: reading.hedges.some((h) => origin.hedges.some((o) => o.toLowerCase() === h.toLowerCase()))
					? 'kept'
					: 'changed';
	const [a, b] = [origin.figure, reading.figure];
	const figure: FigureChange = !a
		? 'none'
		: !b
			? 'dropped'
			: a.value !== b.value || (lowerBounds.has(b.qualifier ?? '') && !lowerBounds.has(a.qualifier ?? ''))
				? 'changed'
				: a.qualifier !== b.qualifier
					? 'qualifier'
					: 'kept';
	const [from, to] = [firmness[origin.stance], firmness[reading.stance]];
	return { hedge, figure, tense: to > from ? 'harder' : to < from ? 'softer' : 'kept' };
}

/**
 * An origin's name without the note the record may add to it, as readers and
 * attributions name it.
 *
 * @example shortOrigin('Zvezda (Russian state television)') // 'Zvezda'
 */
export function shortOrigin(name: string): string {
	return name.split(/\s*[(,;]/)[0] || name;
}

/** A claim, its evidence and its versions, as the travel record reads them. */
export interface TravelInput {
	claim: Entry<Claim>;
	evidence: Entry<Evidence>[];
	versions: { article: Entry<Pick<Article, 'date'>>; sources: Entry<Pick<Source, 'url'>>[] }[];
}

/**
 * The words of a page for this claim: the entry's `words`, else the first
 * phrase its `shows` quotes. Both are written for this claim; the page's own
 * `quote` and headline are not, and may be about another claim it bears on.
 */
function claimWords(link: Claim['evidence'][number]): string | undefined {
	return link.words ?? /“([^”]+)”/.exec(link.shows)?.[1];
}

const byDate = <T extends { date: string }>(items: T[]) =>
	[...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/**
 * The travel record of a claim: each origin, each relay of it we consulted
 * and what it kept or changed, and each version. A claim with no relay among
 * its evidence (background aside) has none: `undefined`.
 *
 * @example travelRecord({ claim, evidence, versions })?.relays.map((r) => r.changes.hedge) // ['kept', 'dropped']
 */
export function travelRecord({ claim, evidence, versions }: TravelInput): TravelRecord | undefined {
	const byId = new Map(evidence.map((entry) => [entry.id, entry]));
	const links = claim.data.evidence.flatMap((link) => {
		const entry = byId.get(link.item);
		return entry && link.bears !== 'context' ? [{ link, entry }] : [];
	});
	const relayLinks = links.filter(({ entry }) => entry.data.kind === 'relay');
	if (relayLinks.length === 0) return undefined;

	const recordWords = new Set(
		claim.data.byVersion.flatMap(({ wording }) => (wording ? [wording.record] : [])),
	);
	const relayed = relayLinks.map(({ link, entry }) => ({
		link,
		entry,
		words: claimWords(link),
		date: entry.data.published,
	}));
	const origins = byDate(
		[...new Set(relayed.map(({ entry }) => originOf(entry.data)))].map((key): TravelOrigin => {
			const own = links.find(({ entry }) => entry.data.kind !== 'relay' && originOf(entry.data) === key);
			const mine = byDate(relayed.filter(({ entry }) => originOf(entry.data) === key));
			const first = mine[0]!;
			const name = first.entry.data.origin!;
			if (own) {
				const words = claimWords(own.link);
				return {
					key,
					name,
					evidenceId: own.entry.id,
					date: own.entry.data.published,
					dateFromRelays: false,
					credits: own.entry.data.attributesTo,
					reading: words === undefined ? undefined : readTravel(words),
					knownThrough: undefined,
				};
			}
			// Known only through its relays: the words the record takes for it, else its first relay's.
			const through = mine.find(({ words }) => words !== undefined && recordWords.has(words)) ?? first;
			const credited = through.entry.data.attributesTo;
			const prefix = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},?\\s+(?:citing\\s+)?`, 'i');
			return {
				key,
				name,
				evidenceId: undefined,
				date: first.date,
				dateFromRelays: true,
				credits: prefix.test(credited) ? credited.replace(prefix, '') : undefined,
				reading: through.words === undefined ? undefined : readTravel(through.words),
				knownThrough: through.entry.data.outlet,
			};
		}),
	);
	const originByKey = new Map(origins.map((origin) => [origin.key, origin]));

	const dropped = new Set<string>();
	const relays = byDate(relayed).flatMap(({ entry, words, date }): TravelRelay[] => {
		if (words === undefined) return [];
		const key = originOf(entry.data);
		const origin = originByKey.get(key)!;
		const reading = readTravel(words);
		const headline =
			entry.data.title === undefined ? undefined : readTravel(entry.data.title, { headline: true });
		const changes = changesFrom(origin.reading, reading);
		const restoresHedge = (changes.hedge === 'kept' || changes.hedge === 'changed') && dropped.has(key);
		if (changes.hedge === 'dropped') dropped.add(key);
		return [
			{
				evidenceId: entry.id,
				outlet: entry.data.outlet,
				date,
				origin: key,
				reading,
				headline,
				changes,
				restoresHedge,
				standsForOrigin: origin.knownThrough === entry.data.outlet && origin.reading?.words === words,
				// A headline says what the page is about, which may be another claim: it counts only when it gives this claim's figure.
				headlineFirmer:
					headline !== undefined &&
					headline.figure !== undefined &&
					headline.figure.value === reading.figure?.value &&
					headline.stance !== 'unread' &&
					reading.stance !== 'unread' &&
					firmness[headline.stance] > firmness[reading.stance],
			},
		];
	});

	const relayUrls = new Map(relays.map((relay) => [byId.get(relay.evidenceId)!.data.url, relay.evidenceId]));
	const versionOf = new Map(versions.map((version) => [version.article.id, version]));
	const travelVersions = claim.data.byVersion.flatMap(({ article, wording }): TravelVersion[] => {
		const version = versionOf.get(article);
		if (!version || !wording) return [];
		const reading = readTravel(wording.words);
		const { date } = version.article.data;
		return [
			{
				articleId: article,
				date: date === 'undated' ? undefined : date,
				reading,
				judged: wording.judged,
				changes: changesFrom(origins[0]?.reading, reading),
				citesRelays: version.sources.flatMap(({ data }) => {
					const id = data.url === undefined ? undefined : relayUrls.get(data.url);
					return id === undefined ? [] : [id];
				}),
			},
		];
	});

	return {
		claimId: claim.id,
		origins,
		relays,
		versions: travelVersions,
		linkUnknown: travelVersions.every((version) => version.citesRelays.length === 0),
	};
}

/** The counts the drift sentence words: how many relays dropped the hedge, how many versions settle it. */
export interface TravelDrift {
	origins: string[];
	/** Whether the first origin's words carry a hedge for the relays to keep or drop. */
	originHedged: boolean;
	relays: number;
	/** Relays whose words the readers could not read. */
	unread: number;
	hedgeDropped: number;
	hedgeRestored: number;
	versions: number;
	/** Versions that state it as settled: "will", "are set to", "are heading", or plainly. */
	settled: number;
	/** Relays and versions that changed the figure. */
	figureChanged: { relays: number; versions: number };
}

const settledStances = new Set<Stance>(['future', 'under-way', 'stated']);

/**
 * The counts behind the story's drift in one sentence (`words.travelDrift`).
 *
 * @example travelDrift(record).hedgeDropped // 1
 */
export function travelDrift(record: TravelRecord): TravelDrift {
	const { origins, relays, versions } = record;
	return {
		origins: origins.map((origin) => origin.name),
		originHedged: (origins[0]?.reading?.hedges.length ?? 0) > 0,
		relays: relays.length,
		unread: relays.filter((relay) => relay.reading.stance === 'unread').length,
		hedgeDropped: relays.filter((relay) => relay.changes.hedge === 'dropped').length,
		hedgeRestored: relays.filter((relay) => relay.restoresHedge).length,
		versions: versions.length,
		settled: versions.filter((version) => settledStances.has(version.reading.stance)).length,
		figureChanged: {
			relays: relays.filter((relay) => relay.changes.figure === 'changed').length,
			versions: versions.filter((version) => version.changes.figure === 'changed').length,
		},
	};
}

/**
 * The claim whose travel record has the most relays: the story's most-travelled
 * claim, for the comparison page's summary.
 */
export function mostTravelled<T extends { record: TravelRecord }>(records: T[]): T | undefined {
	return records.reduce<T | undefined>(
		(best, item) =>
			best === undefined || item.record.relays.length > best.record.relays.length ? item : best,
		undefined,
	);
}

/**
 * The travel record of a claim of the site graph: its evidence and each
 * version's citation as the graph joins them.
 */
export function travelOfClaim(
	node: Pick<ClaimNode, 'entry' | 'evidence' | 'citations'>,
): TravelRecord | undefined {
	return travelRecord({
		claim: node.entry,
		evidence: node.evidence.map(({ evidence }) => evidence),
		versions: node.citations.map(({ article, sources }) => ({ article, sources })),
	});
}
