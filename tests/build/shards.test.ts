import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot, startNode } from '../helpers/astro';
import { searchBuiltSite } from '../helpers/search';
import { paginatedDist, paginatedEnv } from '../helpers/setup-sites';

/*
 * The paginated site built in two shards (tests/build/setup.ts) and merged by
 * `scripts/build-shards.ts --merge 2`, against the same site built whole: the
 * same files, byte for byte, but for the search index, which comes from both
 * shards' and must find the same pages.
 */
const sharded = inject('shardedDir');
const merged = join(sharded, 'dist');

/** Every file under `dir` but the search index, as paths under it. */
const filesOf = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
		.filter((path) => !path.startsWith('pagefind/'))
		.sort();

beforeAll(async () => {
	const merge = await startNode(
		[join(projectRoot, 'scripts/build-shards.ts'), '--merge', '2'],
		sharded,
		paginatedEnv,
	).result;
	if (merge.status !== 0) throw new Error(`The merge failed:\n${merge.output}`);
}, 120_000);

describe('a site built in two shards and merged', () => {
	it('was built by both shards, each rendering versions of its own', () => {
		for (const shard of ['1', '2']) {
			const versions = readdirSync(join(sharded, 'dist-shards', shard, 'articles'), { withFileTypes: true });
			expect(versions.filter((entry) => entry.isDirectory()).length, `shard ${shard}`).toBeGreaterThan(10);
		}
		// The pages every story appears on come from shard 1 only.
		expect(readdirSync(join(sharded, 'dist-shards/2'))).not.toContain('index.html');
	});

	it('renders the sources and evidence only one shard’s stories cite in that shard', () => {
		for (const shard of ['1', '2']) {
			for (const kind of ['sources', 'evidence']) {
				const pages = readdirSync(join(sharded, 'dist-shards', shard, kind), { withFileTypes: true });
				expect(
					pages.filter((entry) => entry.isDirectory()).length,
					`shard ${shard}, ${kind}`,
				).toBeGreaterThan(5);
			}
		}
	});

	it('searches each shard’s own index, with Pagefind’s scripts only in the first', () => {
		const { merge } = JSON.parse(readFileSync(join(merged, 'pagefind/indexes.json'), 'utf8'));
		expect(merge).toContain('shard-2/');
		expect(readdirSync(join(merged, 'pagefind'))).toContain('pagefind.js');
		expect(
			readdirSync(join(merged, 'pagefind/shard-2')).filter((file) => /\.(js|css|json)$/.test(file)),
		).toEqual(['pagefind-entry.json']);
		const shard2 = readFileSync(join(sharded, 'dist-shards/2/pagefind/pagefind-entry.json'));
		expect(readFileSync(join(merged, 'pagefind/shard-2/pagefind-entry.json')).equals(shard2)).toBe(true);
	});

	it('has exactly the files of the site built whole, byte for byte, but the search index', () => {
		const whole = filesOf(paginatedDist());
		expect(filesOf(merged)).toEqual(whole);
		const differing = whole.filter(
			(path) => !readFileSync(join(merged, path)).equals(readFileSync(join(paginatedDist(), path))),
		);
		expect(differing).toEqual([]);
	});

	it('links each file from its shard instead of copying it, and leaves every shard’s output as it was', () => {
		const shard2 = join(sharded, 'dist-shards/2');
		const page = filesOf(shard2).find((path) => path.endsWith('.html'))!;
		expect(statSync(join(merged, page)).ino).toBe(statSync(join(shard2, page)).ino);
		// The merged list of indexes is a file of its own: shard 1's still lists its own parts only.
		const own = JSON.parse(readFileSync(join(sharded, 'dist-shards/1/pagefind/indexes.json'), 'utf8'));
		expect(own.merge).not.toContain('shard-2/');
		expect(existsSync(join(sharded, 'dist-shards/2/pagefind/pagefind.js'))).toBe(true);
		expect(existsSync(join(sharded, 'dist.partial'))).toBe(false);
	});

	// Pagefind ranks a page within the index that holds it, so the order may differ from the whole build's.
	it('finds the same pages when searched, from every shard’s index', async () => {
		const queries = ['drones', 'workers factory', 'ministry', 'harbour times', 'claim'];
		const whole = await searchBuiltSite(paginatedDist(), queries);
		const fromShards = await searchBuiltSite(merged, queries);
		for (const query of queries) {
			expect(whole.get(query)!.length, query).toBeGreaterThan(0);
			expect([...fromShards.get(query)!].sort(), query).toEqual([...whole.get(query)!].sort());
		}
	});
});
