import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { matches, select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';
import { claimOrder, contentIds, readArticle, readData } from '../helpers/content';
import { brokenLinks, href, links, type Page, builtSite, resolveLink, text } from '../helpers/dist';
import { verdicts } from '../../src/schemas/verdict';

let site: Map<string, Page>;
const page = (path: string) => {
	const found = site.get(path);
	if (!found) throw new Error(`No page at ${path}`);
	return found;
};

beforeAll(() => {
	site = builtSite(join(projectRoot, 'dist'));
});

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

/** How many times `mark` occurs in `text`. */
const count = (text: string, mark: string) => text.split(mark).length - 1;

/** A copy of `el` without the elements of a class, and what they hold. */
function withoutClass(el: Element, name: string): Element {
	return {
		...el,
		children: el.children.flatMap((child): Element['children'] =>
			child.type !== 'element' ? [child] : matches(`.${name}`, child) ? [] : [withoutClass(child, name)],
		),
	};
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
		const sidebar = () => select('aside.sidebar', get().tree)!;
		const entries = () => selectAll('.entry', sidebar());

		it('lists in its sidebar exactly the claims its headline and text mark, in order of first mention', () => {
			const firstMentions = [...new Set(passages.map(({ claimId }) => claimId))];
			expect(entries().map((entry) => entry.properties.id)).toEqual(
				firstMentions.map((claim) => `claim-${claim}`),
			);
			const numbers = entries().map((entry) => text(select('.number', entry)!));
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
			const markers = selectAll('.claim-marker', get().tree);
			expect(markers.map((marker) => [marker.properties.dataClaim, marker.properties.id])).toEqual(
				passages.map(({ claimId, passageId }) => [claimId, passageId]),
			);
			for (const marker of markers) {
				const claimId = String(marker.properties.dataClaim);
				const ref = select('.claim-ref', marker)!;
				expect(href(ref)).toBe(`#claim-${claimId}`);
				const entry = entries().find((el) => el.properties.id === `claim-${claimId}`)!;
				expect(links(entry)).toContain(`#${marker.properties.id}`);
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

		it('shows its reference list, each entry linking to the source page', () => {
			const list = select('#references-heading', get().tree)!;
			expect(text(list)).toBe(data.referencesHeading ?? 'References');
			for (const reference of data.references as { source: string }[]) {
				expect(get().ids).toContain(`ref-${reference.source}`);
				expect(links(get())).toContain(`/sources/${reference.source}/`);
			}
		});

		it('shows the version’s words exactly as received, quote marks, apostrophes and dashes and all', () => {
			const originalFile = join(projectRoot, 'tests/fixtures/originals', `${id}.txt`);
			if (!existsSync(originalFile)) return;
			const original = readFileSync(originalFile, 'utf8');
			const prose = select('.prose', get().tree)!;
			// The claim numbers are ours, not the version's: the words around them are read without them.
			const body = text(withoutClass(prose, 'claim-ref'));
			const quoted = [...new Set(original.match(/\S*['"‘’“”—–…]\S*/g) ?? [])]
				.map((token) => token.replace(/^[([]+|[.,;:!?)\]]+$/g, ''))
				.filter((token) => /[\p{L}\p{N}]/u.test(token));
			let shown = 0;
			for (const token of quoted) {
				const plain = token.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
				const restyled = body.includes(plain.replace(/'/g, '’')) || body.includes(plain.replace(/"/g, '“'));
				if (body.includes(token) || restyled) {
					expect(body, `“${token}” as received`).toContain(token);
					shown++;
				}
			}
			expect(shown, 'words with quote marks or dashes found in the text').toBeGreaterThan(0);
			for (const mark of ['‘', '’', '“', '”', '—', '…'])
				expect(count(body, mark), `${mark} in the text`).toBeLessThanOrEqual(count(original, mark));
		});

		it('carries no scraping debris in the article text', () => {
			const body = text(select('.prose', get().tree)!);
			for (const debris of ['Skip to content', 'Read also', 'Latest', 'Wars and Conflicts']) {
				expect(body).not.toContain(debris);
			}
			if (data.alternateHeadline) expect(body).not.toContain(data.alternateHeadline);
			expect(body).not.toContain(data.title);
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
		for (const articleId of articleIds) {
			const passages = passagesOf(articleId);
			for (const { claimId, passageId } of passages) {
				expect(links(page(`/claims/${claimId}/`))).toContain(`/articles/${articleId}/#${passageId}`);
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
				const anchor = select(`#event-${event.id}`, home.tree);
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
		expect(brokenLinks(site)).toEqual([]);
	});

	it('links to asset files that exist', () => {
		const dist = join(projectRoot, 'dist');
		const missing: string[] = [];
		for (const [from, current] of site) {
			for (const el of selectAll('[href], [src]', current.tree)) {
				const target = resolveLink(from, String(el.properties.href ?? el.properties.src));
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
					select('script:not([type="application/ld+json"]), link[rel=modulepreload]', page.tree) !==
					undefined,
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
		const titles = new Set<string>();
		for (const [path, current] of site) {
			expect(selectAll('h1', current.tree), path).toHaveLength(1);
			expect(selectAll('main', current.tree), path).toHaveLength(1);
			expect(links(current)[0], path).toBe('#main');
			const title = text(select('title', current.tree)!);
			expect(titles.has(title), `${path}: ${title}`).toBe(false);
			titles.add(title);
		}
	});
});

describe('the content store the build wrote', () => {
	// Astro writes it flattened (devalue): one array, each object's fields pointing into it.
	const objects = () =>
		(
			JSON.parse(readFileSync(join(projectRoot, 'node_modules/.astro/data-store.json'), 'utf8')) as unknown[]
		).filter(
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
