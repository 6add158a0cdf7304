import { z } from 'astro/zod';

/**
 * The verdict scale: what the public record shows about a claim, as far as the
 * evidence we consulted goes. It judges the claim as the record states it; how
 * each version words it is a separate judgement (`src/schemas/wording.ts`).
 * The single definition of each verdict, what it means to a reader, the rule
 * the build holds it to (`src/record/verdict-rules.ts` checks it) and how it
 * is shown: each verdict has a symbol of its own, shown beside its label and
 * inside each claim number in the text, so that a symbol means one verdict
 * everywhere and a verdict never rests on colour alone (its colour and
 * underline style are tokens in src/styles/global.css). Pages, the
 * methodology page, the structured data and the open data all read it from here.
 */
export const verdicts = {
	confirmed: {
		symbol: '✓',
		label: 'Confirmed by independent reports',
		tone: 'good',
		meaning:
			'At least two reports that do not rest on each other state it, and nothing we consulted contradicts it.',
		rule: 'needs evidence from at least two independent origins that states the claim, and none that contradicts it',
	},
	'official-statement': {
		symbol: '❝',
		label: 'Official statement, as reported',
		tone: 'caution',
		meaning:
			'An official or government said it on the record, as published reports relay it. That the words were said is established; whether what they say is true is not.',
		rule: 'needs at least one official statement, as published, that reports the claim (states it, or reports it differently)',
	},
	'reported-unconfirmed': {
		symbol: '◐',
		label: 'Reported by one outlet, unconfirmed',
		tone: 'caution',
		meaning:
			'One outlet reported it, often from unnamed sources; other outlets only repeated that report, and nothing independent confirms it.',
		rule: 'needs evidence reporting the claim (stating it, or reporting it differently) that goes back to exactly one origin, and none that contradicts it',
	},
	contradicted: {
		symbol: '✕',
		label: 'Contradicted by the record',
		tone: 'bad',
		meaning: 'What we consulted says otherwise.',
		rule: 'needs at least one piece of evidence that contradicts the claim',
	},
	'not-found': {
		symbol: '∅',
		label: 'Not found in the record',
		tone: 'warn',
		meaning:
			'We looked and found no report that states it. It may be true; nothing we consulted shows it, and the rationale says what was searched.',
		rule: 'allowed only when no evidence states, reports differently or contradicts the claim, and with the searches made recorded',
	},
	'not-checkable': {
		symbol: '◇',
		label: 'Opinion or forecast, not checkable',
		tone: 'neutral',
		meaning:
			'A judgement, a characterisation or a prediction rather than a statement of fact. It is shown so readers can tell it apart from reporting.',
		rule: 'allowed only for a claim whose kind is opinion or forecast',
	},
} as const;

export type VerdictId = keyof typeof verdicts;
export type VerdictTone = (typeof verdicts)[VerdictId]['tone'];

export const verdictIds = Object.keys(verdicts) as [VerdictId, ...VerdictId[]];

/**
 * The verdicts that say the record goes against the claim: the comparison sets
 * our reasons for them beside the passages, marked Editorial, as it does for a
 * version whose wording is not faithful to the record.
 */
export const editorialVerdicts: readonly VerdictId[] = ['contradicted'];

/**
 * Whether a claim's verdict is one the comparison shows an editorial judgement for.
 *
 * @example isEditorial('contradicted') // true
 */
export function isEditorial(verdict: VerdictId): boolean {
	return editorialVerdicts.includes(verdict);
}

/**
 * The values of a scale with the label an author sees on the page, for an
 * error that speaks the author's language.
 *
 * @example expectedOneOf({ confirmed: { label: 'Confirmed' } }) // 'expected one of: confirmed ("Confirmed")'
 */
export function expectedOneOf(scale: Record<string, { label: string }>): string {
	return `expected one of: ${Object.entries(scale)
		.map(([id, { label }]) => `${id} ("${label}")`)
		.join(', ')}`;
}

export const verdictSchema = z
	.enum(verdictIds, { error: () => expectedOneOf(verdicts) })
	.describe('What the public record shows, on the verdict scale defined in src/schemas/verdict.ts');
