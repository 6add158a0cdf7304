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

/** One sentence of a text, in the block it belongs to, with the claims marked in it. */
export interface BlockSentence extends Sentence {
	/** Index of its block; `start` and `end` are offsets in that block's text. */
	block: number;
	/** The claims whose marked words overlap it, by id, each once. */
	claims: string[];
}

/**
 * Every sentence of a text's blocks, in text order: the one list that the
 * alignment and the claims matrix both number their sentences by.
 *
 * @example sentencesOfBlocks([{ text: 'One. Two.', claims: [{ claimId: 'x', start: 5, end: 9 }] }])
 * // [{ block: 0, text: 'One.', start: 0, end: 4, claims: [] }, { block: 0, text: 'Two.', start: 5, end: 9, claims: ['x'] }]
 */
export function sentencesOfBlocks(
	blocks: readonly { text: string; claims: readonly { claimId: string; start: number; end: number }[] }[],
): BlockSentence[] {
	return blocks.flatMap((block, index) =>
		splitSentences(block.text).map((sentence) => ({
			block: index,
			...sentence,
			claims: [
				...new Set(
					block.claims
						.filter((span) => span.start < sentence.end && span.end > sentence.start)
						.map((span) => span.claimId),
				),
			],
		})),
	);
}
