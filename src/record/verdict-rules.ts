import { isBefore, sourceDate } from './dates';
import { citationSupports, type CitationSupportId } from '../schemas/citation-support';
import type { Claim, ClaimInVersion } from '../schemas/claim';
import { evidenceKinds, originOf, type Evidence } from '../schemas/evidence';
import type { Source } from '../schemas/source';
import type { TimelineEvent } from '../schemas/story';
import { verdicts, type VerdictId } from '../schemas/verdict';
import { isFaithful, wordingJudgements } from '../schemas/wording';
import { earliestEvent } from './timeline';

/**
 * The rules a claim's judgements are held to. The verdict must follow from
 * the consulted evidence; each version's citation support must follow from the
 * sources it cites and the dates of the events the claim depends on; each
 * version's wording judgement must quote the version and the record as they
 * are, and its note must say the same as the judgement. Each scale's wording
 * lives with the scale (`src/schemas/verdict.ts`,
 * `src/schemas/citation-support.ts`, `src/schemas/wording.ts`); this module
 * applies them and says what broke. An empty list means the judgements hold.
 */

/** Everything a claim's judgements are checked against, already looked up. */
export interface JudgedClaim {
	claim: Claim;
	/** The claim's evidence items, found by id (unknown ids are reported elsewhere). */
	evidence: { id: string; item: Evidence; bears: Claim['evidence'][number]['bears']; shows: string }[];
	/** The events of the timeline the claim may depend on, by id. */
	events: Map<string, TimelineEvent>;
	/** The sources any version may cite, by id. */
	sources: Map<string, Source>;
	/** Each version's own words (headlines and text, as plain text), by article id. */
	texts: Map<string, string>;
}

/** One broken rule: the field it concerns and what is wrong, in words. */
export interface RuleBreach {
	field: string;
	message: string;
}

/**
 * Every way a claim's verdict and citation supports break their rules.
 *
 * @example judgementBreaches({ claim, evidence: [], events, sources }) // [{ field: 'verdict', message: '…' }]
 */
export function judgementBreaches(judged: JudgedClaim): RuleBreach[] {
	const verdict = verdictBreach(judged);
	return [
		...(verdict ? [{ field: 'verdict', message: verdict }] : []),
		...judged.claim.byVersion.flatMap((entry, i) => {
			const message = citationBreach(entry, judged);
			return [
				...(message ? [{ field: `byVersion[${i}].citation`, message }] : []),
				...wordingBreaches(entry, judged).map((breach) => ({
					field: `byVersion[${i}].${breach.field}`,
					message: breach.message,
				})),
			];
		}),
	];
}

/** Whether any consulted item reports the matter itself, so the record has words to set beside a version's. */
function recordReports(evidence: readonly { bears: string }[]): boolean {
	return evidence.some((link) => link.bears !== 'context');
}

/**
 * Words that describe a change to the record's words. A note beside a
 * faithful wording must use none of them; a note beside a changed wording is
 * what says the change, so it must be there.
 */
const changeWords =
	/\b(drop(s|ped)?|add(s|ed)?|harden(s|ed)?|turn(s|ed)?|chang(e|es|ed)|omit(s|ted)?|leaves? out|left out|instead of|soften(s|ed)?|garble(s|d)?|overstate(s|d)?|inflate(s|d)?|rather than|where the record)\b/i;

/**
 * What is wrong with one version's wording judgement: missing where the
 * record has words, present where it has none, words that are not the
 * version's or the record's, a note that says otherwise than the judgement.
 */
function wordingBreaches(entry: ClaimInVersion, { evidence, texts }: JudgedClaim): RuleBreach[] {
	const { wording, note } = entry;
	if (!recordReports(evidence)) {
		return wording
			? [
					{
						field: 'wording',
						message:
							'no consulted item reports the matter (each bears “context” or there is none), so there are no record’s words to set beside the version’s; expected no wording judgement',
					},
				]
			: [];
	}
	if (!wording)
		return [
			{
				field: 'wording',
				message:
					'the record reports the matter, so each version needs a wording judgement; expected wording: { judged: [faithful] or the changes, words: the version’s words, record: the record’s words }',
			},
		];
	const breaches: RuleBreach[] = [];
	const text = texts.get(entry.article);
	if (text !== undefined && !plainWords(text).includes(plainWords(wording.words)))
		breaches.push({
			field: 'wording.words',
			message: `“${wording.words}” is not in the text of "${entry.article}"; expected its words exactly as written, quote marks and all`,
		});
	const accounts = evidence.map((link) => link.shows);
	if (!accounts.some((shows) => plainWords(shows).includes(plainWords(wording.record))))
		breaches.push({
			field: 'wording.record',
			message: `“${wording.record}” is in none of the claim’s evidence accounts; expected the record’s words as one of the evidence links’ “shows” gives them`,
		});
	const change = note?.match(changeWords)?.[0];
	if (isFaithful(wording) && change)
		breaches.push({
			field: 'note',
			message: `the note describes a change (“${change}”) but the wording is judged “${wordingJudgements.faithful.label}”; expected a judgement that names the change, or a note that describes none`,
		});
	if (!isFaithful(wording) && note === undefined)
		breaches.push({
			field: 'note',
			message: `the wording is judged “${wording.judged.map((id) => wordingJudgements[id].label).join('; ')}” but no note says how; expected a note describing the change`,
		});
	return breaches;
}

/** Text compared word for word: runs of white space folded, nothing else changed. */
function plainWords(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The distinct origins of the evidence that bears on a claim in the given ways. */
export function originsOf(evidence: JudgedClaim['evidence'], ...bears: string[]): Map<string, string[]> {
	const origins = new Map<string, string[]>();
	for (const { id, item } of evidence.filter((link) => bears.includes(link.bears))) {
		const origin = originOf(item);
		origins.set(origin, [...(origins.get(origin) ?? []), id]);
	}
	return origins;
}

function verdictBreach({ claim, evidence }: JudgedClaim): string | undefined {
	const stating = originsOf(evidence, 'states');
	const reporting = originsOf(evidence, 'states', 'differs');
	const count = (bears: string) => evidence.filter((link) => link.bears === bears).length;
	const contradicting = count('contradicts');
	const stated = describeOrigins(stating);
	const reported = describeOrigins(reporting);
	const holds: Record<VerdictId, () => string | undefined> = {
		confirmed: () =>
			stating.size < 2
				? `the evidence that states it goes back to ${stating.size === 0 ? 'no origin' : `one origin only (${stated})`}`
				: contradicting > 0
					? `${contradicting} item(s) of evidence contradict it`
					: undefined,
		'official-statement': () =>
			evidence.some(
				(link) => link.bears !== 'context' && link.bears !== 'contradicts' && link.item.kind === 'statement',
			)
				? undefined
				: `no evidence of kind “${evidenceKinds.statement.label}” reports it`,
		'reported-unconfirmed': () =>
			reporting.size !== 1
				? reporting.size === 0
					? 'no evidence states it or reports it differently'
					: `the evidence that reports it goes back to ${reporting.size} independent origins (${reported}), not to one`
				: contradicting > 0
					? `${contradicting} item(s) of evidence contradict it`
					: undefined,
		contradicted: () => (contradicting === 0 ? 'no evidence contradicts it' : undefined),
		'not-found': () => {
			const bearing = evidence.filter((link) => link.bears !== 'context').map((link) => link.id);
			if (bearing.length > 0) return `evidence bears on it directly (${bearing.join(', ')})`;
			return claim.searches.length === 0
				? 'no search is recorded; expected searches: [{ query, where, date, found }] for each search made'
				: undefined;
		},
		'not-checkable': () =>
			claim.kind === 'opinion' || claim.kind === 'forecast' ? undefined : `its kind is “${claim.kind}”`,
	};
	const broken = holds[claim.verdict]();
	return broken && `“${verdicts[claim.verdict].label}” ${verdicts[claim.verdict].rule}; but ${broken}`;
}

function citationBreach(entry: ClaimInVersion, { claim, events, sources }: JudgedClaim): string | undefined {
	const first = earliestEvent(claim, events);
	const dated = entry.sources.flatMap((id) => {
		const source = sources.get(id);
		const date = source && sourceDate(source);
		return date ? [{ id, date: date.date }] : [];
	});
	const early = first ? dated.filter(({ date }) => isBefore(date, first.date)) : [];
	const describeEarly = () =>
		`${early.map(({ id, date }) => `${id} (${date})`).join(', ')} predate(s) “${first!.id}” (${first!.date})`;
	const holds: Record<CitationSupportId, () => string | undefined> = {
		'title-states': () => needsSources() ?? (early.length > 0 ? describeEarly() : undefined),
		'on-topic': () => needsSources() ?? (early.length > 0 ? describeEarly() : undefined),
		'predates-events': () => {
			if (!first) return 'the claim names no timeline event to date the sources against';
			return early.length === 0 ? `no cited source is dated before “${first.id}” (${first.date})` : undefined;
		},
		unresolvable: () =>
			needsSources() ??
			(first && entry.sources.length > 0 && early.length === entry.sources.length
				? `every source it may mean is dated before the events: ${describeEarly()}`
				: undefined),
		'no-citation': () =>
			entry.sources.length > 0 ? `it lists cited source(s) ${entry.sources.join(', ')}` : undefined,
	};
	function needsSources() {
		return entry.sources.length === 0 ? 'it lists no cited source' : undefined;
	}
	const broken = holds[entry.citation]();
	return (
		broken &&
		`“${citationSupports[entry.citation].label}” ${citationSupports[entry.citation].rule}; but ${broken}`
	);
}

function describeOrigins(origins: Map<string, string[]>): string {
	return [...origins].map(([origin, ids]) => `${origin}: ${ids.join(', ')}`).join('; ');
}
