import { citationSupports, type CitationSupportId } from './schemas/citation-support';
import {
	shortOrigin,
	type HedgeChange,
	type Stance,
	type TenseChange,
	type TravelChanges,
	type TravelDrift,
} from './record/travel';
import type { TimelineEvent } from './schemas/story';
import type { SearchKind } from './site/search-kinds';

/**
 * The words readers see that the site builds or chooses: counts, dates, names
 * of versions, and the sentences pages pick between depending on the content.
 * Logic (the page models in `src/page-models/`) decides what to say; the
 * words for it come from here, so wording is changed in one place.
 *
 * The labels and meanings of each scale (verdicts, citation supports, claim
 * and topic kinds, corrections) stay beside their values in `src/schemas/`,
 * their single definition. Fixed prose in a page's template stays there.
 */

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * What a version's reading list can bear, as `readingListFindings` in
 * `src/compare/reading-lists.ts` counts it and `readingListSentence` words it.
 */
export interface ReadingListFinding {
	articleId: string;
	/** The version's name, e.g. "rewrite". */
	name: string;
	/** How many items its list holds. */
	listed: number;
	/** Citations of a dated item for a claim with a dated event. */
	datedCitations: number;
	/** Of those, the ones whose item is dated before the event. */
	predating: number;
	/** The distinct items behind the predating citations. */
	predatingItems: number;
	/** Of those items, the ones whose citation gives no date, dated by the year and month in their address. */
	predatingByAddress: number;
	/** The range of the cited items' dates and of the events' dates, as written. */
	itemDates: { first: string; last: string } | undefined;
	eventDates: { first: string; last: string } | undefined;
}

/**
 * A count with its noun, singular or plural, in figures.
 *
 * @example plural(1, 'claim') // '1 claim'
 */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/**
 * A count with its noun, in words up to ten and in figures above.
 *
 * @example countInWords(2, 'version') // 'two versions'
 * @example countInWords(12, 'version') // '12 versions'
 */
export function countInWords(count: number, noun: string, pluralNoun = `${noun}s`): string {
	return `${numberWords[count] ?? count} ${count === 1 ? noun : pluralNoun}`;
}

/**
 * Names joined as a sentence lists them.
 *
 * @example listOf(['the scraped page', 'the rewrite', 'the wire brief']) // 'the scraped page, the rewrite and the wire brief'
 */
export function listOf(names: string[]): string {
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The first few names of a list joined with semicolons, and how many more there
 * are, so a list that grows with the site stays a line long.
 *
 * @example someOf(['A', 'B', 'C', 'D', 'E'], 3, 'version') // 'A; B; C and 2 more versions'
 */
export function someOf(names: string[], shown: number, noun: string): string {
	if (names.length <= shown) return names.join('; ');
	const rest = names.length - shown;
	return `${names.slice(0, shown).join('; ')} and ${rest} more ${rest === 1 ? noun : `${noun}s`}`;
}

/**
 * Text with its first letter in capitals, to begin a line with.
 *
 * @example capitalise('the rewrite') // 'The rewrite'
 */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How a date field reads on the page.
 *
 * @example describeDate('undated') // 'Undated'
 * @example describeDate('2025-06-17') // '17 June 2025'
 */
export function describeDate(date: string): string {
	if (date === 'undated') return 'Undated';
	return dateFormat.format(new Date(`${date}T00:00:00Z`));
}

/**
 * A date as precise as it is given: a year, a month of a year, or a day; a
 * date already in words (a source's date "as cited") stays as it is.
 *
 * @example describeLooseDate('2022-11') // 'November 2022'
 * @example describeLooseDate('March 2023') // 'March 2023'
 */
export function describeLooseDate(date: string): string {
	if (/^\d{4}$/.test(date)) return date;
	if (/^\d{4}-\d{2}$/.test(date)) return monthFormat.format(new Date(`${date}-01T00:00:00Z`));
	if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return describeDate(date);
	return date;
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The central finding of a version's reading list, in a sentence: how many of
 * its citations of dated items for dated claims predate the events, computed.
 *
 * @example readingListSentence({ name: 'rewrite', datedCitations: 4, predating: 4, … }) // 'Every one of the 4 times the rewrite cites …'
 */
export function readingListSentence(finding: ReadingListFinding): string {
	const { name, datedCitations, predating, predatingItems, itemDates, eventDates } = finding;
	const span = (dates: { first: string; last: string } | undefined) =>
		!dates
			? ''
			: dates.first === dates.last
				? describeLooseDate(dates.first)
				: `${describeLooseDate(dates.first)} to ${describeLooseDate(dates.last)}`;
	if (predating === 0)
		return `None of the ${plural(datedCitations, 'citation')} the ${name} makes of a dated item for a dated claim predates the event it is cited for.`;
	if (predating === datedCitations) {
		const { predatingByAddress } = finding;
		const how =
			predatingByAddress === 0
				? 'as cited'
				: predatingByAddress === predatingItems
					? `by the date in ${predatingItems === 1 ? 'its address, as its citation gives none' : 'their addresses, as their citations give none'}`
					: `as cited, or by the date in the address where the citation gives none (${predatingByAddress} of them)`;
		const every =
			datedCitations === 1
				? `The one citation the ${name} makes of its reading list for a dated claim points`
				: `Every one of the ${plural(datedCitations, 'citation')} the ${name} makes of its reading list for a dated claim points`;
		return `${every} to an item dated before the event it is cited for: ${plural(predatingItems, 'item')} dated ${span(itemDates)} ${how}, for events of ${span(eventDates)}. ${datedCitations === 1 ? 'It cannot' : 'None of them can'} report what it is cited for.`;
	}
	return `${predating} of the ${plural(datedCitations, 'citation')} the ${name} makes of its reading list for a dated claim point to an item dated before the event it is cited for (${plural(predatingItems, 'item')}).`;
}

/**
 * The words of a story's findings (`storyFindings` in
 * `src/page-models/story-findings.ts` counts them): each line's lead, and its counts.
 */
export const findingWords = {
	readingListLead: 'Reading list.',
	verdictsLead: 'Verdicts.',
	wordingLead: 'Wording.',
	changedLead: 'Most changed from the record:',
	ofClaims: (claims: number) => `Of ${plural(claims, 'claim')}, `,
	verdictCount: (count: number, label: string) => `${count} ${label.toLowerCase()}`,
	/** A wording judgement's claims: "Hedge dropped, 5 claims", the label in lower case after the first. */
	wordingCount: (count: number, label: string, first: boolean) =>
		`${first ? label : label.toLowerCase()}, ${plural(count, 'claim')}`,
	/** How much the versions change a claim: " (5 changes, in the scraped page and the rewrite)". */
	changes: (changes: number, versions: string[]) => ` (${plural(changes, 'change')}, in ${listOf(versions)})`,
} as const;

// One formatter for the whole build: making one per call costs more than the formatting.
const dateFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/**
 * How an item of evidence is named on a page: its headline in quotes, or, when
 * the copy we read showed none, a description of it (never a made-up headline).
 *
 * @example evidenceName({ title: 'Record drone assault' }) // '“Record drone assault”'
 * @example evidenceName({ title: undefined }) // 'Untitled report (no headline on the copy we read)'
 */
export function evidenceName(evidence: { title?: string | undefined }): string {
	return evidence.title ? `“${evidence.title}”` : 'Untitled report (no headline on the copy we read)';
}

/**
 * A version as readers know it, from its `name`: "the scraped page", "the rewrite".
 *
 * @example versionName({ data: { name: 'rewrite' } }) // 'the rewrite'
 */
export function versionName(article: { data: { name: string } }): string {
	return `the ${article.data.name}`;
}

/** The version's name to begin a line with: "Scraped page", "Rewrite". */
export function versionTitle(article: { data: { name: string } }): string {
	return capitalise(article.data.name);
}

/**
 * A number of versions in words: "one version", "three versions".
 *
 * @example versionCount(3) // 'three versions'
 */
export function versionCount(count: number): string {
	return countInWords(count, 'version');
}

/**
 * Every version of a story, counted in words: "the only version", "both
 * versions", "all three versions". Counts are computed, never written.
 *
 * @example everyVersion(2) // 'both versions'
 */
export function everyVersion(count: number): string {
	if (count <= 1) return 'the only version';
	if (count === 2) return 'both versions';
	return `all ${countInWords(count, 'version')}`;
}

/** What each kind of page site search finds is called: on a result, as a choice of the search page's filter, and counted. */
export const searchKindNames: Record<
	SearchKind,
	{ name: string; plural: string; one: string; many: string }
> = {
	claim: { name: 'Claim', plural: 'Claims', one: 'claim', many: 'claims' },
	evidence: { name: 'Evidence', plural: 'Evidence', one: 'piece of evidence', many: 'pieces of evidence' },
	version: { name: 'Version', plural: 'Versions', one: 'version', many: 'versions' },
	source: { name: 'Source', plural: 'Sources', one: 'source', many: 'sources' },
	topic: { name: 'Topic', plural: 'Topics', one: 'topic', many: 'topics' },
};

/**
 * The sentences and short labels pages choose between. Each is a function of
 * what it needs, so a page model passes the facts and gets the words.
 */
export const words = {
	// Sources, as cited
	noSourceDate: 'No date given',
	sourceDate: (date: string | undefined) =>
		date ? `Dated ${date} as cited` : 'No date given in the citation',
	noSourceAddress: 'No address given in the citation',

	// Outside pages as they were (src/site/external-links.ts): a copy we made, or a look-up that may find none
	archiveLink: (archive: { kind: 'recorded' | 'lookup'; date: string }) =>
		archive.kind === 'recorded'
			? `archived copy, ${describeDate(archive.date)}`
			: `look for an archived copy (Wayback Machine, nearest to ${describeDate(archive.date)})`,
	noReferences: 'This version lists no references.',
	addressGiven: (given: boolean) => (given ? 'address given' : 'no address given'),
	citedAsReference: (number: number | undefined, listHeading: string) =>
		number !== undefined ? ` as reference [${number}]` : ` in its unnumbered “${listHeading}” list`,
	citedFor: (claims: number) => `cited for ${plural(claims, 'claim')}`,
	citedByVersions: (notes: string[]) => `cited by ${notes.join('; ')}`,
	versionCitation: (version: string, label: string) =>
		`${version}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`,

	// Claims
	claimEyebrow: (kind: string) => `Claim · ${kind}`,
	claimDescription: (verdict: string, rationale: string) => `${verdict}: ${rationale}`,
	noEvidenceForClaim: 'No report we consulted bears on it; the rationale says what was searched.',
	placeInSidebar: (version: string, number: number) => `${version} · claim ${number} in its sidebar`,
	readPassageInContext: (index: number, of: number) => `Read passage ${of > 1 ? `${index} ` : ''}in context`,
	compareWording: (story: string, stories: number) =>
		stories > 1
			? `Compare how each version of “${story}” words and hedges it`
			: 'Compare how each version words and hedges it',
	madeInOnlyVersion: 'made in the only version',
	madeInEveryVersion: 'made in every version',
	onlyIn: (versions: string[]) => `only in ${listOf(versions)}`,
	noClaimCitedFor: 'No version cites it for a claim recorded here.',
	sourceTitle: (outlet: string, title: string) => `${outlet}: ${title} (cited source)`,
	sourceEyebrow: (outlet: string) => `Source · ${outlet}`,
	sourceDescription: (outlet: string, title: string, note: string) =>
		`A source cited as “${title}” (${outlet}): ${note}`,
	auditLink: (story: string, stories: number) =>
		stories > 1
			? `See the citation audit of this source beside the others in “${story}”`
			: 'See the citation audit of this source beside the others',

	// The claims sidebar
	claimsMarked: (count: number) => `${count} claims marked in this text.`,
	jumpToClaims: (count: number) => `Jump to the ${count} claims and their sources`,
	noEvidenceFound: 'None found',
	theOnlyVersion: 'The only version',
	backToPassage: (index: number, of: number) => (of > 1 ? String(index) : 'passage'),
	passageOfClaim: (index: number, number: number) => `Passage ${index} of claim ${number} in the text`,

	// Share cards: the image a link preview shows, and its text in words for those who cannot see it
	cardClaimsChecked: (claims: number) => `${plural(claims, 'claim')} checked`,
	claimCardAlt: (claim: string, verdict: string) =>
		`Claim: ${claim}${/[.!?…”]$/.test(claim) ? '' : '.'} Verdict: ${verdict}.`,
	versionCardAlt: (headline: string, outlet: string | undefined, checked: string) =>
		`Version: ${headline}${outlet ? ` (${outlet})` : ''}. ${checked}.`,
	homeCardAlt: (site: string, headline: string) => `${site}: ${headline}`,

	// Versions
	versionLine: (version: string, provenance: string) => `${version}: ${provenance.toLowerCase()}`,
	otherVersions: (count: number) => `Other ${count === 1 ? 'version' : 'versions'}`,
	writtenOnOrAfter: (date: string) => `written on or after ${describeDate(date)}`,
	versionCounts: (claims: number, sources: number) =>
		`${plural(claims, 'claim')} marked · ${plural(sources, 'source')} cited`,
	noDatedEvent: 'its claims name no dated event, so its date cannot be bounded.',

	// Stories
	storyCounts: (versions: number, claims: number, sources: number) =>
		`${plural(versions, 'version')} · ${plural(claims, 'claim')} · ${plural(sources, 'source')} cited`,
	stories: (count: number) => plural(count, 'story', 'stories'),
	allStories: (count: number) => `All ${plural(count, 'story', 'stories')}, with their versions`,
	sharedClaims: (shared: number, versions: number) =>
		`${plural(shared, 'claim')} appear in ${everyVersion(versions)}`,
	seeAllClaims: (count: number) => `see all ${count} claims`,
	timelineSummary: (dates: string[]) =>
		`What happened, and when: ${plural(dates.length, 'event')}${
			dates.length > 1 ? `, ${dates[0]} to ${dates.at(-1)}` : dates.length === 1 ? `, ${dates[0]}` : ''
		}`,

	// Evidence
	evidenceTitle: (outlet: string, title: string | undefined, published: string) =>
		`${outlet}: ${title ?? `report of ${describeDate(published)}`} (evidence)`,
	evidenceHeading: (outlet: string, published: string) => `${outlet}, ${describeDate(published)}`,
	evidenceDescription: (name: string, outlet: string, published: string, reports: string) =>
		`Evidence consulted: ${name} (${outlet}, ${describeDate(published)}). ${reports}`,
	evidenceEyebrow: (outlet: string) => `Evidence · ${outlet}`,
	noHeadline: 'The copy we read showed no headline, so none is given.',
	noClaimBorne: 'It bears on no claim directly; it dates the events below.',
	reportedAfter: 'Reported after the versions',
	bearsOn: (claims: number) => `bears on ${plural(claims, 'claim')}`,
	datesEvents: (events: number) => `dates ${plural(events, 'event')}`,

	// Topics
	topicEyebrow: (kind: string) => `Topic · ${kind}`,

	// Methodology
	rule: (rule: string) => `Rule: it ${rule}.`,
	compareVersionsOf: (story: string) => `Compare the versions of “${story}”`,

	// Indexes
	claimsIndexDescription: (claims: number) =>
		`Every claim the versions of the story make, ${claims} in all, grouped by verdict.`,
	evidenceIndexDescription: (items: number) =>
		`The ${items} pages of public reporting the verdicts rest on, as published.`,
	sourcesIndexDescription: (sources: number) =>
		`The ${sources} sources the versions of the story cite, as they cite them.`,
	pagerLabel: (noun: string) => `Pages of ${noun}`,
	pagerPosition: (
		page: { currentPage: number; lastPage: number; start: number; end: number; total: number },
		noun: string,
	) =>
		`Page ${page.currentPage} of ${page.lastPage}: ${noun} ${page.start + 1}–${page.end + 1} of ${page.total}`,
	indexTitle: (index: string, page: number, of: number) =>
		page === 1 ? index : `${index}, page ${page} of ${of}`,
	claimsAcross: (claims: number, versions: number) =>
		`${plural(claims, 'claim')} across ${plural(versions, 'version')}`,
	claimsOfVerdict: (total: number, onPage: number) =>
		`${plural(total, 'claim')}${onPage < total ? `, ${onPage} on this page` : ''}`,

	/** What a topic is used for in the topics index: its claims, or the versions alone; nothing when neither. */
	topicUse: (claims: number, versions: number) =>
		claims > 0
			? plural(claims, 'claim')
			: versions > 0
				? `In ${plural(versions, 'version')} only`
				: undefined,

	// Corrections
	nothingCorrected: 'Nothing has been corrected, clarified or updated yet.',
	ratingChange: (what: string, from: string, to: string) => `${what}: “${from}” → “${to}”`,
	lastRating: (rating: string) => `Rated “${rating}” when it was removed`,
} as const;

/**
 * What the citation audit can find of a source (`src/compare/audit.ts`), each
 * with the facts it is stated with: the audit returns these, `auditReason`
 * words them.
 */
export type AuditFinding =
	| { finding: 'address'; url: string }
	| { finding: 'no-address'; showsWordLink: boolean }
	| { finding: 'domain'; host: string; outlet: string; matches: boolean }
	| { finding: 'undated' }
	| {
			finding: 'dated';
			dating: SourceDating;
			/** Each earliest event of the claims the source is cited for, once, in date order, with those claims and whether the source predates it. */
			events: { event: TimelineEvent; claimIds: string[]; before: boolean }[];
			/** Whether it predates any of them. */
			before: boolean;
	  }
	| { finding: 'title-twins'; twins: { id: string; outlet: string }[] }
	| { finding: 'title-repeats-word'; words: string }
	| { finding: 'title-quotes-mismatched' }
	| {
			finding: 'unnumbered-in-numbered-text';
			versionName: string;
			first: number;
			last: number;
			position: number;
	  }
	| { finding: 'numbered-in-unnumbered-text'; versionName: string; number: number }
	| { finding: 'number-never-cited'; versionName: string; number: number }
	| { finding: 'cited-for-no-claim' }
	| { finding: 'support'; claims: number; counts: { id: CitationSupportId; count: number }[] }
	| { finding: 'cited-by'; versionNames: string[] }
	| { finding: 'same-outlet'; versionNames: string[]; outlet: string; otherTitle: string };

/** A kind of flag the citation audit raises: the rule that raised it (`flagStrength` in `src/compare/audit.ts` orders them). */
export type AuditFlag = 'date' | 'support' | 'link' | 'domain' | 'numbering' | 'title';

/** What each kind of flag means, as the heading of the sources it is raised on. */
export const auditFlagHeadings: Record<AuditFlag, string> = {
	date: 'Dated before the events it is cited for',
	support: 'Cited for claims it cannot bear',
	link: 'No address',
	domain: 'Address not on the outlet’s domain',
	numbering: 'Numbering',
	title: 'Title',
};

/**
 * How many sources a kind of flag is raised on, in a phrase for a list.
 *
 * @example auditFlagCount('date', 4) // '4 dated before the events they are cited for'
 */
export function auditFlagCount(flag: AuditFlag, count: number): string {
	const they = count === 1 ? 'it is' : 'they are';
	switch (flag) {
		case 'date':
			return `${count} dated before the events ${they} cited for`;
		case 'support':
			return `${count} cited for claims ${count === 1 ? 'it' : 'they'} cannot bear`;
		case 'link':
			return `${count} with no address`;
		case 'domain':
			return `${count} with an address off the outlet’s domain`;
		case 'numbering':
			return `${count} numbered at odds with the text`;
		case 'title':
			return `${count} with a faulty title`;
	}
}

/**
 * What the audit raises on one source, in a line beside its name.
 *
 * @example auditFlagLine(['date', 'link']) // 'Flagged: dated before the events it is cited for; no address'
 */
export function auditFlagLine(flags: readonly AuditFlag[]): string {
	if (flags.length === 0) return 'No flag';
	return `Flagged: ${flags.map((flag) => auditFlagHeadings[flag].toLowerCase()).join('; ')}`;
}

/**
 * One event a source is cited for, with when it happened.
 *
 * @example auditEvent({ date: '2024-10-10', event: 'AP reports recruitment.' }) // '10 October 2024: AP reports recruitment.'
 */
export function auditEvent(event: Pick<TimelineEvent, 'date' | 'event'>): string {
	return `${describeDate(event.date)}: ${event.event}`;
}

/** How a source is dated: as its citation gives it (`cited`), or failing that from its address. */
export interface SourceDating {
	date: string;
	from: 'citation' | 'url';
	cited: string | undefined;
}

/**
 * The audit's finding in a sentence.
 *
 * @example auditReason({ finding: 'title-repeats-word', words: 'the the' }) // 'The title repeats a word: “the the”.'
 */
export function auditReason(found: AuditFinding): string {
	switch (found.finding) {
		case 'address':
			return `The citation gives an address: ${found.url}`;
		case 'no-address':
			return found.showsWordLink
				? 'The reference shows the word “link”, but no address survives, so a reader cannot open it.'
				: 'The citation gives no address, so a reader cannot open it.';
		case 'domain':
			return `The address is on ${found.host}, which ${found.matches ? 'matches' : 'does not match'} the outlet ${found.outlet}.`;
		case 'undated':
			return 'The citation gives no date, so its timing cannot be checked.';
		case 'dated': {
			const when = describeLooseDate(found.dating.date);
			const how =
				found.dating.from === 'url'
					? `The citation gives no date; its address carries ${when}, which may not be the publication date`
					: `Dated ${found.dating.cited ? describeLooseDate(found.dating.cited) : when} as cited`;
			const total = found.events.length;
			const early = found.events.filter((entry) => entry.before).length;
			if (total === 0)
				return `${how}; the claims it is cited for name no dated event, so whether it predates them cannot be told.`;
			if (early === 0)
				return `${how}: not before ${total === 1 ? 'the event' : `any of the ${countInWords(total, 'event')}`} it is cited for.`;
			return early === total
				? `${how}: before ${total === 1 ? 'the event' : `every one of the ${countInWords(total, 'event')}`} it is cited for, so it cannot report ${total === 1 ? 'it' : 'them'}.`
				: `${how}: before ${countInWords(early, 'event').replace(/ events?$/, '')} of the ${countInWords(total, 'event')} it is cited for, so it cannot report ${early === 1 ? 'that one' : 'those'}.`;
		}
		case 'title-twins':
			return `The same title is cited for ${found.twins.length === 1 ? 'another source' : 'other sources'}, from ${listOf(found.twins.map((twin) => twin.outlet))}.`;
		case 'title-repeats-word':
			return `The title repeats a word: “${found.words}”.`;
		case 'title-quotes-mismatched':
			return 'In the reference as cited, the title opens with a curly quote mark and closes with a straight one, a sign the list was retyped or mangled in copying.';
		case 'unnumbered-in-numbered-text':
			return `${capitalise(found.versionName)} cites by number ([${found.first}] to [${found.last}]) but lists this source without a number; only its place in the list (item ${found.position}) would tie it to [${found.position}].`;
		case 'numbered-in-unnumbered-text':
			return `${capitalise(found.versionName)} numbers it [${found.number}] but its text never cites a number, so it does not say which passage rests on it.`;
		case 'number-never-cited':
			return `${capitalise(found.versionName)} lists it as [${found.number}], a number its text never cites.`;
		case 'cited-for-no-claim':
			return 'No version cites it for any claim on this site.';
		case 'support':
			return `Cited for ${plural(found.claims, 'claim')}: ${found.counts
				.map(({ id, count }) => `${citationSupports[id].label.toLowerCase()}, ${count}`)
				.join('; ')}.`;
		case 'cited-by':
			return found.versionNames.length > 1
				? `Cited by ${listOf(found.versionNames)}.`
				: `Cited by ${found.versionNames[0] ?? 'no version'} only.`;
		case 'same-outlet':
			return `${capitalise(listOf(found.versionNames))} cites another item from ${found.outlet}: “${found.otherTitle}”.`;
	}
}

/** A hedge or attribution some versions give a claim and others do not: the term, as one of them words it, and the versions' names each side. */
export interface HedgeDrift {
	term: string;
	example: string;
	in: string[];
	notIn: string[];
}

/**
 * A hedge one version gives and another does not, in words.
 *
 * @example hedgeDrift({ term: 'allegedly', example: 'allegedly', in: ['the scraped page'], notIn: ['the rewrite'] }) // '“allegedly” in the scraped page; no “allegedly” found in the rewrite'
 */
export function hedgeDrift(drift: HedgeDrift): string {
	return `“${drift.example}” in ${listOf(drift.in)}; no “${drift.term}” found in ${listOf(drift.notIn)}`;
}

/** How firmly words put the matter, as the travel record's picture and table name it. */
export const stanceLabels: Record<Stance, string> = {
	considering: 'considering',
	possible: 'may',
	intends: 'wants to',
	future: 'will',
	'under-way': 'under way',
	stated: 'stated as fact',
	unread: 'not judged (not in English)',
};

/** What each stance means, for the methodology page. */
export const stanceMeanings: Record<Stance, string> = {
	considering: 'A plan under consideration: “considering”, “weighing”, “mulling”.',
	possible: 'A possibility: “may”, “might”, “could”, “would”.',
	intends: 'An intention: “wants to”, “plans to”, “intends to”.',
	future: 'A coming fact: “will”, “is set to”, or a headline’s “to send”.',
	'under-way': 'A thing under way or done: “are heading”, “have been sent”.',
	stated: 'Said plainly, with none of these.',
	unread: 'Words the hedge reader cannot judge, not being in English; we say so rather than guess.',
};

const hedgeChangeWords: Record<HedgeChange, string | undefined> = {
	kept: 'kept the hedge',
	changed: 'hedged it otherwise',
	dropped: 'dropped the hedge',
	added: 'added a hedge',
	none: undefined,
	unknown: undefined,
};

const tenseChangeWords: Record<TenseChange, string | undefined> = {
	kept: undefined,
	harder: 'put it more firmly',
	softer: 'put it less firmly',
	unknown: undefined,
};

/**
 * What a relay or a version did to its origin's words, in a line: its hedge,
 * its figure, how firmly it puts it, and what the readers could not tell.
 *
 * @example travelChange({ hedge: 'dropped', figure: 'kept', tense: 'harder' }, …) // 'dropped the hedge; put it more firmly'
 */
export function travelChange(
	changes: TravelChanges,
	figures: { from: string | undefined; to: string | undefined },
	extra: { restoresHedge?: boolean; headlineFirmer?: string | undefined } = {},
): string {
	if (changes.hedge === 'unknown')
		return 'not judged: its words are not in English, which the hedge reader does not read';
	const figure =
		changes.figure === 'changed'
			? `changed the figure (${figures.from ?? '–'} → ${figures.to ?? '–'})`
			: changes.figure === 'qualifier'
				? `same number, qualified otherwise (${figures.from} → ${figures.to})`
				: changes.figure === 'dropped'
					? 'the words we quote give no figure'
					: undefined;
	const parts = [
		extra.restoresHedge ? 'kept the hedge an earlier relay dropped' : hedgeChangeWords[changes.hedge],
		figure,
		tenseChangeWords[changes.tense],
		extra.headlineFirmer ? `its headline firmer (“${extra.headlineFirmer}”)` : undefined,
	].filter((part): part is string => part !== undefined);
	return parts.length === 0 ? 'no change' : capitalise(parts.join('; '));
}

/** The words of the travel record: its table, its picture's name and what the record cannot show. */
export const travelWords = {
	heading: 'How the claim travelled',
	origin: 'Origin',
	relay: 'Relay',
	version: 'Version',
	undated: 'Undated',
	originKnownThrough: (origin: string, outlet: string) =>
		`We did not read ${origin}’s own report: it is known here only through its relays, its words as ${outlet} gives them, its date that of its first relay we read.`,
	originAsRecorded: (name: string) => `The record names it: ${name}.`,
	standsForOrigin: 'Its words stand for the origin’s above, so they cannot be set against them.',
	// "from interviews…", "citing…": an account's basis reads as its own clause.
	originCredits: (credits: string) =>
		/^(from|citing|according|based)\b/i.test(credits) ? `Its account: ${credits}.` : `It credits ${credits}.`,
	linkUnknown:
		'No version cites any of these relays, so which one, if any, each version drew on cannot be known; no line is drawn between them.',
	pictureName: (claim: string, origins: string[], relays: number, versions: number) =>
		`How “${claim}” travelled: ${listOf(origins)}, then ${plural(relays, 'relay')} we read, then ${plural(versions, 'version')}, across time; the table below gives each.`,
	markName: (who: string, when: string, stance: string) => `${who}, ${when}: ${stance}`,
	findingLead: 'How it travelled.',
	seeFullPicture: 'See how it travelled, relay by relay',
};

/**
 * The story's drift in one sentence, from the counts `travelDrift` makes:
 * how many relays dropped the origin's hedge, how many versions state it as
 * settled, and who changed the figure.
 *
 * @example travelDriftSentence({ origins: ['NHK'], relays: 5, hedgeDropped: 1, settled: 2, versions: 2, … })
 * // 'Between NHK’s report and the versions, 1 of 5 relays dropped its hedge; both versions state it as settled; both versions changed the figure.'
 */
export function travelDriftSentence(drift: TravelDrift): string {
	const {
		origins,
		originHedged,
		relays,
		unread,
		hedgeDropped,
		hedgeRestored,
		versions,
		settled,
		figureChanged,
	} = drift;
	const names = origins.map(shortOrigin);
	const from =
		(names.length === 1 ? `${names[0]}’s report` : `the reports of ${listOf(names)}`) +
		(originHedged ? '' : `, unhedged as we have ${names.length === 1 ? 'it' : 'them'},`);
	const ofVersions = (count: number) =>
		count === versions && count > 0
			? everyVersion(versions)
			: count === 0
				? 'no version'
				: `${count} of ${plural(versions, 'version')}`;
	const hedge = originHedged
		? `${relays === 1 ? (hedgeDropped === 1 ? 'its one relay we read dropped its hedge' : 'its one relay we read kept its hedge') : `${hedgeDropped === 0 ? 'none' : hedgeDropped} of the ${plural(relays, 'relay')} we read dropped its hedge`}${
				hedgeRestored > 0 ? `, ${hedgeRestored} kept it after another had dropped it` : ''
			}${unread > 0 ? ` (${unread} not judged, its words not being in English)` : ''}`
		: `${plural(relays, 'relay')} we read carried it`;
	const figure = [
		figureChanged.relays > 0 ? plural(figureChanged.relays, 'relay') : undefined,
		figureChanged.versions > 0 ? ofVersions(figureChanged.versions) : undefined,
	].filter((part): part is string => part !== undefined);
	const stated =
		versions === 0
			? 'no version words it'
			: `${ofVersions(settled)} ${settled <= 1 ? 'states' : 'state'} it as settled`;
	return `Between ${from} and the versions, ${hedge}; ${stated}${figure.length > 0 ? `; ${listOf(figure)} changed the figure` : ''}.`;
}
