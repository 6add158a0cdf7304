import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { astroBuild, fixtureProject } from './astro';

/*
 * A rebuild reuses the pages whose cache key is unchanged. Each test
 * takes its own copy of one small generated site, built once, edits it the
 * way an editor would, rebuilds it as a deploy does (keeping Astro's cache)
 * and requires the result to be the very site a build from scratch makes of
 * the edited content: a page reused when it should have been rendered again
 * fails it. Which pages were rendered again is read from Astro's copy of each
 * page in its cache (`node_modules/.astro/dist/`), which a reused page leaves as it was.
 *
 * The tests are in tests/build/incremental.test.ts, which builds the site
 * once for all of them.
 */

/**
 * Builds a copy of the fixture site once before the calling file's tests, and
 * returns the ways to rebuild it after an edit and compare the results.
 */
export function incrementalSite() {
	let built: { dir: string; remove: () => void };
	/** The project as first built, output and cache included, to put back in place before each rebuild. */
	let snapshot: string;
	const copies: string[] = [];

	beforeAll(() => {
		built = fixtureProject();
		build(built.dir, { incremental: true });
		snapshot = mkdtempSync(join(tmpdir(), 'site-built-'));
		copies.push(snapshot);
		cpSync(built.dir, snapshot, { recursive: true, preserveTimestamps: true });
	});
	afterAll(() => {
		built?.remove();
		for (const dir of copies) rmSync(dir, { recursive: true, force: true });
	});

	function build(dir: string, options: { incremental?: boolean } = {}) {
		const { status, output } = astroBuild(dir, {}, options);
		expect(status, output).toBe(0);
	}

	/**
	 * The built site as it was after its first build, output and cache included,
	 * put back in its own folder (Astro's cache holds only for the folder it was
	 * made in), whatever an earlier test did to it.
	 */
	function copyOfBuilt(): string {
		rmSync(built.dir, { recursive: true, force: true });
		cpSync(snapshot, built.dir, { recursive: true, preserveTimestamps: true });
		return built.dir;
	}

	/** Every file of a built site's output, by its path in `dist/`. */
	function output(dir: string): Map<string, string> {
		const dist = join(dir, 'dist');
		const names = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) =>
			/\.(html|xml|json)$/.test(name),
		);
		return new Map(names.sort().map((name) => [name, readFileSync(join(dist, name), 'utf8')]));
	}

	/**
	 * Edits a copy of the built site with `edit` (paths from the project root →
	 * new text), rebuilds it incrementally, and builds the edited content from
	 * scratch in another copy. Returns both outputs and the pages rendered again.
	 */
	function rebuildAfter(edit: Record<string, (text: string) => string>) {
		const rebuilt = copyOfBuilt();
		for (const [path, change] of Object.entries(edit)) {
			const before = readFileSync(join(rebuilt, path), 'utf8');
			const after = change(before);
			expect(after, `the edit of ${path}`).not.toBe(before);
			writeFileSync(join(rebuilt, path), after);
		}
		// The same edited project, without the output and cache of the earlier build.
		const fresh = mkdtempSync(join(tmpdir(), 'site-fresh-'));
		copies.push(fresh);
		cpSync(rebuilt, fresh, { recursive: true });
		for (const path of ['dist', 'node_modules/.astro'])
			rmSync(join(fresh, path), { recursive: true, force: true });
		build(fresh);

		const cache = join(rebuilt, 'node_modules/.astro/dist');
		const started = Date.now();
		build(rebuilt, { incremental: true });
		const rendered = readdirSync(cache, { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.html') && statSync(join(cache, name)).mtimeMs >= started)
			.map((name) => `/${name}`)
			.sort();
		return { incremental: output(rebuilt), fromScratch: output(fresh), rendered };
	}

	function expectSameSite({ incremental, fromScratch }: ReturnType<typeof rebuildAfter>) {
		expect([...incremental.keys()]).toEqual([...fromScratch.keys()]);
		const differing = [...fromScratch].filter(([name, text]) => incremental.get(name) !== text);
		expect(differing.map(([name]) => name)).toEqual([]);
	}

	return { copyOfBuilt, build, output, rebuildAfter, expectSameSite };
}
