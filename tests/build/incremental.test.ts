import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { incrementalSite } from '../helpers/incremental';

/*
 * A rebuild after no edit, after an edited text, and after an edited record and plugin (the edits are in
 * tests/helpers/incremental.ts, which says how each is checked).
 */

const { copyOfBuilt, rebuild, output, rebuildAfter, expectSameSite } = incrementalSite();

/** From a build's log: how many parts the search index has, and how many were copied from the last build. */
function searchParts(log: string): string[] {
	const found =
		/Indexed \d+ pages for search in (\d+) parts(?:, (\d+) of them as the last build made them)?/.exec(log);
	expect(found, log).not.toBeNull();
	return [found![0], found![1]!, found![2] ?? '0'];
}

describe('a rebuild after an edit', () => {
	it('renders nothing again when nothing changed, and writes the same site', async () => {
		const rebuilt = copyOfBuilt();
		const before = output(rebuilt);
		// A page no build makes any more: the rebuild's output must not keep it.
		writeFileSync(join(rebuilt, 'dist/removed-long-ago.html'), '<p>An old page.</p>');
		const cache = join(rebuilt, 'node_modules/.astro/dist');
		const started = Date.now();
		const log = rebuild(rebuilt);
		expect(existsSync(join(rebuilt, 'dist/removed-long-ago.html'))).toBe(false);
		// The last build's output, set aside when this one started, is deleted once it is done, by a
		// process the build does not wait for.
		await vi.waitFor(
			() => expect(readdirSync(join(rebuilt, 'node_modules/.astro/previous-output'))).toEqual([]),
			{ timeout: 30_000, interval: 100 },
		);
		const cached = readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((name) =>
			name.endsWith('.html'),
		);
		expect(cached).toContain('articles/first-report/index.html');
		expect(cached.filter((name) => statSync(join(cache, name)).mtimeMs >= started)).toEqual([]);
		expect(output(rebuilt)).toEqual(before);
		// Every part of the search index is copied back: Pagefind reads no page.
		const [, parts, reused] = searchParts(log);
		expect(Number(parts)).toBeGreaterThan(2);
		expect(reused).toBe(parts);
	});

	it('renders again the pages that show an edited text, and only those', () => {
		const result = rebuildAfter('text');
		expectSameSite(result);
		expect(result.rendered).toContain('/articles/first-report/index.html');
		expect(result.rendered).toContain('/claims/crane-cost/index.html');
		expect(result.rendered).toContain('/compare/harbour-crane/index.html');
		// The other story's version shows none of it.
		expect(result.rendered).not.toContain('/articles/lighthouse-note/index.html');
		// Only the parts of the search index that hold a changed page are made again.
		const [, parts, reused] = searchParts(result.log);
		expect(Number(reused)).toBeGreaterThan(0);
		expect(Number(reused)).toBeLessThan(Number(parts));
		// The parts kept for the next build are this build’s: the replaced ones are moved out, for the next build to delete.
		expect(readdirSync(join(result.dir, 'node_modules/.astro/search-index'))).toHaveLength(Number(parts));
	});

	it('renders again the pages that show an edited record, and from the new code the articles a changed plugin renders differently', () => {
		const result = rebuildAfter('recordAndPlugin');
		expectSameSite(result);
		expect(result.rendered).toContain('/claims/lighthouse-repainted/index.html');
		expect(result.rendered).toContain('/articles/lighthouse-note/index.html');
		// The record is not shown on this article: only the plugin's new code can have made it render again.
		const article = result.incremental.get('articles/first-report/index.html')!;
		expect(article).toContain('grey dawn');
		expect(article).not.toContain('grey morning');
		expect(result.rendered).toContain('/articles/first-report/index.html');
	});
});
