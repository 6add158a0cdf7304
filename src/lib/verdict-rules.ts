import { isBefore, sourceDate } from '../compare/audit';
import { citationSupports, type CitationSupportId } from '../schemas/citation-support';
import type { Claim, ClaimInVersion } from '../schemas/claim';
import { evidenceKinds, originOf, type Evidence } from '../schemas/evidence';
import type { Source } from '../schemas/source';
import type { TimelineEvent } from '../schemas/story';
import { verdicts, type VerdictId } from '../schemas/verdict';
import { earliestEvent } from './timeline';

/**
 * The rules a claim's two judgements are held to. The verdict must follow from
 * the consulted evidence; the citation support must follow from the sources a
 * version cites and the dates of the events the claim depends on. Each rule's
 * wording lives with its scale (`src/schemas/verdict.ts`,
 * `src/schemas/citation-support.ts`); this module applies them and says what
 * broke. An empty list means the judgements hold.
 */

/** Everything a claim's judgements are checked against, already looked up. */
export interface JudgedClaim {
	claim: Claim;
	/** The claim's evidence items, found by id (unknown ids are reported elsewhere). */
	evidence: { id: string; item: Evidence; bears: Claim['evidence'][number]['bears'] }[];
	/** The events of the timeline the claim may depend on, by id. */
	events: Map<string, TimelineEvent>;
	/** The sources any version may cite, by id. */
	sources: Map<string, Source>;
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
			return message ? [{ field: `byVersion[${i}].citation`, message }] : [];
		}),
	];
}

/** The distinct origins of the evidence that bears on a claim in a given way. */
export function originsOf(evidence: JudgedClaim['evidence'], bears: string): Map<string, string[]> {
	const origins = new Map<string, string[]>();
	for (const { id, item } of evidence.filter((link) => link.bears === bears)) {
		const origin = originOf(item);
		origins.set(origin, [...(origins.get(origin) ?? []), id]);
	}
	return origins;
}

function verdictBreach({ claim, evidence }: JudgedClaim): string | undefined {
	const stating = originsOf(evidence, 'states');
	const count = (bears: string) => evidence.filter((link) => link.bears === bears).length;
	const contradicting = count('contradicts');
	const stated = describeOrigins(stating);
	const holds: Record<VerdictId, () => string | undefined> = {
		confirmed: () =>
			stating.size < 2
				? `the evidence that states it goes back to ${stating.size === 0 ? 'no origin' : `one origin only (${stated})`}`
				: contradicting > 0
					? `${contradicting} item(s) of evidence contradict it`
					: undefined,
		'official-statement': () =>
			evidence.some((link) => link.bears === 'states' && link.item.kind === 'statement')
				? undefined
				: `no evidence of kind “${evidenceKinds.statement.label}” states it`,
		'reported-unconfirmed': () =>
			stating.size !== 1
				? stating.size === 0
					? 'no evidence states it'
					: `the evidence that states it goes back to ${stating.size} independent origins (${stated}), so it is confirmed, not single-sourced`
				: contradicting > 0
					? `${contradicting} item(s) of evidence contradict it`
					: undefined,
		misstated: () => (count('differs') === 0 ? 'no evidence reports it differently' : undefined),
		contradicted: () => (contradicting === 0 ? 'no evidence contradicts it' : undefined),
		'not-found': () => {
			const bearing = evidence.filter((link) => link.bears !== 'context').map((link) => link.id);
			return bearing.length > 0 ? `evidence bears on it directly (${bearing.join(', ')})` : undefined;
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
