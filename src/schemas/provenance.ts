import { z } from 'astro/zod';
import { expectedOneOf } from './verdict';

/**
 * How a version came to us: the single list of provenances, each with the
 * label readers see and what it means. Add a value here and it is accepted in
 * an article's `provenance`, explained on the methodology page and shown on
 * the version's page. The order is the order versions are listed in: the
 * closest to a published original first.
 */
export const provenances = {
	'scraped-page': {
		label: 'Scraped news page',
		meaning: 'Scraped from a news web page, without its menus, adverts and links to other stories.',
	},
	'broadcast-transcript': {
		label: 'Broadcast transcript',
		meaning: 'The words of a radio or television report, written down.',
	},
	'press-release': {
		label: 'Press release',
		meaning: 'A statement an organisation published about itself, as it published it.',
	},
	'wire-brief': {
		label: 'Wire brief',
		meaning: 'A short news-agency item, written for other outlets to run or rewrite.',
	},
	rewrite: {
		label: 'Rewrite',
		meaning: 'A rewrite of the same story, as it reached us.',
	},
} as const satisfies Record<string, { label: string; meaning: string }>;

export type Provenance = keyof typeof provenances;

export const provenanceIds = Object.keys(provenances) as [Provenance, ...Provenance[]];

export const provenanceSchema = z
	.enum(provenanceIds, { error: () => expectedOneOf(provenances) })
	.describe('How this version came to us, from the list in src/schemas/provenance.ts');

/**
 * What a provenance means, to follow a version's name on its page.
 *
 * @example provenanceMeaning('rewrite') // 'a rewrite of the same story, as it reached us'
 */
export function provenanceMeaning(provenance: Provenance): string {
	const { meaning } = provenances[provenance];
	return (meaning.charAt(0).toLowerCase() + meaning.slice(1)).replace(/\.$/, '');
}
