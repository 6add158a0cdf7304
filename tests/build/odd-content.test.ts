import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureContent } from '../helpers/astro';
import { brokenLinks, type Page, builtSite, text } from '../helpers/dist';
import { longPassage, published, publishedDist } from '../helpers/fixture-site';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

/*
 * Safe but unusual content, all in the fixture site since none of it is a
 * mistake: ids, file names and titles in other scripts, an article with
 * Windows line endings and many marked passages, and YAML that starts with a
 * byte-order mark.
 */

let site: Map<string, Page>;
beforeAll(() => {
	site = builtSite(publishedDist());
});

const h1 = (path: string) => {
	const page = site.get(path);
	expect(page, `${path} among ${[...site.keys()].join(' ')}`).toBeDefined();
	return text(select('h1', page!.tree)!);
};
const record = (file: string) =>
	yaml.load(readFileSync(join(fixtureContent, file), 'utf8').replace(/^\uFEFF/, '')) as Record<string, any>;

describe('odd but valid content builds, renders and links up', () => {
	it('reads a record that starts with a byte-order mark as without it', () => {
		expect(readFileSync(join(fixtureContent, 'claims/crane-cost.yaml'), 'utf8').startsWith('\uFEFF')).toBe(
			true,
		);
		expect(h1('/claims/crane-cost/')).toBe(record('claims/crane-cost.yaml').claim);
	});

	it('gives ids and titles in other scripts their pages', () => {
		expect(h1(`/claims/${longPassage.claimId}/`)).toBe(record(`claims/${longPassage.claimId}.yaml`).claim);
		for (const id of ['지역-안보', 'sécurité-régionale']) {
			expect(h1(`/topics/${id}/`)).toContain(record(`topics/${id}.yaml`).name);
		}
	});

	it('marks every passage of an article with Windows line endings and many markers', () => {
		expect(readFileSync(join(fixtureContent, 'articles/retelling.md'), 'utf8')).toContain('\r\n');
		const page = site.get('/articles/retelling/')!;
		const markers = selectAll(`.claim-marker[data-claim="${longPassage.claimId}"]`, page.tree);
		// One in the fixture's own text, then the long passage's.
		expect(markers).toHaveLength(longPassage.paragraphs + 1);
		expect(markers.at(-1)!.properties.id).toBe(
			`passage-${longPassage.claimId}-${longPassage.paragraphs + 1}`,
		);
		expect(page.ids).toContain(`claim-${longPassage.claimId}`);
	});

	it('links every page, percent-encoded or not, to a page and an element', () => {
		// Served under its base path, so every link is read as the address it is there.
		const base = published.BASE_PATH.slice(0, -1);
		const served = new Map(
			[...site].map(([path, page]) => [`${base}${path}`, { ...page, path: `${base}${path}` }]),
		);
		expect(brokenLinks(served)).toEqual([]);
	});
});
