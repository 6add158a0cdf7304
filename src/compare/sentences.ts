/**
 * Sentence splitting. The generic part is the platform's `Intl.Segmenter`
 * (Unicode sentence boundaries); what is ours is repairing the breaks it makes
 * after abbreviations common in news copy ("N. Korea", "Mr.", "U.S.").
 */

export interface Sentence {
	text: string;
	/** Offsets in the text it was split from, `end` exclusive. */
	start: number;
	end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// A segment ending in one of these is not the end of a sentence.
const abbreviation =
	/(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Prof|No|vs|etc|e\.g|i\.e)|\b(?:[A-Z]\.){2,})\.\s*$/;

/**
 * Splits a text into sentences, keeping each one's offsets. A citation
 * like "[2]." stays with the sentence before it.
 *
 * @example splitSentences('N. Korea sends workers. Russia agrees.').map((s) => s.text)
 * // ['N. Korea sends workers.', 'Russia agrees.']
 */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	for (const { segment, index } of segmenter.segment(text)) {
		const previous = sentences.at(-1);
		if (previous && abbreviation.test(previous.text + ' ')) {
			previous.end = index + segment.length;
			previous.text = text.slice(previous.start, previous.end);
		} else {
			sentences.push({ text: segment, start: index, end: index + segment.length });
		}
	}
	return sentences
		.map((sentence) => {
			const leading = sentence.text.length - sentence.text.trimStart().length;
			const trimmed = sentence.text.trim();
			return {
				text: trimmed,
				start: sentence.start + leading,
				end: sentence.start + leading + trimmed.length,
			};
		})
		.filter((sentence) => sentence.text !== '');
}
