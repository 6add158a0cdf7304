import { z } from 'astro/zod';

/**
 * The status scale: the single definition of what a claim's status can be,
 * what each one means, and how it is shown. Pages, the methodology page and the
 * schema all read it from here.
 */
export const statuses = {
	'corroborated-by-cited-source': {
		label: 'Matches a cited source',
		tone: 'good',
		meaning:
			'A source cited by a version of the story states the same thing in its title as cited; the rationale says which version cites it. We have not read the source’s full text, so this says the citation fits, not that the claim is true.',
	},
	'attributed-official': {
		label: 'Official’s statement',
		tone: 'caution',
		meaning:
			'The claim is an official’s announcement as relayed by a named outlet. We can establish that it was attributed, not that it is accurate.',
	},
	'reported-single-source': {
		label: 'Single-source report',
		tone: 'caution',
		meaning:
			'The claim rests on one outlet’s report, often of unnamed sources, and nothing else the articles cite confirms it independently.',
	},
	'unsupported-by-cited-source': {
		label: 'Not supported by its citations',
		tone: 'warn',
		meaning:
			'The article states it as fact, but none of the sources it cites addresses it, judging by their titles as cited. It may be true; this site cannot check it from what the articles give.',
	},
	opinion: {
		label: 'Opinion or forecast',
		tone: 'neutral',
		meaning:
			'A judgement, characterisation or prediction rather than a statement of fact. It is shown so readers can tell it apart from reporting.',
	},
	'garbled-or-contradicted': {
		label: 'Garbled or contradicted',
		tone: 'bad',
		meaning:
			'The wording is garbled, contradicts the other version or the cited source, or points to a citation that does not exist.',
	},
} as const;

export type StatusId = keyof typeof statuses;
export type StatusTone = (typeof statuses)[StatusId]['tone'];

export const statusIds = Object.keys(statuses) as [StatusId, ...StatusId[]];

export const statusSchema = z
	.enum(statusIds)
	.describe('Where the claim stands, on the scale defined in src/schemas/status.ts');
