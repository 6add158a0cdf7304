/**
 * How well the site reads hedges and attributions, on two labelled sets of
 * news sentences written from public reporting on other stories, each with
 * the page each sentence came from: `labelled.json`, which the lexicon was
 * written against, and `held-out.json`, made apart from it, from other pages
 * (both in `tests/fixtures/hedges/`):
 *
 * npm run bench:hedges [-- --show-errors]
 *
 * Prints precision and recall per label and set; with --show-errors, every
 * sentence the lexicon (`src/text/hedging.ts`) gets wrong.
 */
import './resolve-ts.ts';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { scoreHedges, type LabelledSentence } from './hedge-score.ts';

/** The labelled sets, by name. */
export const labelledSets = ['labelled', 'held-out'] as const;

/** The sentences of one labelled set. */
export function readLabelledSet(name: (typeof labelledSets)[number] = 'labelled'): LabelledSentence[] {
	const file = new URL(`../../tests/fixtures/hedges/${name}.json`, import.meta.url);
	return (JSON.parse(readFileSync(file, 'utf8')) as { sentences: LabelledSentence[] }).sentences;
}

/** The scores as a table, one line a label and set. */
export function hedgeReport(): string {
	const rows = labelledSets.flatMap((name) => {
		const sentences = readLabelledSet(name);
		return scoreHedges(sentences).map(
			({ label, truePositives, falsePositives, falseNegatives, precision, recall }) =>
				`| ${name} (${sentences.length}) | ${label} | ${truePositives + falseNegatives} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${falsePositives} | ${falseNegatives} |`,
		);
	});
	return [
		'Hedges and attributions, by labelled set (sentences):',
		'| set | label | sentences with it | precision | recall | wrongly found | missed |',
		'|---|---|---|---|---|---|---|',
		...rows,
	].join('\n');
}

if (import.meta.main) {
	const { values } = parseArgs({ options: { 'show-errors': { type: 'boolean', default: false } } });
	console.log(hedgeReport());
	if (values['show-errors'])
		for (const name of labelledSets)
			for (const score of scoreHedges(readLabelledSet(name))) {
				console.log(`\n${name}, ${score.label}, missed:`);
				for (const text of score.missed) console.log(`  - ${text}`);
				console.log(`${name}, ${score.label}, wrongly found:`);
				for (const text of score.wronglyFound) console.log(`  - ${text}`);
			}
}
