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

// One formatter for the whole build: making one per call costs more than the formatting.
const dateFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/**
 * A count with its noun, singular or plural.
 *
 * @example plural(1, 'claim') // '1 claim'
 */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : pluralNoun}`;
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
 * How an item of evidence is named on a page: its headline in quotes, or, when
 * the copy we read showed none, a description of it (never a made-up headline).
 *
 * @example evidenceName({ title: 'Record drone assault' }) // '“Record drone assault”'
 * @example evidenceName({ title: undefined }) // 'Untitled report (no headline on the copy we read)'
 */
export function evidenceName(evidence: { title?: string | undefined }): string {
	return evidence.title ? `“${evidence.title}”` : 'Untitled report (no headline on the copy we read)';
}
