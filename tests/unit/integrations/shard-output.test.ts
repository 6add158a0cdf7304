import { describe, expect, it } from 'vitest';
import { shardFolders, sharedFiles } from '../../../src/integrations/shard-output';

describe('shardFolders', () => {
	it('keeps Astro’s folders for a whole build', () => {
		expect(shardFolders({})).toEqual({});
		expect(shardFolders({ SHARDS: '1', SHARD: '1' })).toEqual({});
	});

	it('gives each shard an output and a cache of its own', () => {
		expect(shardFolders({ SHARDS: '4', SHARD: '2' })).toEqual({
			outDir: './dist-shards/2',
			cacheDir: './node_modules/.astro/shards/2-of-4',
		});
	});
});

describe('sharedFiles', () => {
	const route = (pattern: string, type: 'page' | 'endpoint', params: string[] = [], origin = 'project') =>
		({ pattern, type, params, origin }) as Parameters<typeof sharedFiles>[0][number];

	it('names the files the routes without parameters write', () => {
		expect(
			sharedFiles([
				route('/', 'page'),
				route('/search', 'page'),
				route('/404', 'page'),
				route('/rss.xml', 'endpoint'),
				route('/claims/[id]', 'page', ['id']),
				route('/claims/[...page]', 'page', ['...page']),
				route('/_image', 'endpoint', [], 'internal'),
			]),
		).toEqual(['index.html', 'search/index.html', '404.html', 'rss.xml']);
	});
});
