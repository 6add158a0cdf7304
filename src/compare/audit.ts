import { citationSupportIds, failingSupports, type CitationSupportId } from '../schemas/citation-support';
import type { Source } from '../schemas/source';
import type { AuditFinding, AuditFlag } from '../strings';
import type { TimelineEvent } from '../schemas/story';
import { isBefore, sourceDate } from '../record/dates';

/**
 * The citation audit: rules applied to each cited source, using only what the
 * content records (its outlet, title, date, address, the reference lists that
 * cite it, and the claims checked against it). Nothing here knows about any
 * particular outlet or source.
 */

/** `flag`: a problem; `ok`: the rule passes; `unknown`: the content cannot tell; `note`: a fact worth knowing. */
export type CheckOutcome = 'flag' | 'ok' | 'unknown' | 'note';

/** One rule's verdict on one source, and what it found (worded by `auditReason` in `src/strings.ts`). */
export type Check = {
	rule: 'link' | 'domain' | 'date' | 'title' | 'numbering' | 'support' | 'versions';
	outcome: CheckOutcome;
} & AuditFinding;

/** One place a version cites the source. */
export interface Citation {
	articleId: string;
	/** How the version is named in sentences, e.g. "the rewrite". */
	versionName: string;
	/** Its number in the version's list, if the list numbers it. */
	number?: number;
	/** Its place in the list, from 1. */
	position: number;
	/** The inline numbers ("[3]") the version's text uses, for any source. */
	inlineNumbers: number[];
}

/** A claim a version cites the source for, with that version's citation support. */
export interface AuditedClaim {
	id: string;
	/** The version that cites the source for the claim, e.g. "the rewrite". */
	versionName: string;
	citation: CitationSupportId;
	/** The earliest timeline event the claim depends on, if it names any. */
	earliestEvent: TimelineEvent | undefined;
}

export interface AuditInput {
	id: string;
	/** The source as cited: its corrections are not the audit's. */
	source: Omit<Source, 'corrections'>;
	citations: Citation[];
	claims: AuditedClaim[];
}

export interface SourceAudit {
	id: string;
	checks: Check[];
	/** True when any check flags a problem. */
	flagged: boolean;
}

/**
 * Audits each source of a story against the others: the sources are audited
 * together so duplicate titles and outlets shared across versions show.
 *
 * @example auditSources([{ id: 'x', source, citations, claims }])[0].checks.map((c) => c.finding)
 */
export function auditSources(inputs: AuditInput[]): SourceAudit[] {
	return inputs.map((input) => {
		const checks = [
			checkLink(input.source),
			checkDomain(input.source),
			checkDate(input),
			...checkTitle(input, inputs),
			...checkNumbering(input),
			checkSupport(input),
			...checkVersions(input, inputs),
		].filter((check): check is Check => check !== undefined);
		return { id: input.id, checks, flagged: checks.some((check) => check.outcome === 'flag') };
	});
}

function checkLink(source: AuditInput['source']): Check {
	if (source.url) return { rule: 'link', outcome: 'ok', finding: 'address', url: source.url };
	return {
		rule: 'link',
		outcome: 'flag',
		finding: 'no-address',
		showsWordLink: /\blink\b/i.test(source.citedAs),
	};
}

/**
 * Whether an address's domain belongs to the outlet: the outlet's name, with
 * spaces and "The" optional, must appear in the host name, or its initials must.
 *
 * @example domainMatchesOutlet('https://thediplomat.com/x', 'The Diplomat') // true
 * @example domainMatchesOutlet('https://www.npr.org/x', 'National Public Radio') // true
 */
export function domainMatchesOutlet(url: string, outlet: string): boolean {
	const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
	const labels = host.split('.').slice(0, -1).join('');
	const words = outlet
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s]/gu, '')
		.split(/\s+/)
		.filter(Boolean);
	const withoutThe = words.filter((word, i) => !(i === 0 && word === 'the'));
	const initials = withoutThe.map((word) => word[0]).join('');
	return (
		[words.join(''), withoutThe.join(''), ...withoutThe.filter((word) => word.length > 3)].some(
			(form) => form.length > 0 && labels.includes(form),
		) ||
		(initials.length > 1 && labels.includes(initials))
	);
}

function checkDomain(source: AuditInput['source']): Check | undefined {
	if (!source.url) return undefined;
	const matches = domainMatchesOutlet(source.url, source.outlet);
	return {
		rule: 'domain',
		outcome: matches ? 'ok' : 'flag',
		finding: 'domain',
		host: new URL(source.url).hostname,
		outlet: source.outlet,
		matches,
	};
}

/**
 * Whether the source is dated before the events it is cited for: its date
 * against the earliest timeline event of each claim a version cites it for.
 * Claims that share an event are gathered under it, so each event is judged
 * (and shown) once, in date order.
 */
function checkDate({ source, claims }: AuditInput): Check {
	const dated = sourceDate(source);
	if (!dated) return { rule: 'date', outcome: 'unknown', finding: 'undated' };
	const byEvent = new Map<string, { event: TimelineEvent; claimIds: string[] }>();
	for (const { id, earliestEvent: event } of claims) {
		if (!event) continue;
		const entry = byEvent.get(event.id) ?? { event, claimIds: [] };
		if (!entry.claimIds.includes(id)) entry.claimIds.push(id);
		byEvent.set(event.id, entry);
	}
	const events = [...byEvent.values()]
		.sort((a, b) => a.event.date.localeCompare(b.event.date))
		.map((entry) => ({ ...entry, before: isBefore(dated.date, entry.event.date) }));
	const before = events.some((entry) => entry.before);
	return {
		rule: 'date',
		outcome: events.length === 0 ? 'unknown' : before ? 'flag' : 'ok',
		finding: 'dated',
		dating: { ...dated, cited: source.date },
		events,
		before,
	};
}

function normaliseTitle(title: string): string {
	return title
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function checkTitle(input: AuditInput, all: AuditInput[]): Check[] {
	const checks: Check[] = [];
	const { title, citedAs } = input.source;
	const twins = all.filter(
		(other) => other.id !== input.id && normaliseTitle(other.source.title) === normaliseTitle(title),
	);
	if (twins.length > 0) {
		checks.push({
			rule: 'title',
			outcome: 'flag',
			finding: 'title-twins',
			twins: twins.map((twin) => ({ id: twin.id, outlet: twin.source.outlet })),
		});
	}
	const repeated = /\b(\p{L}+)\s+\1\b/iu.exec(title);
	if (repeated) {
		checks.push({ rule: 'title', outcome: 'flag', finding: 'title-repeats-word', words: repeated[0] });
	}
	const opens = (citedAs.match(/[“‘]/g) ?? []).length;
	const closes = (citedAs.match(/[”’]/g) ?? []).length;
	if (opens > 0 && opens !== closes && /"/.test(citedAs)) {
		checks.push({ rule: 'title', outcome: 'note', finding: 'title-quotes-mismatched' });
	}
	return checks;
}

function checkNumbering({ citations }: AuditInput): Check[] {
	return citations.flatMap(({ versionName, number, inlineNumbers, position }): Check[] => {
		if (number === undefined && inlineNumbers.length > 0) {
			const [first, last] = [Math.min(...inlineNumbers), Math.max(...inlineNumbers)];
			return [
				{
					rule: 'numbering',
					outcome: 'flag',
					finding: 'unnumbered-in-numbered-text',
					versionName,
					first,
					last,
					position,
				},
			];
		}
		if (number !== undefined && inlineNumbers.length === 0)
			return [
				{
					rule: 'numbering',
					outcome: 'unknown',
					finding: 'numbered-in-unnumbered-text',
					versionName,
					number,
				},
			];
		if (number !== undefined && !inlineNumbers.includes(number))
			return [{ rule: 'numbering', outcome: 'flag', finding: 'number-never-cited', versionName, number }];
		return [];
	});
}

/** How the versions' citations of the source bear their claims: claims counted per citation support. */
function checkSupport({ claims }: AuditInput): Check {
	if (claims.length === 0) return { rule: 'support', outcome: 'unknown', finding: 'cited-for-no-claim' };
	const counts = citationSupportIds
		.map((id) => ({
			id,
			count: new Set(claims.filter((claim) => claim.citation === id).map((claim) => claim.id)).size,
		}))
		.filter(({ count }) => count > 0);
	const outcome = counts.some(({ id }) => failingSupports.includes(id))
		? 'flag'
		: counts.some(({ id }) => id === 'title-states')
			? 'ok'
			: 'unknown';
	return {
		rule: 'support',
		outcome,
		finding: 'support',
		claims: new Set(claims.map((claim) => claim.id)).size,
		counts,
	};
}

function checkVersions(input: AuditInput, all: AuditInput[]): Check[] {
	const versionNames = input.citations.map((citation) => citation.versionName);
	const checks: Check[] = [{ rule: 'versions', outcome: 'note', finding: 'cited-by', versionNames }];
	const mine = new Set(input.citations.map((citation) => citation.articleId));
	const sameOutlet = all.filter(
		(other) =>
			other.id !== input.id &&
			normaliseTitle(other.source.outlet) === normaliseTitle(input.source.outlet) &&
			other.citations.some((citation) => !mine.has(citation.articleId)),
	);
	for (const other of sameOutlet) {
		checks.push({
			rule: 'versions',
			outcome: 'note',
			finding: 'same-outlet',
			versionNames: other.citations
				.filter((citation) => !mine.has(citation.articleId))
				.map((citation) => citation.versionName),
			outlet: input.source.outlet,
			otherTitle: other.source.title,
		});
	}
	return checks;
}

/**
 * What each kind of flag means for a reader, strongest first: a source dated
 * before the events it is cited for cannot report them, and one cited for
 * claims it cannot bear fails them, whatever its form; the flags of form
 * (address, domain, numbering, title) only make a source harder to check.
 */
export const flagStrength: readonly AuditFlag[] = ['date', 'support', 'link', 'domain', 'numbering', 'title'];

/**
 * The kinds of flag a source's audit raises, strongest first, each once.
 *
 * @example flagsOf(audit) // ['date', 'link']
 */
export function flagsOf(entry: Pick<SourceAudit, 'checks'>): AuditFlag[] {
	const raised = new Set(entry.checks.filter((check) => check.outcome === 'flag').map((check) => check.rule));
	return flagStrength.filter((flag) => raised.has(flag));
}

/**
 * The sources in the order the audit shows them: those with the strongest flag
 * first (dated before their events, then cited for claims they cannot bear,
 * then flags of form), unflagged ones last; the story's order otherwise.
 *
 * @example auditOrder(audit).map((entry) => entry.id) // ['dated-early', 'no-address', 'fine']
 */
export function auditOrder<T extends Pick<SourceAudit, 'checks'>>(audit: readonly T[]): T[] {
	const rank = (entry: T) => {
		const [strongest] = flagsOf(entry);
		return strongest === undefined ? flagStrength.length : flagStrength.indexOf(strongest);
	};
	return audit
		.map((entry, index) => ({ entry, index, rank: rank(entry) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ entry }) => entry);
}

/**
 * The flagged sources grouped by what they are flagged for, strongest kind
 * first, so a reader sees which flags say a source cannot bear its claims and
 * which only that its form is faulty; a source stands in each group it falls in.
 *
 * @example flagGroups(audit) // [{ flag: 'date', ids: ['diplomat'] }, { flag: 'link', ids: ['nhk', 'kyodo'] }]
 */
export function flagGroups(audit: readonly SourceAudit[]): { flag: AuditFlag; ids: string[] }[] {
	return flagStrength
		.map((flag) => ({
			flag,
			ids: auditOrder(audit)
				.filter((entry) => flagsOf(entry).includes(flag))
				.map((entry) => entry.id),
		}))
		.filter((group) => group.ids.length > 0);
}
