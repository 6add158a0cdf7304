import {
	citationSupportIds,
	citationSupports,
	failingSupports,
	type CitationSupportId,
} from '../schemas/citation-support';
import { listOf, plural } from '../lib/strings';
import type { Source } from '../schemas/source';
import type { TimelineEvent } from '../schemas/story';
import { extractFigures } from './figures';

/**
 * The citation audit: rules applied to each cited source, using only what the
 * content records (its outlet, title, date, address, the reference lists that
 * cite it, and the claims checked against it). Nothing here knows about any
 * particular outlet or source.
 */

/** `flag`: a problem; `ok`: the rule passes; `unknown`: the content cannot tell; `note`: a fact worth knowing. */
export type CheckOutcome = 'flag' | 'ok' | 'unknown' | 'note';

/** One rule's verdict on one source, with its reason in words. */
export interface Check {
	rule: 'link' | 'domain' | 'date' | 'title' | 'numbering' | 'support' | 'versions';
	outcome: CheckOutcome;
	reason: string;
}

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
 * @example auditSources([{ id: 'x', source, citations, claims }])[0].checks.map((c) => c.reason)
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
	if (source.url)
		return { rule: 'link', outcome: 'ok', reason: `The citation gives an address: ${source.url}` };
	const lost = /\blink\b/i.test(source.citedAs);
	return {
		rule: 'link',
		outcome: 'flag',
		reason: lost
			? 'The reference shows the word “link”, but no address survives, so a reader cannot open it.'
			: 'The citation gives no address, so a reader cannot open it.',
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
	const host = new URL(source.url).hostname;
	return domainMatchesOutlet(source.url, source.outlet)
		? {
				rule: 'domain',
				outcome: 'ok',
				reason: `The address is on ${host}, which matches the outlet ${source.outlet}.`,
			}
		: {
				rule: 'domain',
				outcome: 'flag',
				reason: `The address is on ${host}, which does not match the outlet ${source.outlet}.`,
			};
}

/**
 * The date a source carries, as "YYYY", "YYYY-MM" or "YYYY-MM-DD": from its
 * cited date, or failing that from a /YYYY/MM/ path in its address.
 *
 * @example sourceDate({ url: 'https://x.com/2022/10/story/' }) // { date: '2022-10', from: 'url' }
 */
export function sourceDate(
	source: Pick<Source, 'date' | 'url'>,
): { date: string; from: 'citation' | 'url' } | undefined {
	if (source.date) {
		if (/^\d{4}-\d{2}(-\d{2})?$/.test(source.date)) return { date: source.date, from: 'citation' };
		const figure = extractFigures(source.date).find((f) => f.kind === 'date' || f.kind === 'year');
		if (figure) return { date: figure.key, from: 'citation' };
	}
	const path = source.url ? /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//.exec(new URL(source.url).pathname) : null;
	return path ? { date: `${path[1]}-${path[2]}`, from: 'url' } : undefined;
}

/** Whether date `a` is wholly before `b`, comparing only as precisely as both are given. */
export function isBefore(a: string, b: string): boolean {
	const length = Math.min(a.length, b.length);
	return a.slice(0, length) < b.slice(0, length);
}

/**
 * Whether the source is dated before the events it is cited for: its date
 * against the earliest timeline event of each claim a version cites it for.
 */
function checkDate({ source, claims }: AuditInput): Check {
	const dated = sourceDate(source);
	if (!dated) {
		return {
			rule: 'date',
			outcome: 'unknown',
			reason: 'The citation gives no date, so its timing cannot be checked.',
		};
	}
	const how =
		dated.from === 'url'
			? `The citation gives no date; its address carries ${dated.date}, which may not be the publication date`
			: `Dated ${source.date} as cited`;
	const timed = new Map<string, TimelineEvent>();
	for (const claim of claims) if (claim.earliestEvent) timed.set(claim.id, claim.earliestEvent);
	if (timed.size === 0) {
		return {
			rule: 'date',
			outcome: 'unknown',
			reason: `${how}; the claims it is cited for name no dated event, so whether it predates them cannot be told.`,
		};
	}
	const describe = (entries: [string, TimelineEvent][]) =>
		entries.map(([id, event]) => `${id} (${event.event.replace(/\.$/, '')}, ${event.date})`).join('; ');
	const early = [...timed].filter(([, event]) => isBefore(dated.date, event.date));
	if (early.length > 0) {
		return {
			rule: 'date',
			outcome: 'flag',
			reason: `${how}: that is before the earliest event of the claims it is cited for, so it cannot report them: ${describe(early)}.`,
		};
	}
	return {
		rule: 'date',
		outcome: 'ok',
		reason: `${how}; not before the earliest event of any claim it is cited for: ${describe([...timed])}.`,
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
			reason: `The same title is cited as another source: ${twins.map((twin) => twin.id).join(', ')}.`,
		});
	}
	const repeated = /\b(\p{L}+)\s+\1\b/iu.exec(title);
	if (repeated) {
		checks.push({ rule: 'title', outcome: 'flag', reason: `The title repeats a word: “${repeated[0]}”.` });
	}
	const opens = (citedAs.match(/[“‘]/g) ?? []).length;
	const closes = (citedAs.match(/[”’]/g) ?? []).length;
	if (opens > 0 && opens !== closes && /"/.test(citedAs)) {
		checks.push({
			rule: 'title',
			outcome: 'note',
			reason:
				'In the reference as cited, the title opens with a curly quote mark and closes with a straight one, a sign the list was retyped or mangled in copying.',
		});
	}
	return checks;
}

function checkNumbering({ citations }: AuditInput): Check[] {
	return citations.flatMap((citation): Check[] => {
		if (citation.number === undefined && citation.inlineNumbers.length > 0) {
			const range = `[${Math.min(...citation.inlineNumbers)}] to [${Math.max(...citation.inlineNumbers)}]`;
			return [
				{
					rule: 'numbering',
					outcome: 'flag',
					reason: `${capital(citation.versionName)} cites by number (${range}) but lists this source without a number; only its place in the list (item ${citation.position}) would tie it to [${citation.position}].`,
				},
			];
		}
		if (citation.number !== undefined && citation.inlineNumbers.length === 0) {
			return [
				{
					rule: 'numbering',
					outcome: 'unknown',
					reason: `${capital(citation.versionName)} numbers it [${citation.number}] but its text never cites a number, so it does not say which passage rests on it.`,
				},
			];
		}
		if (citation.number !== undefined && !citation.inlineNumbers.includes(citation.number)) {
			return [
				{
					rule: 'numbering',
					outcome: 'flag',
					reason: `${capital(citation.versionName)} lists it as [${citation.number}], a number its text never cites.`,
				},
			];
		}
		return [];
	});
}

/** How the versions' citations of the source bear their claims: claims counted per citation support. */
function checkSupport({ claims }: AuditInput): Check {
	if (claims.length === 0) {
		return { rule: 'support', outcome: 'unknown', reason: 'No version cites it for any claim on this site.' };
	}
	const counts = citationSupportIds
		.map((id) => ({
			id,
			count: new Set(claims.filter((claim) => claim.citation === id).map((claim) => claim.id)).size,
		}))
		.filter(({ count }) => count > 0);
	const reason = `Cited for ${plural(new Set(claims.map((claim) => claim.id)).size, 'claim')}: ${counts
		.map(({ id, count }) => `${citationSupports[id].label.toLowerCase()}, ${count}`)
		.join('; ')}.`;
	if (counts.some(({ id }) => failingSupports.includes(id)))
		return { rule: 'support', outcome: 'flag', reason };
	return {
		rule: 'support',
		outcome: counts.some(({ id }) => id === 'title-states') ? 'ok' : 'unknown',
		reason,
	};
}

function checkVersions(input: AuditInput, all: AuditInput[]): Check[] {
	const names = input.citations.map((citation) => citation.versionName);
	const checks: Check[] = [
		{
			rule: 'versions',
			outcome: 'note',
			reason: names.length > 1 ? `Cited by ${listOf(names)}.` : `Cited by ${names[0] ?? 'no version'} only.`,
		},
	];
	const mine = new Set(input.citations.map((citation) => citation.articleId));
	const sameOutlet = all.filter(
		(other) =>
			other.id !== input.id &&
			normaliseTitle(other.source.outlet) === normaliseTitle(input.source.outlet) &&
			other.citations.some((citation) => !mine.has(citation.articleId)),
	);
	for (const other of sameOutlet) {
		const where = other.citations.filter((citation) => !mine.has(citation.articleId));
		checks.push({
			rule: 'versions',
			outcome: 'note',
			reason: `${capital(listOf(where.map((citation) => citation.versionName)))} cites another item from ${input.source.outlet}: “${other.source.title}”.`,
		});
	}
	return checks;
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
