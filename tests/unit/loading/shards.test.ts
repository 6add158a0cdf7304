import { describe, expect, it } from 'vitest';
import {
	shardContent,
	shardFromEnv,
	SHARED_WORK,
	shardOfStory,
	storyShares,
	storyShards,
	type ShardInputs,
} from '../../../src/loading/shards';

const stories = Array.from({ length: 40 }, (_, i) => `story-${i}`);

/** Two versions per story, each making a claim of its story's own. */
function inputs(ids = stories): ShardInputs {
	return {
		articles: ids.flatMap((story) => [
			{ id: `${story}-a`, story },
			{ id: `${story}-b`, story },
		]),
		claims: ids.map((story) => ({ id: `${story}-claim`, articles: [`${story}-a`, `${story}-b`] })),
	};
}

describe('shardFromEnv', () => {
	it.each([
		[{}, undefined],
		[{ SHARDS: '1', SHARD: '1' }, undefined],
		[
			{ SHARDS: '4', SHARD: '2' },
			{ index: 2, count: 4 },
		],
		[
			{ SHARDS: '2', SHARD: '2' },
			{ index: 2, count: 2 },
		],
	])('%o is %o', (env, shard) => {
		expect(shardFromEnv(env)).toEqual(shard);
	});

	it.each([
		[{ SHARDS: '4' }, /needs SHARD.*build:sharded/],
		[{ SHARD: '2' }, /without SHARDS/],
		[{ SHARDS: '4', SHARD: '5' }, /from 1 to 4; got "5"/],
		[{ SHARDS: '4', SHARD: '0' }, /from 1 to 4/],
		[{ SHARDS: 'two', SHARD: '1' }, /whole number of shards/],
		[{ SHARDS: '2.5', SHARD: '1' }, /whole number of shards/],
	])('%o stops the build', (env, message) => {
		expect(() => shardFromEnv(env)).toThrow(message);
	});
});

describe('storyShares', () => {
	it.each([2, 4, 8, 11, 16])('shares every story out among %i shards, the first taking less', (count) => {
		const shares = storyShares(count);
		expect(shares).toHaveLength(count);
		expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 10);
		expect(shares[0]).toBeLessThan(shares[1]!);
		expect(shares[0]).toBeGreaterThanOrEqual(0);
	});

	it('leaves shard 1 the shared pages alone once they are as much work as another shard', () => {
		expect(storyShares(11)[0]).toBe(0);
		expect(storyShares(4)[0]).toBeCloseTo((1 - 3 * SHARED_WORK) / 4, 10);
	});
});

describe('shardOfStory', () => {
	it('puts every story in a shard from 1 to the count, and spreads them', () => {
		const counts = new Map<number, number>();
		for (const story of stories) {
			const shard = shardOfStory(story, 4);
			expect(shard).toBeGreaterThanOrEqual(1);
			expect(shard).toBeLessThanOrEqual(4);
			counts.set(shard, (counts.get(shard) ?? 0) + 1);
		}
		expect(counts.size).toBe(4);
	});

	it('gives shard 1 a smaller share of the stories, for the shared pages it renders besides', () => {
		const many = Array.from({ length: 4000 }, (_, i) => `story-${i}`);
		const share = (shard: number) => many.filter((story) => shardOfStory(story, 4) === shard).length / 4000;
		expect(share(1)).toBeCloseTo(storyShares(4)[0]!, 1);
		for (const shard of [2, 3, 4]) expect(share(shard)).toBeCloseTo(storyShares(4)[1]!, 1);
		expect(share(1)).toBeLessThan(share(2));
	});

	it('keeps a story in its shard when other stories are added', () => {
		const before = storyShards(inputs(), 4);
		const after = storyShards(inputs([...stories, 'new-one', 'new-two']), 4);
		for (const story of stories) expect(after.get(story)).toBe(before.get(story));
	});
});

describe('storyShards', () => {
	it('puts stories a claim joins in one shard, that of the first by id', () => {
		const joined = inputs();
		// A claim made by a version of story-3 and a version of story-30.
		joined.claims.push({ id: 'shared', articles: ['story-30-a', 'story-3-b'] });
		const shards = storyShards(joined, 4);
		expect(shards.get('story-30')).toBe(shardOfStory('story-3', 4));
		expect(shards.get('story-3')).toBe(shardOfStory('story-3', 4));
		// Stories not joined keep their own.
		expect(shards.get('story-7')).toBe(shardOfStory('story-7', 4));
	});
});

describe('shardContent', () => {
	const all = inputs();
	const shards = [1, 2, 3, 4].map((index) => shardContent(all, { index, count: 4 }));

	it('renders each version, claim and comparison in exactly one shard', () => {
		for (const kind of ['articles', 'claims', 'stories'] as const) {
			const rendered = shards.flatMap((shard) => [...shard.renders[kind]]);
			expect(new Set(rendered).size).toBe(rendered.length);
		}
		expect(shards.flatMap((shard) => [...shard.renders.articles]).sort()).toEqual(
			all.articles.map(({ id }) => id).sort(),
		);
		expect(shards.flatMap((shard) => [...shard.renders.claims]).sort()).toEqual(
			all.claims.map(({ id }) => id).sort(),
		);
		expect(shards.flatMap((shard) => [...shard.renders.stories]).sort()).toEqual([...stories].sort());
	});

	it('keeps a story’s versions, claims and comparison together', () => {
		for (const shard of shards) {
			for (const story of shard.renders.stories) {
				expect(shard.renders.articles).toContain(`${story}-a`);
				expect(shard.renders.articles).toContain(`${story}-b`);
				expect(shard.renders.claims).toContain(`${story}-claim`);
			}
		}
	});

	it('has shard 1 read everything, and each other shard only what it renders', () => {
		expect(shards[0]!.whole).toBe(true);
		expect(shards[0]!.articles.size).toBe(all.articles.length);
		expect(shards[0]!.claims.size).toBe(all.claims.length);
		for (const shard of shards.slice(1)) {
			expect(shard.whole).toBe(false);
			expect(shard.articles).toEqual(shard.renders.articles);
			expect(shard.claims).toEqual(shard.renders.claims);
		}
	});

	it('leaves what names no story to shard 1', () => {
		const odd: ShardInputs = {
			articles: [...all.articles, { id: 'no-story', story: undefined }],
			claims: [...all.claims, { id: 'made-nowhere', articles: [] }],
		};
		const first = shardContent(odd, { index: 1, count: 4 });
		expect(first.renders.articles).toContain('no-story');
		expect(first.renders.claims).toContain('made-nowhere');
		const second = shardContent(odd, { index: 2, count: 4 });
		expect(second.articles).not.toContain('no-story');
	});
});

describe('the shard of a source’s or a piece of evidence’s page', () => {
	// Two stories in two shards other than the first, and one in shard 1.
	const shardOf = (story: string) => shardOfStory(story, 4);
	const a = stories.find((story) => shardOf(story) > 1)!;
	const b = stories.find((story) => shardOf(story) > 1 && shardOf(story) !== shardOf(a))!;
	const first = stories.find((story) => shardOf(story) === 1)!;
	const base = inputs([a, b, first]);
	const cited: ShardInputs = {
		articles: base.articles.map((article) => ({
			...article,
			sources: article.id === `${a}-a` ? ['only-a', 'a-and-b'] : article.id === `${b}-b` ? ['a-and-b'] : [],
		})),
		claims: base.claims.map((claim) => ({
			...claim,
			sources: claim.id === `${first}-claim` ? ['only-first'] : claim.id === `${a}-claim` ? ['only-a'] : [],
			evidence: claim.id === `${a}-claim` ? ['named-by-a', 'a-and-b-timeline'] : [],
		})),
		stories: [
			{ id: a, evidence: ['named-by-a'] },
			{ id: b, evidence: ['a-and-b-timeline'] },
		],
	};
	const records = shardContent(cited, { index: 2, count: 4 }).records;

	it('is the shard of the stories that cite it, when they are all in one', () => {
		expect(records.sources.get('only-a')).toBe(shardOf(a));
		expect(records.evidence.get('named-by-a')).toBe(shardOf(a));
	});

	it('is shard 1 for a record cited across shards, by shard 1’s stories, or by nothing', () => {
		for (const id of ['a-and-b', 'only-first', 'cited-by-nothing'])
			expect(records.sources.has(id)).toBe(false);
		expect(records.evidence.has('a-and-b-timeline')).toBe(false);
	});

	it('is the same whichever shard asks', () => {
		for (const index of [1, 3, 4]) expect(shardContent(cited, { index, count: 4 }).records).toEqual(records);
	});
});
