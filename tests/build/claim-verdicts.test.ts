import { dirname } from 'node:path';
import type { Element } from 'hast';
import { matches, select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { verdicts, type VerdictId } from '../../src/schemas/verdict';
import { contentIds, readData } from '../helpers/content';
import { builtSite, text, type Page } from '../helpers/dist';
import { correctedClaim, publishedDist } from '../helpers/fixture-site';

/*
 * The verdict on every claim marker of every version's page of the published
 * fixture site (tests/helpers/fixture-site.ts), against the claim records the
 * site was built from, after its history corrected one of them. The verdicts
 * are put on the rendered text as each page is built (src/record/claim-status.ts),
 * so this is where a marker that lost its verdict would show.
 */

let site: Map<string, Page>;
/** Each claim's verdict, as the published copy's records say it. */
let verdictOf: Map<string, VerdictId>;
let articleIds: string[];

beforeAll(() => {
	site = builtSite(publishedDist());
	const root = dirname(publishedDist());
	articleIds = contentIds('articles', root);
	verdictOf = new Map(
		contentIds('claims', root).map((id) => [id, readData('claims', id, root).verdict as VerdictId]),
	);
});

/** What a claim marker shows of its claim's verdict, read from the page: its number is its child, or its last word's. */
function shownBy(marker: Element) {
	const refs = marker.children
		.flatMap((child) => (child.type === 'element' && matches('.claim-end', child) ? child.children : [child]))
		.filter((child): child is Element => child.type === 'element' && matches('.claim-ref', child));
	const [ref] = refs;
	const symbols = ref ? selectAll('.claim-symbol', ref) : [];
	return {
		tag: marker.tagName,
		verdict: marker.properties.dataVerdict,
		tone: marker.properties.dataTone,
		refs: refs.map((el) => el.tagName),
		symbols: symbols.map((el) => [text(el), el.properties.ariaHidden]),
		label: ref?.properties.ariaLabel,
	};
}

describe('every claim marker on every version’s page', () => {
	it('reads the records after the correction, and a page that marks the corrected claim', () => {
		expect(verdictOf.get(correctedClaim.id)).toBe(correctedClaim.to);
		expect(articleIds.length).toBeGreaterThan(1);
		const marked = articleIds.flatMap((id) =>
			selectAll('.claim-marker', site.get(`/articles/${id}/`)!.tree).map((el) => el.properties.dataClaim),
		);
		expect(marked).toContain(correctedClaim.id);
	});

	it('carries its claim’s verdict and tone, and its number the verdict’s own symbol and the verdict in words', () => {
		for (const id of articleIds) {
			const page = site.get(`/articles/${id}/`);
			expect(page, `the page of ${id}`).toBeDefined();
			const markers = selectAll('.claim-marker', page!.tree);
			// Every article marks at least one claim, or the content checks fail the build.
			expect(markers.length, `the claim markers of ${id}`).toBeGreaterThan(0);
			for (const marker of markers) {
				const claimId = String(marker.properties.dataClaim);
				const verdict = verdictOf.get(claimId);
				expect(verdict, `the record of ${claimId}`).toBeDefined();
				const { tone, symbol, label } = verdicts[verdict!];
				const number = text(select('.claim-number', marker) ?? marker);
				expect(shownBy(marker), `${id}: ${String(marker.properties.id)}`).toEqual({
					tag: 'mark',
					verdict,
					tone,
					refs: ['a'],
					symbols: [[symbol, 'true']],
					label: `Claim ${number}: ${label}, in the claims sidebar`,
				});
				expect(number).toMatch(/^\d+$/);
			}
		}
	});
});
