/** The words of a query or an excerpt, lower-cased, without punctuation. */
export function wordsOf(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/**
 * Whether a word Pagefind highlighted answers a word of the query. Pagefind
 * matches stems and, when a word is not in its index at all, the longest
 * prefix of it that is ("alabugx" finds every "a"). A highlight counts when it
 * shares with the query word all of it, or all but its last three letters:
 * "drones" → "drone-based", "reportedly" → "reported", never "alabugx" → "a".
 */
export function answers(queryWord: string, found: string): boolean {
	const need = Math.min(queryWord.length, Math.max(3, queryWord.length - 3));
	let shared = 0;
	while (shared < queryWord.length && shared < found.length && queryWord[shared] === found[shared]) shared++;
	return shared >= need;
}

/**
 * Whether a search found what was asked for, judged by its best result's
 * highlighted words: when none of them answers a word of the query, Pagefind
 * only found a shorter prefix of a word that appears nowhere, and the reader
 * is told nothing was found.
 *
 * @example isRealMatch('alabugx', ['a', 'a']) // → false
 */
export function isRealMatch(query: string, highlighted: string[]): boolean {
	const asked = wordsOf(query);
	const found = highlighted.flatMap(wordsOf);
	return asked.some((word) => found.some((hit) => answers(word, hit)));
}
