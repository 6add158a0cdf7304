import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentIds as idsIn, readArticle, readData } from '../helpers/content';
import { byTag, type Page, builtSite, select, text } from '../helpers/dist';
import { jsonLd, landing, publishedUrls, readXml } from '../helpers/published';
import { threeVersionsDist, threeVersionsFixture as fixture } from '../helpers/setup-sites';
import { verdicts } from '../../src/schemas/verdict';
import { wordingJudgements, type WordingJudgementId } from '../../src/schemas/wording';

/*
 * How the site reaches readers, search engines and machines, read on a site
 * built as `npm run build` builds it on this machine (the three-version site,
 * tests/helpers/setup-sites.ts); the same under a sub-path, as a deploy
 * builds it, is in base-path.test.ts.
 */
const dist = threeVersionsDist();
const home = 'http://localhost:4321/';
const contentIds = (collection: string) => idsIn(collection, fixture);
let site: Map<string, Page>;
beforeAll(() => {
	site = builtSite(dist);
});

const page = (path: string) => site.get(path)!;
const meta = (p: Page, key: string) =>
	select(
		p.tree,
		(el) => el.tagName === 'meta' && (el.properties.name === key || el.properties.property === key),
	).map((el) => String(el.properties.content));
const linkRel = (p: Page, rel: string) =>
	select(p.tree, (el) => el.tagName === 'link' && String(el.properties.rel) === rel).map(
		(el) => el.properties,
	);
const kinds = ['articles', 'claims', 'sources', 'evidence', 'topics'] as const;
const detailPages = () => kinds.flatMap((kind) => contentIds(kind).map((id) => `/${kind}/${id}/`));

describe('the head of every page', () => {
	it('has a title, a description, a canonical URL and matching link-preview tags', () => {
		for (const [path, p] of site) {
			const title = text(select(p.tree, byTag('title'))[0]!);
			expect(title, path).not.toBe('');
			const [description] = meta(p, 'description');
			expect(description, path).toBeTruthy();
			expect(meta(p, 'og:description'), path).toEqual([description]);
			expect(meta(p, 'twitter:description'), path).toEqual([description]);
			expect(meta(p, 'og:site_name'), path).toEqual(['Sourceline']);
			// A page with a share card shows it large; the rest a plain summary.
			expect(meta(p, 'twitter:card'), path).toEqual([
				meta(p, 'og:image').length > 0 ? 'summary_large_image' : 'summary',
			]);
			expect(meta(p, 'og:type'), path).toEqual([
				path.startsWith('/articles/') && path !== '/articles/' ? 'article' : 'website',
			]);
			if (path === '/404.html') continue;
			const canonical = linkRel(p, 'canonical')[0]?.href;
			expect(canonical, path).toBe(new URL(path.slice(1), home).href);
			expect(meta(p, 'og:url'), path).toEqual([canonical]);
			expect(meta(p, 'robots'), path).toEqual([]);
		}
	});

	it('gives every page a title of its own, a cited source and the same document read as evidence included', () => {
		const pagesByTitle = Map.groupBy(site.keys(), (path) =>
			text(select(page(path).tree, byTag('title'))[0]!),
		);
		const shared = [...pagesByTitle].filter(([, paths]) => paths.length > 1);
		expect(shared).toEqual([]);
	});

	it('keeps the 404 page out of search engines, with no canonical address', () => {
		const notFound = page('/404.html');
		expect(meta(notFound, 'robots')).toEqual(['noindex']);
		expect(linkRel(notFound, 'canonical')).toEqual([]);
		expect(meta(notFound, 'og:url')).toEqual([]);
	});

	it('names a light and a dark theme colour, the favicon, the feed and the sitemap', () => {
		for (const [path, p] of site) {
			expect(meta(p, 'theme-color'), path).toHaveLength(2);
			expect(linkRel(p, 'icon')[0]?.href, path).toBe('/favicon.svg');
			expect(linkRel(p, 'alternate')[0], path).toMatchObject({
				type: 'application/rss+xml',
				href: '/rss.xml',
			});
			expect(linkRel(p, 'sitemap')[0]?.href, path).toBe('/sitemap-index.xml');
		}
		expect(readFileSync(join(dist, 'favicon.svg'), 'utf8')).toContain('<svg');
	});
});

describe('structured data', () => {
	it('is valid JSON with a schema.org context wherever it appears', () => {
		for (const [path, p] of site) {
			for (const block of jsonLd(p)) expect(block['@context'], path).toBe('https://schema.org');
		}
	});

	it('describes the site and its publisher on the home page', () => {
		expect(jsonLd(page('/')).map((block) => block['@type'])).toEqual(['WebSite', 'Organization']);
		expect(jsonLd(page('/'))[0]).toMatchObject({ url: home, name: 'Sourceline' });
	});

	it.each(contentIds('articles'))('describes article %s as a NewsArticle at its own URL', (id) => {
		const [article, ...others] = jsonLd(page(`/articles/${id}/`));
		expect(others).toEqual([]);
		expect(article).toMatchObject({
			'@type': 'NewsArticle',
			headline: readArticle(id, fixture).data.title,
			url: `${home}articles/${id}/`,
		});
	});

	it.each(contentIds('claims'))('reviews claim %s with a ClaimReview Google accepts', (id) => {
		const claim = readData('claims', id, fixture);
		const blocks = jsonLd(page(`/claims/${id}/`));
		const worded = (
			claim.byVersion as { article: string; wording?: { judged: string[] }; note?: string }[]
		).filter((entry) => entry.wording);
		// One for the claim as the record states it, then one for each version's telling of it.
		expect(blocks).toHaveLength(1 + worded.length);
		const [review, ...ofVersions] = blocks;
		for (const block of blocks) {
			expect(block['@type']).toBe('ClaimReview');
			// The whole claim, never a cut sentence, and no verdict in it.
			expect(block.claimReviewed).toBe(claim.claim.trim().replace(/\s+/g, ' '));
			for (const { label } of Object.values(verdicts)) expect(block.claimReviewed).not.toContain(label);
			const { ratingValue, worstRating, bestRating } = block.reviewRating;
			if (ratingValue !== undefined) {
				expect(worstRating).toBeLessThanOrEqual(ratingValue);
				expect(ratingValue).toBeLessThanOrEqual(bestRating);
			}
			expect(block.author).toEqual({ '@type': 'Organization', name: 'Sourceline', url: home });
			expect(block.itemReviewed['@type']).toBe('Claim');
			// Who made the claim: those its madeBy names, as people or organisations; never a headline.
			const titles = new Set(
				contentIds('articles').map((article) => readArticle(article, fixture).data.title),
			);
			for (const author of block.itemReviewed.author ?? []) {
				expect(['Person', 'Organization'], id).toContain(author['@type']);
				expect(titles.has(author.name), `${id}: ${author.name}`).toBe(false);
			}
			expect(block.itemReviewed.appearance.length).toBeGreaterThan(0);
			for (const { url } of block.itemReviewed.appearance) {
				expect(url).toMatch(new RegExp(`^${home}articles/[^/]+/#passage-${id}-1$`));
			}
		}
		expect(review.url).toBe(`${home}claims/${id}/`);
		const label = verdicts[claim.verdict as keyof typeof verdicts].label;
		expect(review.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: label });
		const madeBy = (claim.madeBy ?? []) as string[];
		expect(review.itemReviewed.author?.map((author: { name: string }) => author.name) ?? []).toEqual(
			madeBy.map((topic) => readData('topics', topic, fixture).name),
		);
		// A version's own review is rated by its own wording: the verdict's label only when it is faithful.
		expect(ofVersions.map((block) => block.url).sort()).toEqual(
			worded.map(({ article }) => `${home}claims/${id}/#wording-${article}`).sort(),
		);
		for (const { article, wording } of worded) {
			const block = ofVersions.find((block) => block.url === `${home}claims/${id}/#wording-${article}`);
			expect(block.itemReviewed.appearance).toHaveLength(1);
			expect(block.itemReviewed.appearance[0].url).toContain(`/articles/${article}/`);
			const labels = wording!.judged.map((judged) => wordingJudgements[judged as WordingJudgementId].label);
			expect(block.reviewRating.alternateName).toBe(
				wording!.judged[0] === 'faithful' ? label : labels.join('; '),
			);
		}
	});

	it('appears only on the home, article and claim pages', () => {
		const withData = [...site].filter(([, p]) => jsonLd(p).length > 0).map(([path]) => path);
		expect(withData.sort()).toEqual(
			[
				'/',
				...['articles', 'claims'].flatMap((kind) => contentIds(kind).map((id) => `/${kind}/${id}/`)),
			].sort(),
		);
	});
});

describe('feed, sitemap and robots.txt', () => {
	it('publishes an RSS feed with each version and each claim', () => {
		const feed = readXml(dist, 'rss.xml').rss.channel;
		expect(feed.title).toContain('Sourceline');
		expect(feed.item).toHaveLength(contentIds('articles').length + contentIds('claims').length);
		for (const item of feed.item) {
			expect(item.title).toBeTruthy();
			expect(item.description).toBeTruthy();
		}
	});

	it('lists every page but the 404 page in the sitemap', () => {
		const listed = publishedUrls(dist, site)
			.sitemap!.filter((url) => !url.endsWith('.xml'))
			.map((url) => `/${url.slice(home.length)}`);
		expect(listed.sort()).toEqual([...site.keys()].filter((path) => path !== '/404.html').sort());
	});

	it('names the sitemap in robots.txt', () => {
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe(
			`User-agent: *\nAllow: /\n\nSitemap: ${home}sitemap-index.xml\n`,
		);
	});

	it('points every published URL at a file in dist, and every #fragment at an element', () => {
		const missing: string[] = [];
		for (const [where, urls] of Object.entries(publishedUrls(dist, site))) {
			for (const url of urls) {
				const target = landing(dist, site, home, url);
				if (!target) continue; // an address as cited by a source, off this site
				if (!target.exists || !target.fragmentFound) missing.push(`${where}: ${url}`);
			}
		}
		expect(missing).toEqual([]);
	});
});

describe('open data', () => {
	const data = () => JSON.parse(readFileSync(join(dist, 'data.json'), 'utf8'));
	const schema = () => JSON.parse(readFileSync(join(dist, 'data.schema.json'), 'utf8'));

	it('validates against its own published JSON Schema', () => {
		const ajv = new Ajv2020({ allErrors: true });
		ajv.addFormat('uri', (value: string) => URL.canParse(value));
		const validate = ajv.compile(schema());
		expect(validate(data()), JSON.stringify(validate.errors, null, 2)).toBe(true);
		expect(data().$schema).toBe(schema().$id);
		expect(data().version).toMatch(/^\d+\.\d+\.\d+$/);
	});

	it('holds every entry of every collection', () => {
		const exported = data();
		for (const kind of [...kinds, 'stories'] as const) {
			expect(exported[kind].map((entry: { id: string }) => entry.id).sort(), kind).toEqual(
				contentIds(kind).sort(),
			);
		}
		for (const claim of exported.claims) {
			const record = readData('claims', claim.id, fixture);
			expect(claim.verdict, claim.id).toBe(record.verdict);
			expect(
				claim.byVersion.map((version: { article: string; citation: string }) => [
					version.article,
					version.citation,
				]),
				claim.id,
			).toEqual(
				record.byVersion.map((version: { article: string; citation: string }) => [
					version.article,
					version.citation,
				]),
			);
		}
	});
});

describe('search', () => {
	it('has an index covering every version, claim, source and topic page, and nothing else', () => {
		const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
		const counted = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
			(sum, language) => sum + language.page_count,
			0,
		);
		expect(counted).toBe(detailPages().length);
		const indexed = [...site].filter(
			([, p]) => select(p.tree, (el) => 'dataPagefindBody' in el.properties).length > 0,
		);
		expect(indexed.map(([path]) => path).sort()).toEqual(detailPages().sort());
		expect(readFileSync(join(dist, 'pagefind/pagefind.js'), 'utf8').length).toBeGreaterThan(0);
	});

	it('ships the search engine without Pagefind’s unused ready-made interfaces', () => {
		const files = readdirSync(join(dist, 'pagefind'));
		expect(files).toContain('pagefind-worker.js');
		expect(files.filter((file) => /-ui\.|highlight/.test(file))).toEqual([]);
	});

	it('puts a search box that works without JavaScript in every page header', () => {
		for (const [path, p] of site) {
			const form = select(p.tree, (el) => el.tagName === 'form' && el.properties.role === 'search')[0];
			expect(form?.properties.action, path).toBe('/search/');
			expect(String(form?.properties.method).toLowerCase(), path).toBe('get');
			expect(
				select(form!, (el) => el.tagName === 'input' && el.properties.name === 'q'),
				path,
			).toHaveLength(1);
		}
	});
});

describe('scripts', () => {
	const scripts = (p: Page) =>
		select(p.tree, (el) => el.tagName === 'script' && el.properties.type !== 'application/ld+json');

	it('run only on the search page and the article pages', () => {
		const withScript = [...site].filter(([, p]) => scripts(p).length > 0).map(([path]) => path);
		expect(withScript.sort()).toEqual(
			['/search/', ...contentIds('articles').map((id) => `/articles/${id}/`)].sort(),
		);
	});

	// Well inside the page budget's 3 KB of JavaScript at load (scripts/bench/page-weight.ts).
	it('stay small: an article’s (previews, verdict filter, reading position) under 2.75 KB and the search page’s (with its filter by kind) under 2.5 KB, compressed', () => {
		const size = (p: Page) =>
			scripts(p).reduce((sum, el) => {
				const src = el.properties.src
					? readFileSync(join(dist, String(el.properties.src)), 'utf8')
					: text(el);
				return sum + gzipSync(src).length;
			}, 0);
		for (const id of contentIds('articles')) expect(size(page(`/articles/${id}/`))).toBeLessThan(2816);
		expect(size(page('/search/'))).toBeLessThan(2560);
	});
});
