import { expectedOneOf } from './verdict';
import { z } from 'astro/zod';

/**
 * The citation-support scale: what a version's own citation can bear for a
 * claim, judged from the reference as the version gives it. It says nothing
 * about whether the claim is true; that is the verdict's job. The rule each
 * support is held to is checked by `src/record/verdict-rules.ts`.
 */
export const citationSupports = {
	'title-states': {
		label: 'The cited title states it',
		symbol: '✓',
		meaning: 'The version cites an item whose title, as cited, states the claim.',
		rule: 'needs at least one cited source, none of them dated before the events the claim depends on',
	},
	'on-topic': {
		label: 'Citation on topic only',
		symbol: '~',
		meaning: 'The version cites an item on the same subject whose title does not state the claim.',
		rule: 'needs at least one cited source, none of them dated before the events the claim depends on',
	},
	'predates-events': {
		label: 'Cited source dated before the events',
		symbol: '✕',
		meaning:
			'The version cites an item dated, as cited, earlier than the events the claim depends on, so it cannot report them.',
		rule: 'needs a cited source whose date is earlier than the earliest timeline event the claim depends on',
	},
	unresolvable: {
		label: 'Citation cannot be resolved',
		symbol: '?',
		meaning:
			'The version points to a citation that cannot be tied to one item, or to an item that cannot be told apart from others.',
		rule: 'needs at least one cited source the version may mean',
	},
	'no-citation': {
		label: 'No citation',
		symbol: '–',
		meaning: 'The version cites nothing for this claim.',
		rule: 'allowed only with no cited source',
	},
} as const;

export type CitationSupportId = keyof typeof citationSupports;

export const citationSupportIds = Object.keys(citationSupports) as [
	CitationSupportId,
	...CitationSupportId[],
];

/** The supports that say a citation cannot bear its claim at all: the citation audit flags them. */
export const failingSupports: readonly CitationSupportId[] = ['predates-events', 'unresolvable'];

export const citationSupportSchema = z
	.enum(citationSupportIds, { error: () => expectedOneOf(citationSupports) })
	.describe('What the version’s own citation can bear, on the scale in src/schemas/citation-support.ts');
