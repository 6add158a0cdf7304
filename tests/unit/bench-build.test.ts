import { describe, expect, it } from 'vitest';
import { parsePhases, reusedPages, shareCards } from '../../scripts/bench/build';
import { generateCorpus } from '../../scripts/bench/generate';
import { growthPer4x } from '../../scripts/bench/growth';
import { validateCorpus } from '../../scripts/bench/validate';
import { parseArticle, plainText } from '../helpers/content';

describe('parsePhases', () => {
	it.each([
		[
			'[types] Generated 770ms\n[vite] ✓ built in 475ms\n[vite] ✓ built in 31ms\n generating static routes \n✓ Completed in 247ms.',
			{ syncMs: 770, viteMs: 506, pagesMs: 247, firstPageMs: undefined },
		],
		[
			'[types] Generated 1m 2.5s\n[vite] ✓ built in 36.07s\n generating static routes \n✓ Completed in 5m 3s.',
			{ syncMs: 62_500, viteMs: 36_070, pagesMs: 303_000, firstPageMs: undefined },
		],
		[
			'02:29:22 [build] Rearranging server assets...\n\n generating static routes \n02:32:29   ├─ /404.html (+205ms) \n✓ Completed in 4m 41s.',
			{ syncMs: undefined, viteMs: undefined, pagesMs: 281_000, firstPageMs: 187_000 },
		],
		['nothing logged', { syncMs: undefined, viteMs: undefined, pagesMs: undefined, firstPageMs: undefined }],
	])('%s', (log, phases) => {
		expect(parsePhases(log)).toEqual(phases);
	});
});

describe('growthPer4x', () => {
	it('gives 4 for a figure in proportion to the articles and 16 for one that grows with their square', () => {
		expect(growthPer4x({ n: 1000, value: 60 }, { n: 5000, value: 300 })).toBeCloseTo(4, 10);
		expect(growthPer4x({ n: 1000, value: 60 }, { n: 5000, value: 1500 })).toBeCloseTo(16, 10);
		expect(growthPer4x({ n: 5000, value: 2 }, { n: 20000, value: 9 })).toBeCloseTo(4.5, 10);
	});
});

describe('reusedPages', () => {
	it('counts the pages copied from the last build, not those rendered', () => {
		const log = [
			'08:00:14   ├─ /404.html (+11ms) ',
			'08:00:14   ├─ /articles/a1/index.html (restored)',
			'08:00:14   ├─ /claims/c1/index.html (cached)',
			'08:00:14   └─ /index.html (+3ms) ',
		].join('\n');
		expect(reusedPages(log)).toEqual(['/articles/a1/index.html', '/claims/c1/index.html']);
		expect(reusedPages('nothing logged')).toEqual([]);
	});
});

describe('shareCards', () => {
	it('reads what the share cards cost from the lines the build logs', () => {
		const log = [
			'15:06:17   ├─ /rss.xml',
			'[share-cards] 4 cards: 1 to draw, 3 kept',
			' (+9ms) ',
			'15:06:18 ▶ src/pages/og/[card].png.ts',
			'15:06:18   ├─ /og/0a1b.png (cached)',
			'15:06:18   ├─ /og/2c3d.png (+40ms) ',
			'15:06:19   ├─ /og/4e5f.png (+2ms) ',
			'15:06:21   └─ /base/og/6a7b.png (restored)',
			'15:06:21   ├─ /sitemap.xml',
		].join('\n');
		expect(shareCards(log)).toEqual({ cards: 4, wallMs: 3000, drawn: 1, copied: 2, readBack: 1 });
		expect(shareCards('nothing logged')).toBeUndefined();
	});

	it('reads a build that wrote no card image as taking no time', () => {
		expect(shareCards('[share-cards] 0 cards: 0 to draw, 0 kept')).toEqual({
			cards: 0,
			wallMs: 0,
			drawn: 0,
			copied: 0,
			readBack: 0,
		});
	});
});

describe('generateCorpus', () => {
	it('is the same for the same seed, and has the articles asked for', () => {
		const a = generateCorpus({ articles: 12, seed: 3 });
		const b = generateCorpus({ articles: 12, seed: 3 });
		expect([...a.files]).toEqual([...b.files]);
		expect([...a.files.keys()].filter((path) => path.startsWith('content/articles/'))).toHaveLength(12);
		expect(a.plainArticles.size).toBe(12);
	});

	it('fits the current schemas', () => {
		expect(validateCorpus(generateCorpus({ articles: 30, seed: 1 }).files)).toEqual([]);
	});

	it('reports what no longer fits', () => {
		const files = new Map([['content/topics/x.yaml', 'name: X\nkind: planet\ndescription: Y\n']]);
		expect(validateCorpus(files)).toEqual([expect.stringMatching(/^content\/topics\/x\.yaml → kind: /)]);
	});

	it('marks 5–10 claims per article, and the baseline copy keeps the words without markers', () => {
		const { files, plainArticles } = generateCorpus({ articles: 6, seed: 1 });
		for (const [path, text] of files) {
			if (!path.startsWith('content/articles/')) continue;
			// Both read as the site reads them, through its Markdown plugins.
			const marked = parseArticle(text);
			expect(marked.problems, path).toEqual([]);
			expect(marked.markedClaims.length, path).toBeGreaterThanOrEqual(5);
			expect(marked.markedClaims.length, path).toBeLessThanOrEqual(10);
			const plain = parseArticle(plainArticles.get(path.replace(/^content\/articles\/(.*)\.md$/, '$1'))!);
			expect(plain.markers, path).toEqual([]);
			expect(plainText(plain.body), path).toBe(plainText(marked.body));
		}
	});
});
