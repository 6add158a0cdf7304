/**
 * `npm run bench`: times the site's real build on synthetic corpora of N
 * articles (cold, warm after editing one article, then after correcting one
 * claim's verdict) against a plain Astro project building the same articles,
 * then measures the real site's page weights and Lighthouse scores. Prints
 * tables; writes test-results/bench.json.
 *
 *   npm run bench -- --sizes 100,1000 --skip-lighthouse --keep --seed 7
 *   npm run bench -- --sizes 20000 --matrix-only     each of 4 shards alone, then the merge
 */
import './resolve-ts.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clearCaches, copyProject, linkNodeModules, timeBuild, type BuildTiming } from './build.ts';
import { coverageLine, measureCoverage, type CoverageTiming } from './coverage.ts';
import { generateCorpus, writeCorpus } from './generate.ts';
import { growthPer4x } from './growth.ts';
import { runLighthouse, type LighthouseScores } from './lighthouse.ts';
import {
	formatWeightTable,
	measurePage,
	sitePages,
	summariseByKind,
	table,
	type KindSummary,
} from './page-weight.ts';

// After the hook above is registered: the schemas import each other without extensions.
const { validateCorpus } = await import('./validate.ts');

const projectRoot = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,1000,5000' },
		seed: { type: 'string', default: '1' },
		'skip-lighthouse': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		// The sharded builds' number of shards; 0 leaves them out.
		shards: { type: 'string', default: '4' },
		// Only each shard alone and the merge, as a job matrix builds them: for sizes too long to build whole here.
		'matrix-only': { type: 'boolean', default: false },
	},
});
const shardCount = Number(args.shards);
if (!Number.isInteger(shardCount) || shardCount === 1 || shardCount < 0) {
	throw new Error(
		`--shards expects 0 (no sharded builds) or a whole number of at least 2; got "${args.shards}"`,
	);
}
if (args['matrix-only'] && shardCount === 0) {
	throw new Error('--matrix-only builds only in shards; expected --shards of at least 2, not 0');
}
const sizes = args.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 2)) {
	throw new Error(`--sizes expects whole numbers of at least 2, such as 100,1000; got "${args.sizes}"`);
}

interface ScaleResult {
	articles: number;
	/** The coverage step and the claim suggestions, timed apart from the build. */
	coverage: CoverageTiming;
	counts: ReturnType<typeof generateCorpus>['counts'];
	cold: Measured;
	warm: Measured;
	/** A rebuild after correcting one claim's verdict, after the warm rebuild. */
	warmClaim: Measured;
	/** The plain baseline's cold build, or why it failed. */
	baseline: Measured | { failed: string };
	/** Our cold time over the baseline's, when it built. */
	ratio: number | undefined;
	/** The heap Node was allowed in every build of this size, when raised (`largeSiteHeap`). */
	heapMb: number | undefined;
	/** Warm rebuild time as a share of the cold build. */
	warmShare: number;
	/** The rebuild after a verdict's correction as a share of the cold build. */
	warmClaimShare: number;
	/** The same corpus built in shards, unless `--shards 0`. */
	sharded: ShardedResult | undefined;
}

/** A corpus built in shards as a job matrix builds it: each shard on a runner of its own, then the merge. */
interface MatrixResult {
	articles: number;
	shards: number;
	/** Each shard built alone, one after another, as one runner each would build it. */
	each: Measured[];
	/** The merge of the shards' output into one site. */
	merge: Measured;
}

/** A corpus built in shards (scripts/build-shards.ts). */
interface ShardedResult extends MatrixResult {
	/** Every shard on this machine, as many at a time as `npm run build:sharded` runs, then the merge. */
	cold: Measured;
	/** The same after editing one article's text: only its shard is built again. */
	warm: Measured;
	/** The same after then correcting one claim's verdict. */
	warmClaim: Measured;
}

interface Measured extends Omit<BuildTiming, 'log'> {
	msPerArticle: number;
	msPerPage: number;
	/** The 1-minute load average when the build ended. */
	load: number;
}

/**
 * Past this many articles Node's default heap on this machine (about 4.2 GB,
 * set by V8 from the memory) is too small for the content, so every build of
 * such a corpus, ours and the baseline's, runs with the heap the README's
 * scale plan gives a site of that size.
 */
const LARGE_SITE = 10_000;
const largeSiteHeap = (articles: number) => (articles > LARGE_SITE ? 8192 : undefined);

/** The columns of a sharded build as a job matrix builds it (`matrixCells`). */
const MATRIX_COLUMNS = [
	'N',
	'shards',
	'each shard s',
	'each CPU s',
	'each peak RSS MB',
	'merge s',
	'slowest + merge s',
	'CPU s, all',
];

const started = Date.now();
const progress = (message: string) =>
	console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);
const work = mkdtempSync(join(tmpdir(), 'sourceline-bench-'));
progress(`working in ${work}${args.keep ? ' (kept)' : ''}`);

const measured = (timing: BuildTiming, articles: number): Measured => {
	const { log: _log, ...rest } = timing;
	return {
		...rest,
		msPerArticle: timing.wallMs / articles,
		msPerPage: timing.wallMs / timing.pages,
		load: loadavg()[0]!,
	};
};

try {
	if (args['matrix-only']) await benchMatrixOnly();
	else await benchEverything();
} finally {
	if (!args.keep) rmSync(work, { recursive: true, force: true });
}

/** Every size built whole, its rebuilds, the baseline and the sharded builds; then the real site's page weights and Lighthouse. */
async function benchEverything(): Promise<void> {
	const scale: ScaleResult[] = [];
	for (const articles of sizes) scale.push(await benchScale(articles));
	const { weights, lighthouse } = await benchRealSite();

	console.log(
		`\nBuild time (cold = no dist or caches; warm = rebuild after editing one article's text; claim = rebuild after then correcting one claim's verdict)`,
	);
	console.log(
		`ms/article = cold wall time / N; ms/page = cold wall time / all pages written; load ${loadAverage()}\n`,
	);
	console.log(scaleTable(scale));
	console.log(
		`\nCheck-worthiness coverage and claim suggestions (in process, median of 3; share of the cold build)\n`,
	);
	for (const result of scale) console.log(coverageLine(result.coverage, result.cold.wallMs));
	const at = (n: number) => scale.find((result) => result.articles === n);
	const [t1000, t5000] = [at(1000), at(5000)];
	if (t1000 && t5000) {
		console.log(
			`\nScaling: t5000 / t1000 = ${(t5000.cold.wallMs / t1000.cold.wallMs).toFixed(2)} (linear: 5.0)`,
		);
	}
	console.log(`\nPage weight of the real site, heaviest page of each kind (KB)\n`);
	console.log(formatWeightTable(weights));
	if (lighthouse) {
		console.log(`\nLighthouse (mobile, default throttling; median of 3 runs; FCP/LCP/TBT in ms)\n`);
		console.log(
			table(
				[
					'page',
					'path',
					'performance',
					'accessibility',
					'best practices',
					'SEO',
					'FCP',
					'LCP',
					'TBT',
					'CLS',
					'performance runs',
				],
				lighthouse.map((s) => [
					s.page,
					s.path,
					String(s.performance),
					String(s.accessibility),
					String(s.bestPractices),
					String(s.seo),
					s.metrics.fcp.toFixed(0),
					s.metrics.lcp.toFixed(0),
					s.metrics.tbt.toFixed(0),
					s.metrics.cls.toFixed(3),
					s.runs.join(' '),
				]),
			),
		);
		for (const s of lighthouse.filter((s) => s.failing.length)) {
			console.log(`  ${s.page}: below 0.9: ${s.failing.join(', ')}`);
		}
	}
	mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
	const report = {
		date: new Date().toISOString(),
		seed: Number(args.seed),
		scale,
		scaling5000over1000: t1000 && t5000 ? t5000.cold.wallMs / t1000.cold.wallMs : undefined,
		cpuScaling5000over1000:
			t1000?.cold.cpuMs && t5000?.cold.cpuMs ? t5000.cold.cpuMs / t1000.cold.cpuMs : undefined,
		pageWeights: weights.map(({ heaviest, ...rest }) => ({ ...rest, heaviest })),
		lighthouse: lighthouse ?? null,
	};
	writeFileSync(join(projectRoot, 'test-results/bench.json'), `${JSON.stringify(report, null, '\t')}\n`);
	progress('wrote test-results/bench.json');
}

/** Every size built only as a job matrix builds it (`--matrix-only`). */
async function benchMatrixOnly(): Promise<void> {
	const matrix: MatrixResult[] = [];
	for (const articles of sizes) {
		const corpus = generatedCorpus(articles);
		matrix.push(
			await benchMatrix(articles, heapEnv(articles), matrixDir(`matrix-${articles}`, corpus.files)),
		);
	}
	console.log(`\n${matrixText(matrix)}`);
	mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
	const report = { date: new Date().toISOString(), seed: Number(args.seed), matrix };
	writeFileSync(join(projectRoot, 'test-results/bench.json'), `${JSON.stringify(report, null, '\t')}\n`);
	progress('wrote test-results/bench.json');
}

/** The synthetic corpus of `articles` articles, checked against the schemas. */
function generatedCorpus(articles: number): ReturnType<typeof generateCorpus> {
	progress(`N=${articles}: generating the corpus`);
	const corpus = generateCorpus({ articles, seed: Number(args.seed) });
	const problems = validateCorpus(corpus.files);
	if (problems.length > 0) {
		throw new Error(
			`The generated content no longer fits the schemas in src/schemas/ (update scripts/bench/generate.ts):\n${problems
				.slice(0, 20)
				.map((problem) => `  - ${problem}`)
				.join('\n')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`,
		);
	}
	const { counts } = corpus;
	progress(
		`N=${articles}: ${counts.stories} stories, ${counts.claims} claims, ${counts.sources} sources, ${counts.topics} topics`,
	);
	return corpus;
}

/** What every build of `articles` articles runs with: the heap raised for a large site (`largeSiteHeap`). */
function heapEnv(articles: number): Record<string, string> {
	const heapMb = largeSiteHeap(articles);
	const env: Record<string, string> = heapMb ? { NODE_OPTIONS: `--max-old-space-size=${heapMb}` } : {};
	if (heapMb) progress(`N=${articles}: every build runs with ${env.NODE_OPTIONS}`);
	return env;
}

/** Cold, warm and baseline builds of one corpus size. */
async function benchScale(articles: number): Promise<ScaleResult> {
	const corpus = generatedCorpus(articles);
	const { counts } = corpus;
	const heapMb = largeSiteHeap(articles);
	const env = heapEnv(articles);

	const ours = join(work, `ours-${articles}`);
	mkdirSync(ours);
	copyProject(projectRoot, ours);
	writeCorpus(ours, corpus.files);
	clearCaches(ours);
	progress(`N=${articles}: cold build of the site…`);
	const cold = measured(await timeBuild(ours, join(work, `ours-${articles}-cold.log`), { env }), articles);
	progress(
		`N=${articles}: cold ${seconds(cold.wallMs)}, ${cold.pages} pages, ${cold.peakRssMb.toFixed(0)} MB`,
	);

	const edited = editArticle(ours, corpus.files);
	progress(`N=${articles}: warm rebuild after editing ${edited}…`);
	const warm = measured(await timeBuild(ours, join(work, `ours-${articles}-warm.log`), { env }), articles);
	progress(`N=${articles}: warm ${seconds(warm.wallMs)}`);

	const claim = correctVerdict(ours, corpus.files);
	progress(`N=${articles}: warm rebuild after correcting the verdict of ${claim}…`);
	const warmClaim = measured(
		await timeBuild(ours, join(work, `ours-${articles}-claim.log`), { env }),
		articles,
	);
	progress(`N=${articles}: after the claim edit ${seconds(warmClaim.wallMs)}`);
	if (!args.keep) rmSync(ours, { recursive: true, force: true });

	const plain = join(work, `baseline-${articles}`);
	cpSync(join(import.meta.dirname, 'baseline'), plain, { recursive: true });
	linkNodeModules(projectRoot, plain);
	const plainFiles = new Map(
		[...corpus.plainArticles].map(([id, text]) => [`content/articles/${id}.md`, text]),
	);
	writeCorpus(plain, plainFiles);
	progress(`N=${articles}: cold build of the plain Astro baseline…`);
	// A plain build may fail where ours does not (it compiles the whole content store into one string):
	// the failure is reported in the table, and the run goes on.
	const baseline = await timeBuild(plain, join(work, `baseline-${articles}.log`), { env }).then(
		(timing) => measured(timing, articles),
		(error: Error) => ({ failed: failureOf(error.message) }),
	);
	progress(
		`N=${articles}: baseline ${'failed' in baseline ? `failed: ${baseline.failed}` : `${seconds(baseline.wallMs)}, ${baseline.pages} pages`}`,
	);
	if (!args.keep) rmSync(plain, { recursive: true, force: true });

	const sharded = shardCount > 0 ? await benchSharded(articles, corpus.files, env) : undefined;

	progress(`N=${articles}: timing the coverage step and suggestions…`);
	const coverage = await measureCoverage(articles, Number(args.seed));
	progress(coverageLine(coverage, cold.wallMs));

	return {
		articles,
		coverage,
		counts,
		cold,
		warm,
		warmClaim,
		baseline,
		ratio: 'failed' in baseline ? undefined : cold.wallMs / baseline.wallMs,
		heapMb,
		warmShare: warm.wallMs / cold.wallMs,
		warmClaimShare: warmClaim.wallMs / cold.wallMs,
		sharded,
	};
}

/** A copy of the project with the corpus written into it and no caches, for its sharded builds. */
function matrixDir(name: string, files: Map<string, string>): string {
	const dir = join(work, name);
	mkdirSync(dir);
	copyProject(projectRoot, dir);
	writeCorpus(dir, files);
	clearCaches(dir);
	return dir;
}

/** Times one sharded build (scripts/build-shards.ts with `flags`) of the corpus in `dir`. */
async function shardedBuild(
	dir: string,
	articles: number,
	env: Record<string, string>,
	name: string,
	flags: string[],
	output = 'dist',
): Promise<Measured> {
	const command = [process.execPath, 'scripts/build-shards.ts', ...flags];
	const log = join(work, `sharded-${articles}-${name}.log`);
	return measured(await timeBuild(dir, log, { env, command, output }), articles);
}

/**
 * The corpus in `dir` built as a job matrix builds it: each of `--shards`
 * shards alone, one after another, then the merge (the slowest shard plus
 * the merge is the wall time on a matrix of runners).
 */
async function benchMatrix(
	articles: number,
	env: Record<string, string>,
	dir: string,
): Promise<MatrixResult> {
	const label = `N=${articles}, ${shardCount} shards`;
	const each: Measured[] = [];
	for (let shard = 1; shard <= shardCount; shard++) {
		progress(`${label}: shard ${shard} alone…`);
		const flags = ['--shard', `${shard}/${shardCount}`];
		each.push(await shardedBuild(dir, articles, env, `shard-${shard}`, flags, `dist-shards/${shard}`));
		progress(
			`${label}: shard ${shard} ${seconds(each.at(-1)!.wallMs)}, ${each.at(-1)!.peakRssMb.toFixed(0)} MB`,
		);
	}
	progress(`${label}: the merge…`);
	const merge = await shardedBuild(dir, articles, env, 'merge', ['--merge', String(shardCount)]);
	progress(`${label}: merge ${seconds(merge.wallMs)}`);
	if (!args.keep) rmSync(dir, { recursive: true, force: true });
	return { articles, shards: shardCount, each, merge };
}

/**
 * The corpus built in `--shards` shards: as a job matrix builds it
 * (`benchMatrix`), then all of them on this machine, cold and after the same
 * two edits as the whole build's rebuilds.
 */
async function benchSharded(
	articles: number,
	files: Map<string, string>,
	env: Record<string, string>,
): Promise<ShardedResult> {
	const matrix = await benchMatrix(articles, env, matrixDir(`matrix-${articles}`, files));
	const dir = matrixDir(`sharded-${articles}`, files);
	const label = `N=${articles}, ${shardCount} shards`;
	const all = ['--shards', String(shardCount)];
	progress(`${label}: every shard on this machine, cold…`);
	const cold = await shardedBuild(dir, articles, env, 'cold', all);
	progress(`${label}: cold ${seconds(cold.wallMs)}; after editing ${editArticle(dir, files)}…`);
	const warm = await shardedBuild(dir, articles, env, 'warm', all);
	progress(`${label}: warm ${seconds(warm.wallMs)}; after correcting ${correctVerdict(dir, files)}…`);
	const warmClaim = await shardedBuild(dir, articles, env, 'claim', all);
	progress(`${label}: after the claim edit ${seconds(warmClaim.wallMs)}`);
	if (!args.keep) rmSync(dir, { recursive: true, force: true });
	return { ...matrix, cold, warm, warmClaim };
}

/** Edits the text of one article of the corpus written in `dir`, as a warm rebuild's change: one more plain sentence. */
function editArticle(dir: string, files: Map<string, string>): string {
	const articles = [...files.keys()].filter((path) => path.startsWith('content/articles/'));
	const edited = articles[Math.floor(articles.length / 2)]!;
	const text = readFileSync(join(dir, edited), 'utf8');
	writeFileSync(join(dir, edited), `${text}\nOne more plain sentence for the warm rebuild.\n`);
	return edited;
}

/**
 * Corrects one claim's verdict in the corpus written in `dir`, as an editor
 * would: an opinion judged on no evidence, "not checkable" → "not found",
 * with the search that found nothing, which "not found" needs
 * (src/schemas/claim.ts).
 */
function correctVerdict(dir: string, files: Map<string, string>): string {
	const claim = [...files].find(
		([path, text]) => path.startsWith('content/claims/') && /^verdict: not-checkable$/m.test(text),
	)?.[0];
	if (!claim) throw new Error('The generated corpus has no claim judged "not-checkable" to correct');
	const record = readFileSync(join(dir, claim), 'utf8');
	const search = `searches:\n  - { query: the claim's words, where: news sites, date: '2026-01-05', found: nothing on it }\n`;
	writeFileSync(
		join(dir, claim),
		`${record.replace(/^verdict: not-checkable$/m, 'verdict: not-found').replace(/^searches: \[\]\n/m, '')}${search}`,
	);
	return claim;
}

/** Builds the real site in a copy (leaving the project's dist/ alone), then weighs its pages and runs Lighthouse. */
async function benchRealSite(): Promise<{
	weights: KindSummary[];
	lighthouse: LighthouseScores[] | undefined;
}> {
	const real = join(work, 'real');
	mkdirSync(real);
	copyProject(projectRoot, real);
	cpSync(join(projectRoot, 'content'), join(real, 'content'), { recursive: true });
	progress('building the real site for page weights…');
	await timeBuild(real, join(work, 'real.log'));
	const dist = join(real, 'dist');
	const weights = sitePages(dist).map((path) => measurePage(dist, path));
	const summaries = summariseByKind(weights).sort((a, b) => a.kind.localeCompare(b.kind));

	if (args['skip-lighthouse']) {
		progress('Lighthouse skipped (--skip-lighthouse)');
		return { weights: summaries, lighthouse: undefined };
	}
	const first = (kind: string) => weights.find((weight) => weight.kind === kind)?.path;
	const pages = ['home', 'article', 'claim', 'comparison'].flatMap((kind) => {
		const path = first(kind);
		return path ? [{ page: kind, path }] : [];
	});
	progress(`Lighthouse on ${pages.map(({ path }) => path).join(', ')}…`);
	let lighthouse: LighthouseScores[] | undefined;
	try {
		lighthouse = await runLighthouse(dist, pages);
	} catch (error) {
		// The build figures above are still worth printing.
		progress(`Lighthouse failed: ${error instanceof Error ? error.message : String(error)}`);
		return { weights: summaries, lighthouse: undefined };
	}
	if (!lighthouse) progress('Lighthouse skipped: no Chromium at /usr/bin/chromium (or CHROMIUM_PATH)');
	return { weights: summaries, lighthouse };
}

/** The 1-minute load average: on a shared machine, wall times depend on it. */
function loadAverage(): string {
	return `average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
}

/** The line of a failed build's log that says why: the first error, else the last line. */
function failureOf(message: string): string {
	const lines = message.split('\n').map((line) => line.trim());
	return (lines.find((line) => /\b\w*Error\b|heap out of memory/.test(line)) ?? lines.at(-1) ?? '').slice(
		0,
		160,
	);
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}

/** A duration in seconds for a table, or a dash when unknown. */
function ms(value: number | undefined): string {
	return value === undefined ? '–' : (value / 1000).toFixed(1);
}

/** A sharded build's figures under `MATRIX_COLUMNS`. */
function matrixCells({ articles, shards, each, merge }: MatrixResult): string[] {
	const list = (values: (number | undefined)[]) => values.map(ms).join(' ');
	const all = [...each, merge];
	const cpu = all.every((m) => m.cpuMs !== undefined)
		? all.reduce((total, m) => total + m.cpuMs!, 0)
		: undefined;
	return [
		String(articles),
		String(shards),
		list(each.map((m) => m.wallMs)),
		list(each.map((m) => m.cpuMs)),
		each.map((m) => m.peakRssMb.toFixed(0)).join(' '),
		ms(merge.wallMs),
		ms(Math.max(...each.map((m) => m.wallMs)) + merge.wallMs),
		ms(cpu),
	];
}

/** The table of `--matrix-only`. */
function matrixText(results: MatrixResult[]): string {
	return `Sharded (scripts/build-shards.ts): each shard built alone, one after another, as one runner of a matrix would build it, then the merge\n\n${table(MATRIX_COLUMNS, results.map(matrixCells))}`;
}

function scaleTable(results: ScaleResult[]): string {
	const ours = table(
		[
			'N',
			'pages',
			'cold s',
			'CPU s',
			'ms/article',
			'ms/page',
			'peak RSS MB',
			'sync s',
			'vite s',
			'pages s',
			'1st page s',
			'warm s',
			'warm/cold',
			'warm: pages reused',
			'claim s',
			'claim/cold',
			'claim: pages reused',
			'largest page (gzip)',
		],
		results.map((r) => [
			String(r.articles),
			String(r.cold.pages),
			ms(r.cold.wallMs),
			ms(r.cold.cpuMs),
			r.cold.msPerArticle.toFixed(1),
			r.cold.msPerPage.toFixed(2),
			r.cold.peakRssMb.toFixed(0),
			ms(r.cold.phases.syncMs),
			ms(r.cold.phases.viteMs),
			ms(r.cold.phases.pagesMs),
			ms(r.cold.phases.firstPageMs),
			ms(r.warm.wallMs),
			`${(r.warmShare * 100).toFixed(0)}%`,
			`${r.warm.reusedPages} of ${r.warm.pages}`,
			ms(r.warmClaim.wallMs),
			`${(r.warmClaimShare * 100).toFixed(0)}%`,
			`${r.warmClaim.reusedPages} of ${r.warmClaim.pages}`,
			r.cold.largestPage
				? `${r.cold.largestPage.path} ${(r.cold.largestPage.gzip / 1024).toFixed(0)} KB`
				: '–',
		]),
	);
	const versus = table(
		[
			'N',
			'ours s',
			'ours CPU s',
			'baseline s',
			'baseline CPU s',
			'baseline ms/page',
			'baseline RSS MB',
			'ours/baseline',
			'CPU ours/baseline',
		],
		results.map((r) => {
			if ('failed' in r.baseline) {
				return [
					String(r.articles),
					ms(r.cold.wallMs),
					ms(r.cold.cpuMs),
					`failed: ${r.baseline.failed}`,
					'',
					'',
					'',
					'–',
					'–',
				];
			}
			return [
				String(r.articles),
				ms(r.cold.wallMs),
				ms(r.cold.cpuMs),
				ms(r.baseline.wallMs),
				ms(r.baseline.cpuMs),
				r.baseline.msPerPage.toFixed(1),
				r.baseline.peakRssMb.toFixed(0),
				`${(r.cold.wallMs / r.baseline.wallMs).toFixed(2)}×`,
				r.cold.cpuMs && r.baseline.cpuMs ? `${(r.cold.cpuMs / r.baseline.cpuMs).toFixed(2)}×` : '–',
			];
		}),
	);
	const raised = results.filter((r) => r.heapMb);
	const [firstRaised] = raised;
	const heapNote = firstRaised
		? `\n\nBuilds of ${raised.map((r) => r.articles).join(', ')} articles ran with Node's heap raised to ${firstRaised.heapMb} MB (--max-old-space-size).`
		: '';
	const pairs = results.slice(1).map((r, i) => [results[i]!, r] as const);
	const growth = table(
		['from N', 'to N', 'cold wall per 4×', 'cold CPU per 4×', 'peak RSS per 4×'],
		pairs.map(([a, b]) => {
			const per4x = (value: (r: ScaleResult) => number | undefined) => {
				const [from, to] = [value(a), value(b)];
				return from && to
					? growthPer4x({ n: a.articles, value: from }, { n: b.articles, value: to }).toFixed(2)
					: '–';
			};
			return [
				String(a.articles),
				String(b.articles),
				per4x((r) => r.cold.wallMs),
				per4x((r) => r.cold.cpuMs),
				per4x((r) => r.cold.peakRssMb),
			];
		}),
	);
	const cardCell = (cards: Measured['shareCards']) =>
		cards
			? `${ms(cards.wallMs)} (${cards.drawn} drawn, ${cards.readBack} read back, ${cards.copied} copied)`
			: '–';
	const cards = table(
		['N', 'cards', 'cold s', 'cold ms/card drawn', 'warm s', 'claim s'],
		results.map((r) => [
			String(r.articles),
			String(r.cold.shareCards?.cards ?? '–'),
			cardCell(r.cold.shareCards),
			r.cold.shareCards?.drawn ? (r.cold.shareCards.wallMs / r.cold.shareCards.drawn).toFixed(0) : '–',
			cardCell(r.warm.shareCards),
			cardCell(r.warmClaim.shareCards),
		]),
	);
	const withShards = results.filter((r) => r.sharded);
	const sharded = table(
		[...MATRIX_COLUMNS, 'here: cold s', 'here/whole', 'warm s', 'warm/cold', 'claim s', 'claim/cold'],
		withShards.map(({ sharded: r, cold: whole }) => {
			const { cold, warm, warmClaim } = r!;
			return [
				...matrixCells(r!),
				ms(cold.wallMs),
				`${(cold.wallMs / whole.wallMs).toFixed(2)}×`,
				ms(warm.wallMs),
				`${((warm.wallMs / cold.wallMs) * 100).toFixed(0)}%`,
				ms(warmClaim.wallMs),
				`${((warmClaim.wallMs / cold.wallMs) * 100).toFixed(0)}%`,
			];
		}),
	);
	return [
		ours,
		...(withShards.length > 0
			? [
					`Sharded (scripts/build-shards.ts): each shard built alone, one after another, as one runner of a matrix would build it, then the merge; then every shard on this machine (${availableParallelism()} cores) as \`npm run build:sharded\` runs them, cold and after the same two edits\n\n${sharded}`,
				]
			: []),
		`Share cards (og:image): wall time from the first card's image written to the last (to the second), each drawn, read back from the cards' cache or copied by Astro from the last build\n\n${cards}`,
		`Against a plain Astro project (default unified(), no plugins) building the same articles, cold\n\n${versus}${heapNote}`,
		...(pairs.length > 0
			? [`How the cold build grows per 4× the articles (4.00: in proportion to them)\n\n${growth}`]
			: []),
	].join('\n\n');
}
