/**
 * `npm run bench:profile`: builds a generated corpus of N articles (default
 * 1,000) cold under `node --cpu-prof` and says where the CPU time went, per
 * area (Markdown parsing, smartypants, our plugins, Astro's content layer,
 * page rendering, bundling…), in total and per article.
 *
 *   npm run bench:profile -- --size 1000 --keep
 */
import './resolve-ts.ts';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clearCaches, copyProject, parsePhases } from './build.ts';
import { generateCorpus, writeCorpus } from './generate.ts';
import { table } from './page-weight.ts';

const { validateCorpus } = await import('./validate.ts');

const projectRoot = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
	options: {
		size: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
	},
});
const articles = Number(args.size);

/** A V8 CPU profile, as `--cpu-prof` writes it. */
interface CpuProfile {
	nodes: {
		id: number;
		callFrame: { functionName: string; url: string; lineNumber: number };
		children?: number[];
	}[];
	samples: number[];
	timeDeltas: number[];
}

/**
 * The area a stack frame belongs to, from its script's URL: the package for
 * code in node_modules (grouped where several packages do one job), the file
 * for our own code, or V8's own pseudo-frames.
 */
export function areaOf(url: string, functionName: string): string {
	if (!url) {
		if (functionName === '(garbage collector)') return 'V8: garbage collection';
		if (functionName === '(idle)') return 'idle (waiting on I/O)';
		if (functionName === '(program)') return 'V8: program (compile, native)';
		return `native: ${functionName || '?'}`;
	}
	if (url.startsWith('node:')) return `node: ${url.slice(5).split('/').slice(0, 2).join('/')}`;
	const ours = /\/(src\/[^?]+)/.exec(url);
	if (ours && !url.includes('node_modules')) return `ours: ${ours[1]}`;
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
	if (!pkg) {
		// Pages, components and src/ modules after Vite bundled them: name the chunk without its hash.
		const chunk = /(?:\.prerender|dist)\/(?:chunks\/|pages\/)?(.+?)(?:_[\w-]{8})?\.mjs$/.exec(url);
		if (chunk) return `site bundle: ${chunk[1]}`;
		return `other: ${url.replace(/^file:\/\//, '').replace(/^\/tmp\/[^/]+\/[^/]+\//, '')}`;
	}
	const [, name, rest] = pkg as unknown as [string, string, string];
	if (name === 'astro') {
		const part = /dist\/([^/]+)(?:\/([^/]+))?/.exec(rest);
		return `astro: ${part?.[1] ?? '?'}${part?.[1] === 'core' && part[2] ? `/${part[2]}` : ''}`;
	}
	if (/^(micromark|mdast-util-from-markdown|decode-named-character-reference|character-entities)/.test(name))
		return 'markdown: parse (micromark → mdast)';
	if (/^(mdast-util-gfm|micromark-extension-gfm|remark-gfm|mdast-util-find-and-replace)/.test(name))
		return 'markdown: GFM';
	if (/^(remark-smartypants|retext|nlcst|parse-latin|parse-english|unist-util-modify-children)/.test(name))
		return 'markdown: smartypants (retext)';
	if (/^(mdast-util-to-hast|remark-rehype|trim-lines)/.test(name)) return 'markdown: mdast → hast';
	if (
		/^(hast-util-to-html|rehype-stringify|stringify-entities|property-information|html-void|comma-|space-)/.test(
			name,
		)
	)
		return 'markdown: hast → HTML';
	if (/^(remark-directive|mdast-util-directive|micromark-extension-directive)/.test(name))
		return 'markdown: directives';
	if (/^(unist-util|mdast-util-to-string|hast-util-to-string)/.test(name))
		return 'markdown: tree walks (unist)';
	if (/^(unified|vfile|bail|trough|devlop|is-plain-obj|extend)/.test(name)) return 'markdown: unified core';
	if (/^(@astrojs\/markdown-remark|github-slugger|@astrojs\/internal-helpers)/.test(name))
		return 'markdown: Astro processor (heading ids, images)';
	if (
		/^(vite|rollup|@rollup|esbuild|rolldown|@rolldown|postcss|lightningcss|magic-string|es-module-lexer)/.test(
			name,
		)
	)
		return `bundling: ${name}`;
	if (/^(js-yaml|yaml)$/.test(name)) return 'YAML parsing';
	if (/^(zod|@zod)/.test(name)) return 'zod (schemas)';
	if (name === 'devalue') return 'devalue (content store serialise)';
	if (/^@astrojs\/compiler/.test(name)) return 'astro compiler';
	return `package: ${name}`;
}

const started = Date.now();
const progress = (message: string) =>
	console.log(`[profile ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);

const work = mkdtempSync(join(tmpdir(), 'sourceline-profile-'));
try {
	const corpus = generateCorpus({ articles, seed: Number(args.seed) });
	const problems = validateCorpus(corpus.files);
	if (problems.length)
		throw new Error(`Generated content does not fit the schemas:\n${problems.slice(0, 20).join('\n')}`);
	const dir = join(work, 'site');
	mkdirSync(dir);
	copyProject(projectRoot, dir);
	writeCorpus(dir, corpus.files);
	clearCaches(dir);
	const profiles = join(work, 'profiles');
	progress(`building ${articles} articles under --cpu-prof in ${dir}…`);
	const build = spawnSync(
		process.execPath,
		[
			'--cpu-prof',
			`--cpu-prof-dir=${profiles}`,
			'--cpu-prof-interval=500',
			'node_modules/astro/bin/astro.mjs',
			'build',
		],
		{
			cwd: dir,
			encoding: 'utf8',
			maxBuffer: 1 << 30,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		},
	);
	if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`.slice(-4000));
	progress('build done; reading the profile');
	const phases = parsePhases(build.stdout);

	const self = new Map<string, number>();
	const inclusive = new Map<string, number>();
	const functions = new Map<string, number>();
	const functionsInclusive = new Map<string, number>();
	let total = 0;
	for (const file of readdirSync(profiles)) {
		const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8')) as CpuProfile;
		const byId = new Map(profile.nodes.map((node) => [node.id, node]));
		const parent = new Map<number, number>();
		for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
		// Each node's areas on its stack (itself and its callers), computed once per node.
		const stackAreas = new Map<number, Set<string>>();
		// Each node's named functions on its stack, likewise.
		const stackFunctions = new Map<number, Set<string>>();
		const functionsOf = (id: number): Set<string> => {
			const known = stackFunctions.get(id);
			if (known) return known;
			const { callFrame } = byId.get(id)!;
			const up = parent.get(id);
			const names = new Set(up === undefined ? [] : functionsOf(up));
			if (callFrame.functionName) names.add(`${callFrame.functionName} (${shortUrl(callFrame.url)})`);
			stackFunctions.set(id, names);
			return names;
		};
		const areasOf = (id: number): Set<string> => {
			const known = stackAreas.get(id);
			if (known) return known;
			const node = byId.get(id)!;
			const up = parent.get(id);
			const areas = new Set(up === undefined ? [] : areasOf(up));
			areas.add(areaOf(node.callFrame.url, node.callFrame.functionName));
			stackAreas.set(id, areas);
			return areas;
		};
		profile.samples.forEach((id, i) => {
			const delta = (profile.timeDeltas[i] ?? 0) / 1000;
			total += delta;
			const { callFrame } = byId.get(id)!;
			const area = areaOf(callFrame.url, callFrame.functionName);
			self.set(area, (self.get(area) ?? 0) + delta);
			for (const onStack of areasOf(id)) inclusive.set(onStack, (inclusive.get(onStack) ?? 0) + delta);
			for (const name of functionsOf(id))
				functionsInclusive.set(name, (functionsInclusive.get(name) ?? 0) + delta);
			const where = callFrame.url
				.replace(/^.*node_modules\//, '')
				.replace(/^file:\/\/\/tmp\/[^/]+\/site\//, '');
			const name = `${callFrame.functionName || '(anonymous)'} ${where}:${callFrame.lineNumber + 1}`;
			functions.set(name, (functions.get(name) ?? 0) + delta);
		});
	}

	const perArticle = (ms: number) => (ms / articles).toFixed(2);
	const share = (ms: number) => `${((ms / total) * 100).toFixed(1)}%`;
	const ranked = (map: Map<string, number>, limit: number) =>
		[...map].sort((a, b) => b[1] - a[1]).slice(0, limit);

	console.log(
		`\nProfile of a cold build, ${articles} articles (${corpus.counts.claims} claims, ${corpus.counts.sources} sources): ${(total / 1000).toFixed(1)} s of samples`,
	);
	console.log(
		`Astro's phases: sync + types ${fmt(phases.syncMs)}, Vite ${fmt(phases.viteMs)}, pages ${fmt(phases.pagesMs)}\n`,
	);
	console.log('Self time by area (time spent in the area’s own code)\n');
	console.log(
		table(
			['area', 'ms', 'ms/article', 'share'],
			ranked(self, 30).map(([area, ms]) => [area, ms.toFixed(0), perArticle(ms), share(ms)]),
		),
	);
	console.log('\nInclusive time by area (time with the area anywhere on the stack; areas overlap)\n');
	console.log(
		table(
			['area', 'ms', 'ms/article', 'share'],
			ranked(inclusive, 30).map(([area, ms]) => [area, ms.toFixed(0), perArticle(ms), share(ms)]),
		),
	);
	console.log('\nHottest functions (self time)\n');
	console.log(
		table(
			['function', 'ms', 'share'],
			ranked(functions, 30).map(([name, ms]) => [name.slice(0, 110), ms.toFixed(0), share(ms)]),
		),
	);
	console.log('\nInclusive time of named functions (with callees; the build’s own entry points first)\n');
	console.log(
		table(
			['function', 'ms', 'ms/article', 'share'],
			ranked(functionsInclusive, 60)
				.filter(([, ms]) => ms < total * 0.98)
				.slice(0, 40)
				.map(([name, ms]) => [name.slice(0, 110), ms.toFixed(0), perArticle(ms), share(ms)]),
		),
	);
	mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
	writeFileSync(
		join(projectRoot, 'test-results/bench-profile.json'),
		`${JSON.stringify({ articles, totalMs: total, phases, self: ranked(self, 100), inclusive: ranked(inclusive, 100), functions: ranked(functions, 100), functionsInclusive: ranked(functionsInclusive, 200) }, null, '\t')}\n`,
	);
	progress(`wrote test-results/bench-profile.json${args.keep ? `; profiles kept in ${profiles}` : ''}`);
} finally {
	if (!args.keep) rmSync(work, { recursive: true, force: true });
}

/** A script URL without the temporary folder or the node_modules prefix. */
function shortUrl(url: string): string {
	return url.replace(/^.*node_modules\//, '').replace(/^file:\/\/\/tmp\/[^/]+\/site\//, '');
}

function fmt(ms: number | undefined): string {
	return ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`;
}
