import type { RowStatus, SentenceRelation } from './align';
import type { CheckOutcome } from './audit';
import type { FigureComparison, PlacedFigure } from '../text/figures';
import type { PairComparison } from './story';
import type { EntityComparison } from './entities';
import type { BlockKind } from './text';

/**
 * The words the comparison page shows for each computed finding, in one
 * place, each with a symbol so a finding never rests on colour alone.
 */

export const rowLabels: Record<RowStatus, { label: string; symbol: string }> = {
	kept: { label: 'Kept', symbol: '=' },
	reworded: { label: 'Reworded', symbol: '≈' },
	'only-a': { label: 'Only in one version', symbol: '◧' },
	'only-b': { label: 'Only in one version', symbol: '◨' },
};

/**
 * A passage of a version by its place in the text, counting headings and list
 * items as passages too: "passage 3", "passage 4, a heading".
 *
 * @example blockName('item', 2) // 'passage 3, an item of a list'
 */
export function blockName(kind: BlockKind, index: number): string {
	return kind === 'heading'
		? `passage ${index + 1}, a heading`
		: kind === 'item'
			? `passage ${index + 1}, an item of a list`
			: `passage ${index + 1}`;
}

export const relationLabels: Record<SentenceRelation, string> = {
	kept: 'kept word for word',
	reworded: 'reworded',
	merged: 'joined with another sentence',
	split: 'split into several sentences',
	only: 'no counterpart',
};

export const outcomeLabels: Record<CheckOutcome, { label: string; symbol: string; tone: string }> = {
	flag: { label: 'Does not hold', symbol: '!', tone: 'bad' },
	unknown: { label: 'Cannot tell', symbol: '?', tone: 'caution' },
	ok: { label: 'Holds', symbol: '✓', tone: 'good' },
	note: { label: 'Note', symbol: 'i', tone: 'neutral' },
};

/**
 * A figure finding in words, naming the versions.
 *
 * @example figureFinding({ status: 'qualifier', … }, 'the scraped page', 'the rewrite') // 'Both give it, hedged differently'
 */
export function figureFinding(figure: FigureComparison, nameA: string, nameB: string): string {
	switch (figure.status) {
		case 'same':
			return 'Both give it alike';
		case 'qualifier':
			return 'Both give it, hedged differently';
		case 'changed':
			return `Changed: ${figure.inA.length > 0 ? nameB : nameA} says “${figure.instead.map((f) => f.text).join('”, “')}” in the matching sentence`;
		case 'only-a':
			return `Only in ${nameA}`;
		case 'only-b':
			return `Only in ${nameB}`;
	}
}

/** An entity finding in words. */
export function entityFinding(entity: EntityComparison, nameA: string, nameB: string): string {
	switch (entity.status) {
		case 'same':
			return 'Both name it alike';
		case 'named-differently':
			return `Named differently: “${entity.related.join('”, “')}” in ${entity.inA.length > 0 ? nameB : nameA}`;
		case 'only-a':
			return `Only in ${nameA}`;
		case 'only-b':
			return `Only in ${nameB}`;
	}
}

/** Whether a finding is a disagreement worth flagging. */
export const differs = (finding: { status: string }) => finding.status !== 'same';

/** A row of a findings table: the name, each version's entries, the finding. */
export interface FindingRow {
	name: string;
	cells: string[][];
	finding: string;
	differs: boolean;
}

const figureOrder = ['count', 'vague', 'date', 'year', 'relative'];

/**
 * The figures of a pair as table rows: disagreements first, each entry with
 * the sentence it stands in.
 */
export function figureRows(pair: PairComparison): FindingRow[] {
	const entries = (figures: PlacedFigure[], sentences: { text: string }[]) =>
		figures.map((figure) => `“${figure.text}” in: ${sentences[figure.sentence]!.text}`);
	return [...pair.figures]
		.sort(
			(p, q) =>
				Number(differs(q)) - Number(differs(p)) || figureOrder.indexOf(p.kind) - figureOrder.indexOf(q.kind),
		)
		.map((figure) => ({
			name:
				figure.inA[0]?.value !== undefined || figure.inB[0]?.value !== undefined
					? Number(figure.key).toLocaleString('en-GB')
					: figure.key,
			// A changed figure shows, on the other side, what the matching sentence says instead.
			cells: [
				entries((figure.inA.length > 0 ? figure.inA : figure.instead) as PlacedFigure[], pair.a.sentences),
				entries((figure.inB.length > 0 ? figure.inB : figure.instead) as PlacedFigure[], pair.b.sentences),
			],
			finding: figureFinding(figure, pair.a.name, pair.b.name),
			differs: differs(figure),
		}));
}

/** The named entities of a pair that differ, as table rows. */
export function entityRows(pair: PairComparison): FindingRow[] {
	return pair.entities.filter(differs).map((entity) => ({
		name: entity.inA[0] ?? entity.inB[0]!,
		cells: [entity.inA, entity.inB],
		finding: entityFinding(entity, pair.a.name, pair.b.name),
		differs: true,
	}));
}
