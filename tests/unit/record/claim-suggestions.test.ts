import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexWords, suggestClaims, type ClaimIndex } from '../../../src/record/claim-index';
import { claimIndexOf } from '../../../src/record/coverage';
import { projectRoot } from '../../helpers/astro';
import { loadContent } from '../../helpers/load-content';

/*
 * `claims:todo` suggestions, tried as a new version would need them: two
 * paraphrases of every real claim, written in other words than the claim and
 * its marked passages (`tests/fixtures/claims-todo/paraphrases.json`).
 */
const { paraphrases } = JSON.parse(
	readFileSync(join(projectRoot, 'tests/fixtures/claims-todo/paraphrases.json'), 'utf8'),
) as { paraphrases: { claim: string; text: string }[] };

let index: ClaimIndex;
beforeAll(async () => {
	index = claimIndexOf(await loadContent(projectRoot));
});

describe('claim suggestions for a sentence in other words', () => {
	it('rank the claim it makes in the top three for at least 90% of the paraphrases', () => {
		const found = paraphrases.filter(({ claim, text }) =>
			suggestClaims(index, text, 3, 0).some((suggestion) => suggestion.claimId === claim),
		);
		expect(found.length / paraphrases.length).toBeGreaterThanOrEqual(0.9);
	});

	it('rank a near-identical claim first', () => {
		const [first] = suggestClaims(
			index,
			'About 25,000 North Korean workers are expected to travel to Russia to help it make drones.',
		);
		expect(first?.claimId).toBe('nk-workers-25000');
	});

	it('read a capital for its country and a synonym for its word', () => {
		expect(indexWords('Pyongyang sends labourers to Moscow')).toEqual(
			indexWords('North Korea sends workers to Russia'),
		);
	});
});
