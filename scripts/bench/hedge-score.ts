import { hedgeKindsIn, type HedgeKind } from '../../src/text/hedging.ts';

/** One sentence of the labelled set, as `tests/fixtures/hedges/labelled.json` holds it. */
export interface LabelledSentence {
	text: string;
	attribution: boolean;
	hedge: boolean;
	from: string;
}

/** How the lexicon reads one label over the set. */
export interface LabelScore {
	label: HedgeKind;
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	precision: number;
	recall: number;
	/** The sentences it got wrong, each with what it read. */
	missed: string[];
	wronglyFound: string[];
}

/**
 * Precision and recall of the site's hedge-and-attribution reading
 * (`src/text/hedging.ts`), per label, over a labelled set of sentences.
 *
 * @example scoreHedges([{ text: 'He said so.', attribution: true, hedge: false, from: '…' }])[0].recall // 1
 */
export function scoreHedges(sentences: readonly LabelledSentence[]): LabelScore[] {
	const read = sentences.map((sentence) => ({ sentence, found: hedgeKindsIn(sentence.text) }));
	return (['attribution', 'hedge'] as const).map((label) => {
		const missed = read.filter(({ sentence, found }) => sentence[label] && !found.has(label));
		const wronglyFound = read.filter(({ sentence, found }) => !sentence[label] && found.has(label));
		const truePositives = read.filter(({ sentence, found }) => sentence[label] && found.has(label)).length;
		const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
		return {
			label,
			truePositives,
			falsePositives: wronglyFound.length,
			falseNegatives: missed.length,
			precision: ratio(truePositives, truePositives + wronglyFound.length),
			recall: ratio(truePositives, truePositives + missed.length),
			missed: missed.map(({ sentence }) => sentence.text),
			wronglyFound: wronglyFound.map(({ sentence }) => sentence.text),
		};
	});
}
