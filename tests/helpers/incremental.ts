import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { astroBuild, astroBuildSeries, fixtureProject } from './astro';

/*
 * A rebuild reuses the pages whose cache key is unchanged. Each test
 * takes its own copy of the small fixture site, built once, edits it the
 * way an editor would, rebuilds it as a deploy does (`astro build`, keeping
 * Astro's cache) and requires the result to be the very site a build from
 * scratch makes of the edited content: a page reused when it should have been
 * rendered again fails it. Which pages were rendered again is read from
 * Astro's copy of each page in its cache (`node_modules/.astro/dist/`), which a
 * reused page leaves as it was.
 *
 * The tests are in tests/build/incremental.test.ts. Before them, one process
 * builds the site and, from scratch, each edited copy of it
 * (./build-series.ts); each rebuild is an `astro build` of its own.
 */

/**
 * Every build of the site, first or again, indexes it for search in parts of
 * three pages, so an edit leaves some parts as they were, to be reused, and
 * changes others.
 */
const env = { SEARCH_PAGES_PER_INDEX: '3' };

/** An edit: the paths it changes, from the project root, each with the change to its text. */
export type Edit = Record<string, (text: string) => string>;

/**
 * Builds a copy of the fixture site, and a copy with each of `edits` from
 * scratch, before the calling file's tests; returns the ways to rebuild the
 * site after an edit and compare the results.
 */
export function incrementalSite<Name extends string>(edits: Record<Name, Edit>) {
	let built: { dir: string; remove: () => void };
	/** The project as first built, output and cache included, to put back in place before each rebuild. */
	let snapshot: string;
	/** Each edit's project, built from scratch. */
	const fromScratch = new Map<Name, string>();
	const copies: string[] = [];

	beforeAll(async () => {
		built = fixtureProject();
		for (const [name, edit] of Object.entries(edits) as [Name, Edit][]) {
			const fresh = mkdtempSync(join(tmpdir(), 'site-fresh-'));
			copies.push(fresh);
			cpSync(built.dir, fresh, { recursive: true });
			applyEdit(fresh, edit);
			fromScratch.set(name, fresh);
		}
		const { status, output } = await astroBuildSeries(
			[built.dir, ...fromScratch.values()].map((cwd) => ({ cwd, env })),
		);
		expect(status, output).toBe(0);
		snapshot = mkdtempSync(join(tmpdir(), 'site-built-'));
		copies.push(snapshot);
		cpSync(built.dir, snapshot, { recursive: true, preserveTimestamps: true });
	});
	afterAll(() => {
		built?.remove();
		for (const dir of copies) rmSync(dir, { recursive: true, force: true });
	});

	function applyEdit(dir: string, edit: Edit) {
		for (const [path, change] of Object.entries(edit)) {
			const before = readFileSync(join(dir, path), 'utf8');
			const after = change(before);
			expect(after, `the edit of ${path}`).not.toBe(before);
			writeFileSync(join(dir, path), after);
		}
	}

	/** Rebuilds `dir` as a deploy does, reusing what its last build kept; returns what it logged. */
	function rebuild(dir: string): string {
		const { status, output } = astroBuild(dir, env, { incremental: true });
		expect(status, output).toBe(0);
		return output;
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

	/** Every file of a built site's output, by its path in `dist/`: its text, or the bytes of a binary file. */
	function output(dir: string): Map<string, string> {
		const dist = join(dir, 'dist');
		const names = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) =>
			statSync(join(dist, name)).isFile(),
		);
		const read = (name: string) =>
			readFileSync(join(dist, name), /\.(html|xml|json|txt)$/.test(name) ? 'utf8' : 'base64');
		return new Map(names.sort().map((name) => [name, read(name)]));
	}

	/**
	 * Makes edit `name` in a copy of the built site and rebuilds it
	 * incrementally. Returns its output, the output of the same edit built from
	 * scratch, the pages rendered again, its log and the rebuilt copy's folder.
	 */
	function rebuildAfter(name: Name) {
		const rebuilt = copyOfBuilt();
		applyEdit(rebuilt, edits[name]);
		const cache = join(rebuilt, 'node_modules/.astro/dist');
		const started = Date.now();
		const log = rebuild(rebuilt);
		const rendered = readdirSync(cache, { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.html') && statSync(join(cache, name)).mtimeMs >= started)
			.map((name) => `/${name}`)
			.sort();
		return {
			incremental: output(rebuilt),
			fromScratch: output(fromScratch.get(name)!),
			rendered,
			log,
			dir: rebuilt,
		};
	}

	function expectSameSite({ incremental, fromScratch }: ReturnType<typeof rebuildAfter>) {
		expect([...incremental.keys()]).toEqual([...fromScratch.keys()]);
		const differing = [...fromScratch].filter(([name, text]) => incremental.get(name) !== text);
		expect(differing.map(([name]) => name)).toEqual([]);
	}

	return { copyOfBuilt, rebuild, output, rebuildAfter, expectSameSite };
}
