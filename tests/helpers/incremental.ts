import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { astroBuild, fixtureProject } from './astro';

/*
 * A rebuild reuses the pages whose cache key is unchanged. Each test
 * takes the small fixture site, built once, edits it the way an editor would,
 * rebuilds it as a deploy does (`astro build`, keeping Astro's cache) and
 * requires the result to be the very site a build from scratch makes of the
 * edited content: a page reused when it should have been rendered again fails
 * it. Which pages were rendered again is read from Astro's copy of each page in
 * its cache (`node_modules/.astro/dist/`), which a reused page leaves as it was.
 *
 * The tests are in tests/build/incremental.test.ts. The global setup
 * (tests/build/setup.ts) builds the site and, from scratch, each edited copy of
 * it, in the process that builds the three-version site (./build-series.ts);
 * each rebuild is an `astro build` of its own.
 */

/**
 * Every build of the site, first or again, indexes it for search in parts of
 * three pages, so an edit leaves some parts as they were, to be reused, and
 * changes others.
 */
export const incrementalEnv = { SEARCH_PAGES_PER_INDEX: '3' };

/** An edit: the paths it changes, from the project root, each with the change to its text. */
export type Edit = Record<string, (text: string) => string>;

/** The edits the tests rebuild after, each also built from scratch by the global setup. */
export const edits = {
	// The text changes, and so do the words a claim marker marks, which the claim's page quotes.
	text: {
		'content/articles/first-report.md': (text) =>
			text
				.replace('It cost the port more than it planned', 'It cost more than the port had planned')
				.replace('Dockers watched it arrive on a grey morning.', 'Dockers watched it arrive at dawn.'),
	},
	// Two edits in one rebuild: a record, and a plugin's code alone (the content, the config and the pages' code stay as they were).
	recordAndPlugin: {
		'content/claims/lighthouse-repainted.yaml': (text) =>
			text.replace(
				'Nothing we consulted mentions the lighthouse.',
				'No record we read mentions the lighthouse.',
			),
		'src/markdown/remark-safe-markdown.ts': (text) =>
			text.replace(
				'		visit(tree, (node, index, parent) => {\n',
				"		visit(tree, (node, index, parent) => {\n			if (node.type === 'text') node.value = node.value.replaceAll('grey morning', 'grey dawn');\n",
			),
	},
} satisfies Record<string, Edit>;

export type EditName = keyof typeof edits;

/** Makes `edit` in the project in `dir`; throws if a change would leave its file as it was. */
function applyEdit(dir: string, edit: Edit) {
	for (const [path, change] of Object.entries(edit)) {
		const before = readFileSync(join(dir, path), 'utf8');
		const after = change(before);
		if (after === before) throw new Error(`The edit of ${path} changed nothing`);
		writeFileSync(join(dir, path), after);
	}
}

/** The folders of the incremental tests' projects: the site, and each edit's copy of it. */
export interface IncrementalProjects {
	built: string;
	fromScratch: Record<EditName, string>;
}

/**
 * For the global setup: a copy of the fixture site and, for each of `edits`,
 * a copy of it with the edit made, with the builds that make each of them
 * from scratch and a clean-up.
 */
export function incrementalProjects() {
	const site = fixtureProject();
	const fromScratch = Object.fromEntries(
		Object.entries(edits).map(([name, edit]) => {
			const dir = mkdtempSync(join(tmpdir(), 'site-fresh-'));
			cpSync(site.dir, dir, { recursive: true });
			applyEdit(dir, edit);
			return [name, dir];
		}),
	) as Record<EditName, string>;
	const projects: IncrementalProjects = { built: site.dir, fromScratch };
	return {
		projects,
		builds: [site.dir, ...Object.values(fromScratch)].map((cwd) => ({ cwd, env: incrementalEnv })),
		remove: () => {
			for (const dir of [site.dir, ...Object.values(fromScratch)])
				rmSync(dir, { recursive: true, force: true });
		},
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** The incremental tests' projects, built. */
		incrementalProjects: IncrementalProjects;
	}
}

/**
 * The ways to rebuild the site the global setup built after one of `edits`,
 * and to compare the result with the same edit built from scratch.
 */
export function incrementalSite() {
	const { built, fromScratch } = inject('incrementalProjects');
	/** The project as first built, output and cache included, to put back in place before each rebuild. */
	let snapshot: string;

	beforeAll(() => {
		snapshot = mkdtempSync(join(tmpdir(), 'site-built-'));
		cpSync(built, snapshot, { recursive: true, preserveTimestamps: true });
	});
	afterAll(() => {
		if (snapshot) rmSync(snapshot, { recursive: true, force: true });
	});

	/** Rebuilds `dir` as a deploy does, reusing what its last build kept; returns what it logged. */
	function rebuild(dir: string): string {
		const { status, output } = astroBuild(dir, incrementalEnv, { incremental: true });
		expect(status, output).toBe(0);
		return output;
	}

	/**
	 * The built site as it was after its first build, output and cache included,
	 * put back in its own folder (Astro's cache holds only for the folder it was
	 * made in), whatever an earlier test did to it.
	 */
	function copyOfBuilt(): string {
		rmSync(built, { recursive: true, force: true });
		cpSync(snapshot, built, { recursive: true, preserveTimestamps: true });
		return built;
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
	function rebuildAfter(name: EditName) {
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
			fromScratch: output(fromScratch[name]),
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
