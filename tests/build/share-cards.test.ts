import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { select } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { verdicts, type VerdictId } from '../../src/schemas/verdict';
import { contentIds, readData } from '../helpers/content';
import { builtSite, type Page } from '../helpers/dist';
import { publishedDist, publishedHome } from '../helpers/fixture-site';
import { paginatedDist } from '../helpers/setup-sites';

/*
 * The share cards of the published fixture site (tests/helpers/fixture-site.ts),
 * built under a base path: each claim's, version's and the home page's head
 * names an image that was written, and describes it in words; and the
 * paginated site, built as a preview without them.
 */

let site: Map<string, Page>;
let root: string;

beforeAll(() => {
	site = builtSite(publishedDist());
	root = dirname(publishedDist());
});

/** The `content` of a page's `<meta>` with this property or name. */
function meta(page: Page, key: string): string | undefined {
	const found = select(`meta[property="${key}"], meta[name="${key}"]`, page.tree);
	return found ? String(found.properties.content) : undefined;
}

/** The file of `dist/` an absolute address of the published site is served from. */
function distFile(address: string): string {
	expect(address.startsWith(publishedHome), address).toBe(true);
	return join(publishedDist(), address.slice(publishedHome.length));
}

/** The width and height a PNG's header says. */
function pngSize(file: string) {
	const png = readFileSync(file);
	expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const cardPages = () => [
	'/',
	...contentIds('claims', root).map((id) => `/claims/${id}/`),
	...contentIds('articles', root).map((id) => `/articles/${id}/`),
];

describe('share cards', () => {
	it('name, on every claim page, an image of the site that was written, described with the claim’s verdict', () => {
		const ids = contentIds('claims', root);
		expect(ids.length).toBeGreaterThan(0);
		for (const id of ids) {
			const page = site.get(`/claims/${id}/`)!;
			expect(page, id).toBeDefined();
			const image = meta(page, 'og:image');
			expect(image, id).toMatch(/^https:\/\/sourceline\.example\/analysis\/og\/[0-9a-f]{32}\.png$/);
			expect(existsSync(distFile(image!)), image).toBe(true);
			const { claim, verdict } = readData('claims', id, root) as { claim: string; verdict: VerdictId };
			expect(meta(page, 'og:image:alt'), id).toContain(claim.trim());
			expect(meta(page, 'og:image:alt'), id).toContain(`Verdict: ${verdicts[verdict].label}`);
			expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')]).toEqual(['1200', '630']);
			expect(meta(page, 'twitter:card')).toBe('summary_large_image');
		}
	});

	it('name an image on the home page and every version’s page too', () => {
		for (const path of cardPages()) {
			const image = meta(site.get(path)!, 'og:image');
			expect(image, path).toBeDefined();
			expect(existsSync(distFile(image!)), path).toBe(true);
		}
	});

	it('are 1200×630 PNGs, each named by a page: no image is left over', () => {
		const named = new Set(cardPages().map((path) => distFile(meta(site.get(path)!, 'og:image')!)));
		const written = readdirSync(join(publishedDist(), 'og')).map((file) => join(publishedDist(), 'og', file));
		expect(new Set(written)).toEqual(named);
		for (const file of written) expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
	});

	it('are left out of pages that have none, which get a plain preview', () => {
		for (const path of ['/404.html', '/search/', '/methodology/']) {
			const page = site.get(path)!;
			expect(page, path).toBeDefined();
			expect(meta(page, 'og:image'), path).toBeUndefined();
			expect(meta(page, 'twitter:card'), path).toBe('summary');
		}
	});
});

describe('a preview built with SHARE_CARDS=off (the paginated site)', () => {
	it('draws no card, and no page names one', () => {
		const dist = paginatedDist();
		expect(existsSync(join(dist, 'og'))).toBe(false);
		const pages = builtSite(dist);
		expect(pages.size).toBeGreaterThan(100);
		for (const [path, page] of pages) {
			expect(meta(page, 'og:image'), path).toBeUndefined();
			expect(meta(page, 'twitter:card'), path).toBe('summary');
		}
	});
});
