/*
 * Words of a text as the comparison and the claims index score them: lower-cased,
 * stemmed, with stop words and citation numbers dropped.
 */

const stopWords = new Set(
	(
		'a an the and or but of to in on at by for with from as is are was were be been being it its this that these ' +
		'those their there they them he she his her we our you your will would can could may might shall should has ' +
		'have had do does did not no so than then also into about over after before while which who whom what when where ' +
		'such very more most some any all both each other own same just only even up out if because through during'
	).split(' '),
);

/**
 * A number written with thousands separators: "25,000", "25 000" (also with a
 * no-break or thin space), "1,000,000". The first group has one to three digits.
 */
export const groupedDigits = /(?<![\d,.])\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\d]|[,.]\d)/g;

/**
 * The words of a text, lower-cased, punctuation and citation numbers removed.
 *
 * @example words("Russia's drones [1], 25,000 of them.") // ['russia', 'drones', '25000', 'of', 'them']
 */
export function words(text: string): string[] {
	return (
		text
			.replace(/\[\d+\]/g, ' ')
			.toLowerCase()
			.replace(groupedDigits, (digits) => digits.replace(/\D/g, ''))
			.replace(/['’]s\b/g, '')
			.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []
	);
}

/**
 * A word reduced to a rough stem: plural and verb endings dropped, then cut to
 * its first five letters, so "operations"/"operating" and "Korea"/"Koreans"
 * meet. Deliberately crude: it only has to make near-forms equal for scoring,
 * and truncation does that better than suffix rules on reworded news copy (the
 * Porter stemmer parts "Korea"/"Koreans" and "Africa"/"Africans").
 *
 * @example stem('vehicles') // 'vehic'
 */
export function stem(word: string): string {
	if (word.length <= 3 || /\d/.test(word)) return word;
	return word
		.replace(/(?:ies|ing|ed|es|s)$/, '')
		.replace(/e$/, '')
		.slice(0, 5);
}

/** The content words of a text (stop words dropped), stemmed: what similarity is scored on. */
export function contentWords(text: string): string[] {
	return words(text)
		.filter((word) => !stopWords.has(word))
		.map(stem);
}

/** A text reduced for an equality test: "kept" means these are equal. */
export function normalise(text: string): string {
	return words(text).join(' ');
}
