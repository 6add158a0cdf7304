import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
	claimOrder,
	contentIds as idsIn,
	type ParsedArticle,
	readArticle as read,
	readData as data,
} from '../helpers/content';
import {
	brokenLinks,
	byTag,
	hasClass,
	href,
	links as linksAsWritten,
	type Page,
	builtSite,
	resolveLink,
	select,
	text,
} from '../helpers/dist';
import { published, publishedDist } from '../helpers/fixture-site';
import { verdicts } from '../../src/schemas/verdict';

/*
 * The fixture site as a deploy publishes it (tests/helpers/fixture-site.ts),
 * every page of it, checked against its content read straight from the
 * project the setup built it from: its long article and its corrected claim
 * included. The real articles' words, as received, are checked without a
 * build in tests/unit/fidelity.test.ts.
 */

let site: Map<string, Page>;
const page = (path: string) => {
	const found = site.get(path);
	if (!found) throw new Error(`No page at ${path}`);
	return found;
};

beforeAll(() => {
	site = builtSite(publishedDist());
});

const root = inject('publishedFixtureDir');
const contentIds = (collection: string) => idsIn(collection, root);
const readData = (collection: string, id: string) => data(collection, id, root);
const parsed = new Map<string, ParsedArticle>();
/** An article, read once: the long one takes a moment. */
const readArticle = (id: string) => parsed.get(id) ?? parsed.set(id, read(id, root)).get(id)!;

/** A link as the site's own paths read it, without the sub-path the site is published under. */
const unbased = (link: string) =>
	link.startsWith(published.BASE_PATH) ? link.slice(published.BASE_PATH.length - 1) : link;
const links = (from: Page | Element) => linksAsWritten(from).map(unbased);

const articleIds = contentIds('articles');
const verdictLabels = Object.values(verdicts).map((verdict) => verdict.label);

/**
 * The claims an article makes, in the order a reader meets them (headline
 * lines, then the text), each with its passage id: the claim's occurrences
 * counted across the headline and the text.
 */
function passagesOf(id: string): { claimId: string; passageId: string; headline?: string }[] {
	const { data, markedClaims } = readArticle(id);
	const seen = new Map<string, number>();
	return claimOrder(data, markedClaims).map(({ claimId, headline }) => {
		const n = (seen.get(claimId) ?? 0) + 1;
		seen.set(claimId, n);
		return { claimId, passageId: `passage-${claimId}-${n}`, ...(headline ? { headline } : {}) };
	});
}

/** The claim ids an article makes, headline included. */
const claimsMadeBy = (id: string) => new Set(passagesOf(id).map(({ claimId }) => claimId));

/** The sources a version cites for a claim, from the claim's record. */
function citedFor(claim: Record<string, any>, articleId: string): string[] {
	const entry = (claim.byVersion as { article: string; sources?: string[] }[]).find(
		(version) => version.article === articleId,
	);
	return entry?.sources ?? [];
}

describe('article pages', () => {
	it('exist for every article', () => {
		expect(articleIds.length).toBeGreaterThanOrEqual(2);
		for (const id of articleIds) expect(site.has(`/articles/${id}/`), id).toBe(true);
	});

	describe.each(articleIds)('%s', (id) => {
		const { data } = readArticle(id);
		const passages = passagesOf(id);
		const get = () => page(`/articles/${id}/`);
		const sidebar = () => select(get().tree, (el) => el.tagName === 'aside' && hasClass('sidebar')(el))[0]!;
		const entries = () => select(sidebar(), hasClass('entry'));

		it('lists in its sidebar exactly the claims its headline and text mark, in order of first mention', () => {
			const firstMentions = [...new Set(passages.map(({ claimId }) => claimId))];
			expect(entries().map((entry) => entry.properties.id)).toEqual(
				firstMentions.map((claim) => `claim-${claim}`),
			);
			const numbers = entries().map((entry) => text(select(entry, hasClass('number'))[0]!));
			expect(numbers).toEqual(firstMentions.map((_, i) => String(i + 1)));
		});

		it('gives every sidebar entry its verdict with its reason, who asserts it, this version’s citation and the evidence', () => {
			for (const entry of entries()) {
				const claimId = String(entry.properties.id).replace(/^claim-/, '');
				const claim = readData('claims', claimId);
				const entryText = text(entry);
				const oneLine = (value: string) => value.trim().replace(/\s+/g, ' ');
				expect(entry.properties.dataVerdict, claimId).toBe(claim.verdict);
				expect(
					verdictLabels.filter((label) => entryText.includes(label)),
					claimId,
				).toEqual([verdicts[claim.verdict as keyof typeof verdicts].label]);
				expect(entryText).toContain(oneLine(claim.rationale));
				expect(entryText).toContain(oneLine(claim.assertedBy));
				const version = (claim.byVersion as { article: string; citationRationale: string }[]).find(
					(entry) => entry.article === id,
				)!;
				expect(version, `${claimId} has an entry for ${id}`).toBeDefined();
				expect(entryText).toContain(oneLine(version.citationRationale));
				const sourceLinks = links(entry).filter((link) => link.startsWith('/sources/'));
				expect([...new Set(sourceLinks)].sort()).toEqual(
					citedFor(claim, id)
						.map((source) => `/sources/${source}/`)
						.sort(),
				);
				const evidenceLinks = links(entry).filter((link) => link.startsWith('/evidence/'));
				expect([...new Set(evidenceLinks)].sort()).toEqual(
					[
						...new Set((claim.evidence ?? []).map((link: { item: string }) => `/evidence/${link.item}/`)),
					].sort(),
				);
			}
		});

		it('links every marker to its sidebar entry, and every entry back to each of its markers', () => {
			const markers = select(get().tree, hasClass('claim-marker'));
			expect(markers.map((marker) => [marker.properties.dataClaim, marker.properties.id])).toEqual(
				passages.map(({ claimId, passageId }) => [claimId, passageId]),
			);
			const linksOf = new Map(entries().map((entry) => [entry.properties.id, new Set(links(entry))]));
			for (const marker of markers) {
				const claimId = String(marker.properties.dataClaim);
				const ref = select(marker, hasClass('claim-ref'))[0]!;
				expect(href(ref)).toBe(`#claim-${claimId}`);
				expect(
					linksOf.get(`claim-${claimId}`)?.has(`#${marker.properties.id}`),
					String(marker.properties.id),
				).toBe(true);
			}
		});

		it('links to every other version, and is linked from it', () => {
			for (const other of data.versions as string[]) {
				expect(links(get())).toContain(`/articles/${other}/`);
				expect(links(page(`/articles/${other}/`))).toContain(`/articles/${id}/`);
			}
		});

		it('links each sidebar entry to the same claim in every other version that makes it', () => {
			for (const entry of entries()) {
				const claimId = String(entry.properties.id).replace(/^claim-/, '');
				for (const other of data.versions as string[]) {
					const madeThere = claimsMadeBy(other).has(claimId);
					const crossLink = `/articles/${other}/#passage-${claimId}-1`;
					expect(links(entry).includes(crossLink), `${claimId} in ${other}`).toBe(madeThere);
					if (!madeThere) expect(links(entry)).toContain(`/articles/${other}/`);
				}
			}
		});

		it('shows its reference list, each entry linking to the source page, or says it has none', () => {
			const list = select(get().tree, (el) => el.properties.id === 'references-heading')[0];
			if (data.references.length === 0) {
				expect(list).toBeUndefined();
				expect(text(get().tree)).toContain('This version lists no references.');
			} else expect(text(list!)).toBe(data.referencesHeading ?? 'References');
			for (const reference of data.references as { source: string }[]) {
				expect(get().ids).toContain(`ref-${reference.source}`);
				expect(links(get())).toContain(`/sources/${reference.source}/`);
			}
		});
	});
});

describe('claim, source and topic pages', () => {
	it('exist for every entry and are linked from their index page', () => {
		for (const collection of ['claims', 'sources', 'evidence', 'topics']) {
			const index = links(page(`/${collection}/`));
			for (const id of contentIds(collection)) {
				expect(site.has(`/${collection}/${id}/`), `${collection}/${id}`).toBe(true);
				expect(index, `${collection}/${id}`).toContain(`/${collection}/${id}/`);
			}
		}
	});

	it('link each claim to every passage that makes it, and each passage back to the claim', () => {
		// A claim's page links to each of the long article's many passages: its links are read once.
		const claimLinks = new Map<string, Set<string>>();
		const linksOfClaim = (claimId: string) =>
			claimLinks.get(claimId) ??
			claimLinks.set(claimId, new Set(links(page(`/claims/${claimId}/`)))).get(claimId)!;
		for (const articleId of articleIds) {
			const passages = passagesOf(articleId);
			for (const { claimId, passageId } of passages) {
				const link = `/articles/${articleId}/#${passageId}`;
				expect(linksOfClaim(claimId).has(link), `/claims/${claimId}/ → ${link}`).toBe(true);
			}
			for (const claimId of new Set(passages.map(({ claimId }) => claimId))) {
				expect(links(page(`/articles/${articleId}/`))).toContain(`/claims/${claimId}/`);
			}
		}
	});

	it('link each source to the articles that cite it and the claims a version cites it for, and back', () => {
		for (const sourceId of contentIds('sources')) {
			const sourceLinks = links(page(`/sources/${sourceId}/`));
			for (const articleId of articleIds) {
				const cites = (readArticle(articleId).data.references as { source: string }[]).some(
					(r) => r.source === sourceId,
				);
				expect(
					sourceLinks.includes(`/articles/${articleId}/#ref-${sourceId}`),
					`${sourceId} ← ${articleId}`,
				).toBe(cites);
			}
			for (const claimId of contentIds('claims')) {
				const claim = readData('claims', claimId);
				const checked = (claim.byVersion as { article: string }[]).some((version) =>
					citedFor(claim, version.article).includes(sourceId),
				);
				expect(sourceLinks.includes(`/claims/${claimId}/`), `${sourceId} ← ${claimId}`).toBe(checked);
				if (checked) expect(links(page(`/claims/${claimId}/`))).toContain(`/sources/${sourceId}/`);
			}
		}
	});

	it('link each piece of evidence to the claims it bears on, and back', () => {
		const bearsOn = new Map<string, Set<string>>();
		for (const claimId of contentIds('claims')) {
			for (const { item } of (readData('claims', claimId).evidence ?? []) as { item: string }[]) {
				bearsOn.set(item, new Set([...(bearsOn.get(item) ?? []), claimId]));
				expect(links(page(`/claims/${claimId}/`))).toContain(`/evidence/${item}/`);
			}
		}
		for (const evidenceId of contentIds('evidence')) {
			const claimLinks = links(page(`/evidence/${evidenceId}/`)).filter((link) =>
				/^\/claims\/[^/]+\/$/.test(link),
			);
			expect(new Set(claimLinks), evidenceId).toEqual(
				bearsOn.get(evidenceId)
					? new Set([...bearsOn.get(evidenceId)!].map((id) => `/claims/${id}/`))
					: new Set(),
			);
		}
	});

	it('show each story’s timeline (on the home page when there is one story), each event linking to its evidence', () => {
		const storyIds = contentIds('stories');
		for (const storyId of storyIds) {
			const versions = articleIds.filter((id) => readArticle(id).data.story === storyId);
			if (storyIds.length > 1 && versions.length < 2) continue;
			const home = page(storyIds.length === 1 ? '/' : `/compare/${storyId}/`);
			for (const event of (readData('stories', storyId).timeline ?? []) as {
				id: string;
				evidence: string[];
			}[]) {
				const anchor = select(home.tree, (el) => el.properties.id === `event-${event.id}`)[0];
				expect(anchor, `event-${event.id}`).toBeDefined();
				for (const item of event.evidence)
					expect(links(anchor!), `${event.id} → ${item}`).toContain(`/evidence/${item}/`);
			}
		}
	});

	it('link each topic to its claims and articles, and back', () => {
		for (const claimId of contentIds('claims')) {
			for (const topicId of readData('claims', claimId).topics as string[]) {
				expect(links(page(`/topics/${topicId}/`))).toContain(`/claims/${claimId}/`);
				expect(links(page(`/claims/${claimId}/`))).toContain(`/topics/${topicId}/`);
			}
		}
		for (const articleId of articleIds) {
			for (const topicId of readArticle(articleId).data.topics as string[]) {
				expect(links(page(`/topics/${topicId}/`))).toContain(`/articles/${articleId}/`);
				expect(links(page(`/articles/${articleId}/`))).toContain(`/topics/${topicId}/`);
			}
		}
	});
});

describe('the site as a crawler sees it', () => {
	it('reaches every page from the home page by following links', () => {
		const seen = new Set(['/']);
		const queue = ['/'];
		while (queue.length > 0) {
			const from = queue.shift()!;
			for (const link of links(page(from))) {
				const target = resolveLink(from, link);
				if (target && site.has(target.path) && !seen.has(target.path)) {
					seen.add(target.path);
					queue.push(target.path);
				}
			}
		}
		const unreachable = [...site.keys()].filter((path) => !seen.has(path) && path !== '/404.html');
		expect(unreachable).toEqual([]);
	});

	it('resolves every internal link and fragment to a page and an element', () => {
		// Read where they are served, under the sub-path, as the links are written for.
		const base = published.BASE_PATH.slice(0, -1);
		const served = new Map(
			[...site].map(([path, page]) => [`${base}${path}`, { ...page, path: `${base}${path}` }]),
		);
		expect(brokenLinks(served)).toEqual([]);
	});

	it('links to asset files that exist', () => {
		const dist = publishedDist();
		const missing: string[] = [];
		for (const [from, current] of site) {
			for (const el of select(
				current.tree,
				(el) => typeof (el.properties.href ?? el.properties.src) === 'string',
			)) {
				const target = resolveLink(from, unbased(String(el.properties.href ?? el.properties.src)));
				if (target && /\.[a-z0-9]+$/i.test(target.path) && !existsSync(join(dist, target.path))) {
					missing.push(`${from} → ${target.path}`);
				}
			}
		}
		expect(missing).toEqual([]);
	});

	it('loads a script on the search page and the articles only', () => {
		const withScripts = [...site]
			.filter(
				([, page]) =>
					select(
						page.tree,
						(el) =>
							(el.tagName === 'script' && el.properties.type !== 'application/ld+json') ||
							(el.tagName === 'link' && String(el.properties.rel) === 'modulepreload'),
					).length > 0,
			)
			.map(([path]) => path);
		expect(withScripts).toContain('/search/');
		expect(withScripts.filter((path) => path !== '/search/' && !/^\/articles\/[^/]+\/$/.test(path))).toEqual(
			[],
		);
	});

	it('prints no placeholder where a value should be', () => {
		for (const [path, current] of site) {
			expect(text(current.tree), path).not.toMatch(/\[object Object\]|\bundefined\b|\bNaN\b/);
		}
	});

	it('gives every page one h1, a main landmark, a skip link and a unique title', () => {
		const titles = new Map<string, string>();
		/** The record a source's or a piece of evidence's page is about, e.g. `sources/x`. */
		const recordOf = (path: string) => /^\/(sources|evidence)\/([^/]+)\/$/.exec(path)?.slice(1) ?? [];
		/**
		 * A source and a piece of evidence that are one document (the gazette's
		 * report, cited by a version and read as evidence) have pages of the same
		 * title: the page shows the document's, and nothing yet tells the two apart.
		 */
		const oneDocument = (a: string, b: string) => {
			const [kindA, idA] = recordOf(a);
			const [kindB, idB] = recordOf(b);
			if (!kindA || !kindB || kindA === kindB) return false;
			const [one, other] = [readData(kindA, idA!), readData(kindB, idB!)];
			return one.url !== undefined && one.url === other.url;
		};
		for (const [path, current] of site) {
			expect(select(current.tree, byTag('h1')), path).toHaveLength(1);
			expect(select(current.tree, byTag('main')), path).toHaveLength(1);
			expect(links(current)[0], path).toBe('#main');
			const title = text(select(current.tree, byTag('title'))[0]!);
			const before = titles.get(title);
			if (before !== undefined)
				expect(oneDocument(before, path), `${path} and ${before}: ${title}`).toBe(true);
			titles.set(title, path);
		}
	});
});

describe('the content store the build wrote', () => {
	// Astro writes it flattened (devalue): one array, each object's fields pointing into it.
	const objects = () =>
		(JSON.parse(readFileSync(join(root, 'node_modules/.astro/data-store.json'), 'utf8')) as unknown[]).filter(
			(value): value is Record<string, unknown> =>
				typeof value === 'object' && value !== null && !Array.isArray(value),
		);

	it('holds no Markdown body, and each article’s rendering packed', () => {
		const stored = objects();
		const articles = contentIds('articles').length;
		expect(stored.filter((value) => 'digest' in value && 'filePath' in value).length).toBeGreaterThan(
			articles,
		);
		expect(stored.filter((value) => 'body' in value)).toEqual([]);
		expect(stored.filter((value) => 'packed' in value)).toHaveLength(articles);
		// What the plugins recorded is in the packed rendering, not beside it.
		expect(stored.filter((value) => 'claimMarkers' in value || 'textBlocks' in value)).toEqual([]);
	});
});
