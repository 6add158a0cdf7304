import type { ReadingListFinding } from './reading-lists';

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
 * A date as precise as it is given: a year, a month of a year, or a day.
 *
 * @example describeLooseDate('2022-11') // 'November 2022'
 */
function describeLooseDate(date: string): string {
	if (/^\d{4}$/.test(date)) return date;
	if (/^\d{4}-\d{2}$/.test(date)) return monthFormat.format(new Date(`${date}-01T00:00:00Z`));
	return describeDate(date);
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
	if (predating === datedCitations)
		return `Every one of the ${plural(datedCitations, 'citation')} the ${name} makes of its reading list for a dated claim points to an item dated before the event it is cited for: ${plural(predatingItems, 'item')} dated ${span(itemDates)} as cited, for events of ${span(eventDates)}. None of them can report what it is cited for.`;
	return `${predating} of the ${plural(datedCitations, 'citation')} the ${name} makes of its reading list for a dated claim point to an item dated before the event it is cited for (${plural(predatingItems, 'item')}).`;
}

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
	sourceTitle: (outlet: string, title: string) => `${outlet}: ${title}`,
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

	// Evidence
	evidenceTitle: (outlet: string, title: string | undefined, published: string) =>
		`${outlet}: ${title ?? `report of ${describeDate(published)}`}`,
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

	claimCount: (count: number) => plural(count, 'claim'),

	// Corrections
	nothingCorrected: 'Nothing has been corrected, clarified or updated yet.',
	ratingChange: (what: string, from: string, to: string) => `${what}: “${from}” → “${to}”`,
	lastRating: (rating: string) => `Rated “${rating}” when it was removed`,
} as const;
