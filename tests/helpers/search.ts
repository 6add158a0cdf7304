import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from './serve';

/**
 * Searches a built site as its search page does, with the site's own copy of
 * Pagefind's script run in Node against the site served over HTTP, every part
 * of the index merged in (`pagefind/indexes.json`). Returns each query's
 * results as paths, best first.
 */
export async function searchBuiltSite(dist: string, queries: string[]): Promise<Map<string, string[]>> {
	const server = await serveStatic(dist);
	// Each site's script is a module of its own: copied, so two sites' copies never share one import.
	const scratch = mkdtempSync(join(tmpdir(), 'pagefind-'));
	const script = join(scratch, 'pagefind.mjs');
	copyFileSync(join(dist, 'pagefind/pagefind.js'), script);
	try {
		const pagefind = await import(pathToFileURL(script).href);
		await pagefind.options({ basePath: `${server.url}/pagefind/` });
		const { merge } = JSON.parse(readFileSync(join(dist, 'pagefind/indexes.json'), 'utf8')) as {
			merge: string[];
		};
		for (const part of merge) await pagefind.mergeIndex(`${server.url}/pagefind/${part}`);
		const results = new Map<string, string[]>();
		for (const query of queries) {
			const found = await pagefind.search(query);
			const pages = await Promise.all(
				found.results.map((result: { data: () => Promise<{ url: string }> }) => result.data()),
			);
			results.set(
				query,
				pages.map(({ url }) => new URL(url).pathname),
			);
		}
		await pagefind.destroy?.();
		return results;
	} finally {
		await server.close();
		rmSync(scratch, { recursive: true, force: true });
	}
}
