import { describe, expect, it } from 'vitest';
import {
	isRemade,
	mergeSitemaps,
	planMerge,
	planSearchIndexes,
	shardDigest,
	shardInputFiles,
} from '../../scripts/lib/shard-merge';
import { shardContent, type ShardInputs } from '../../src/loading/shards';

const file = (path: string, digest = 'same') => ({ path, digest });

describe('planMerge', () => {
	it('copies each page from the shard that rendered it, and a file every shard writes alike once', () => {
		const plan = planMerge([
			{ shard: 2, files: [file('articles/b/index.html', '2'), file('_astro/site.css'), file('favicon.svg')] },
			{
				shard: 1,
				files: [file('index.html', '1'), file('articles/a/index.html', '1'), file('_astro/site.css')],
			},
		]);
		expect(plan.problems).toEqual([]);
		expect(plan.copy).toEqual([
			{ path: '_astro/site.css', shard: 1 },
			{ path: 'articles/a/index.html', shard: 1 },
			{ path: 'articles/b/index.html', shard: 2 },
			{ path: 'favicon.svg', shard: 2 },
			{ path: 'index.html', shard: 1 },
		]);
	});

	it('stops on a page two shards rendered, even alike', () => {
		const plan = planMerge([
			{ shard: 1, files: [file('claims/x/index.html')] },
			{ shard: 3, files: [file('claims/x/index.html')] },
		]);
		expect(plan.problems).toEqual([
			'claims/x/index.html was rendered by shards 1 and 3; expected each page in one shard',
		]);
		expect(plan.copy).toEqual([]);
	});

	it('stops on any other file two shards wrote differently', () => {
		const plan = planMerge([
			{ shard: 1, files: [file('_astro/site.css', 'a')] },
			{ shard: 2, files: [file('_astro/site.css', 'b')] },
		]);
		expect(plan.problems).toEqual([
			'_astro/site.css differs between shards 1 and 2; expected the same file from each',
		]);
	});

	it('leaves the search index and the sitemap to be made again', () => {
		const plan = planMerge([
			{
				shard: 1,
				files: [
					file('pagefind/pagefind.js', 'a'),
					file('sitemap-index.xml', 'a'),
					file('sitemap-0.xml', 'a'),
				],
			},
			{
				shard: 2,
				files: [
					file('pagefind/pagefind.js', 'b'),
					file('sitemap-index.xml', 'b'),
					file('sitemap-0.xml', 'b'),
				],
			},
		]);
		expect(plan).toEqual({ copy: [], problems: [] });
		expect(isRemade('pagefind/indexes.json')).toBe(true);
		expect(isRemade('sitemap-12.xml')).toBe(true);
		expect(isRemade('sitemaps/index.html')).toBe(false);
	});
});

describe('planSearchIndexes', () => {
	it('keeps the first shard’s index where it is and puts every other’s, parts and all, beside it', () => {
		const plan = planSearchIndexes([
			{ shard: 3, merge: [] },
			{ shard: 1, merge: ['part-2/'] },
			{ shard: 2, merge: ['part-2/', 'part-3/'] },
		]);
		expect(plan.moves).toEqual([
			{ shard: 1, to: '' },
			{ shard: 2, to: 'shard-2/' },
			{ shard: 3, to: 'shard-3/' },
		]);
		expect(plan.merge).toEqual(['part-2/', 'shard-2/', 'shard-2/part-2/', 'shard-2/part-3/', 'shard-3/']);
	});

	it('starts from the first shard that wrote an index, and has nothing to merge when none did', () => {
		expect(planSearchIndexes([{ shard: 2, merge: [] }])).toEqual({
			moves: [{ shard: 2, to: '' }],
			merge: [],
		});
		expect(planSearchIndexes([])).toEqual({ moves: [], merge: [] });
	});
});

describe('mergeSitemaps', () => {
	const head =
		'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
	const url = (loc: string) => `<url><loc>${loc}</loc></url>`;
	const index =
		'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.org/sitemap-0.xml</loc></sitemap></sitemapindex>';

	it('lists every shard’s URLs once, sorted as @astrojs/sitemap sorts them', () => {
		const files = mergeSitemaps(index, [
			`${head}${url('https://x.org/')}${url('https://x.org/claims/page/10/')}${url('https://x.org/search/')}</urlset>`,
			`${head}${url('https://x.org/claims/page/2/')}${url('https://x.org/search/')}${url('https://x.org/a?b=1&amp;c=2')}</urlset>`,
		]);
		expect(files.get('sitemap-0.xml')).toBe(
			`${head}${url('https://x.org/')}${url('https://x.org/a?b=1&amp;c=2')}${url('https://x.org/claims/page/2/')}${url('https://x.org/claims/page/10/')}${url('https://x.org/search/')}</urlset>`,
		);
		expect(files.get('sitemap-index.xml')).toBe(index);
	});

	it('splits more URLs than one file holds, and names every file in the index', () => {
		const files = mergeSitemaps(
			index,
			[`${head}${url('https://x.org/a/')}${url('https://x.org/b/')}${url('https://x.org/c/')}</urlset>`],
			2,
		);
		expect(files.get('sitemap-0.xml')).toBe(
			`${head}${url('https://x.org/a/')}${url('https://x.org/b/')}</urlset>`,
		);
		expect(files.get('sitemap-1.xml')).toBe(`${head}${url('https://x.org/c/')}</urlset>`);
		expect(files.get('sitemap-index.xml')).toContain('<loc>https://x.org/sitemap-1.xml</loc>');
	});
});

describe('shardDigest', () => {
	const shard = { index: 2, count: 4 };
	const files = new Map([
		['content/articles/a.md', 'a1'],
		['content/sources/s.yaml', 's1'],
		['src/pages/index.astro', 'p1'],
	]);
	const env = { SITE_URL: 'https://x.org' };
	const records = (sources: [string, number][] = []) => ({ sources: new Map(sources), evidence: new Map() });
	const digest = shardDigest(shard, files, env, records());

	it('is the same for the same inputs, in any order', () => {
		expect(shardDigest(shard, new Map([...files].reverse()), env, records())).toBe(digest);
	});

	it.each([
		['one of its files changes', shard, new Map([...files, ['content/articles/a.md', 'a2']]), env],
		['it reads another file', shard, new Map([...files, ['content/articles/b.md', 'b1']]), env],
		['it reads a file fewer', shard, new Map([...files].slice(1)), env],
		['a setting changes', shard, files, { SITE_URL: 'https://y.org' }],
		['it is another shard', { index: 3, count: 4 }, files, env],
		['the site has other shards', { index: 2, count: 5 }, files, env],
	])('changes when %s', (_, otherShard, otherFiles, otherEnv) => {
		expect(shardDigest(otherShard, otherFiles, otherEnv, records())).not.toBe(digest);
	});

	it('changes when it renders another source’s or evidence page, and not for another shard’s', () => {
		const own = shardDigest(shard, files, env, records([['s', shard.index]]));
		expect(own).not.toBe(digest);
		expect(shardDigest(shard, files, env, records([['s', shard.index + 1]]))).toBe(digest);
	});
});

describe('a shard’s digest, from the files it reads', () => {
	const stories = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
	const inputs: ShardInputs = {
		articles: stories.map((story) => ({ id: `${story}-v1`, story })),
		claims: stories.map((story) => ({ id: `${story}-claim`, articles: [`${story}-v1`] })),
	};
	const files = new Map([
		...stories.flatMap((story) => [
			[`content/articles/${story}-v1.md`, `${story} text`],
			[`content/claims/${story}-claim.yaml`, `${story} claim`],
			[`content/stories/${story}.yaml`, `${story} story`],
		]),
		['content/sources/wire.yaml', 'wire'],
		['src/pages/index.astro', 'page'],
		['package-lock.json', 'lock'],
		['scripts/bench/run.ts', 'bench'],
		['README.md', 'readme'],
	] as [string, string][]);
	const count = 3;
	const digests = (changed: Map<string, string>) =>
		[1, 2, 3].map((index) => {
			const reads = shardContent(inputs, { index, count });
			const read = shardInputFiles([...changed.keys()], reads);
			const reading = new Map(read.map((file) => [file, changed.get(file)!]));
			return shardDigest({ index, count }, reading, {}, reads.records);
		});
	const before = digests(files);
	const edited = (file: string) => digests(new Map([...files, [file, 'edited']]));
	/** Which shards' digests change when `file` is edited. */
	const changedBy = (file: string) =>
		edited(file).flatMap((digest, i) => (digest === before[i] ? [] : [i + 1]));
	const shardOf = (story: string) =>
		[1, 2, 3].find((index) => shardContent(inputs, { index, count }).renders.stories.has(story))!;

	it('spreads the stories over every shard', () => {
		expect(new Set(stories.map(shardOf)).size).toBe(3);
	});

	it.each(stories)(
		'changes for the shard of %s and shard 1 only when its version or claim changes',
		(story) => {
			const shards = [...new Set([1, shardOf(story)])].sort();
			expect(changedBy(`content/articles/${story}-v1.md`)).toEqual(shards);
			expect(changedBy(`content/claims/${story}-claim.yaml`)).toEqual(shards);
		},
	);

	it('changes for every shard when a shared record or the code changes', () => {
		expect(changedBy('content/stories/alpha.yaml')).toEqual([1, 2, 3]);
		expect(changedBy('content/sources/wire.yaml')).toEqual([1, 2, 3]);
		expect(changedBy('src/pages/index.astro')).toEqual([1, 2, 3]);
		expect(changedBy('package-lock.json')).toEqual([1, 2, 3]);
	});

	it('changes for no shard when a file no build reads changes', () => {
		expect(changedBy('scripts/bench/run.ts')).toEqual([]);
		expect(changedBy('README.md')).toEqual([]);
	});
});
