/**
 * Builds the site in shards and merges them into one site in `dist/`, byte
 * for byte the site `npm run build` makes, apart from the search index: each
 * shard indexes its own pages, and the search page reads every shard's index.
 *
 *   npm run build:sharded                  every shard, side by side, then the merge
 *   npm run build:sharded -- --shards 4    four shards, however many cores
 *   npm run build:sharded -- --shard 2/4   only shard 2 of 4, into dist-shards/2/ (one CI job)
 *   npm run build:sharded -- --merge 4     only the merge of dist-shards/1 to 4/ into dist/
 *
 * A shard is `astro build` with SHARDS and SHARD set (src/loading/shards.ts
 * says which stories each renders). A shard whose inputs are unchanged since
 * its output was kept (`shardDigest`) is taken from
 * node_modules/.astro/shard-output/ instead of built.
 *
 * Outputs are put together by hard links where the file system allows
 * (`placeTree`), so no page's bytes are copied: nothing here writes into a
 * file it placed, and `astro build` empties its output folder by removing
 * files, so a link never changes another folder's copy.
 */
import './bench/resolve-ts.ts';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const { shardContent, shardFromEnv } = await import('../src/loading/shards.ts');
const { readShardInputs } = await import('../src/loading/shard-inputs.ts');
const { removeScripts } = await import('../src/integrations/pagefind.ts');
const { mergeSitemaps, planMerge, planSearchIndexes, SHARD_CODE, shardDigest, shardInputFiles } =
	await import('./lib/shard-merge.ts');

// The project to build: the one the command runs in.
const root = process.cwd();
const shardsDir = join(root, 'dist-shards');
const kept = join(root, 'node_modules/.astro/shard-output');

/** The settings a build reads from its environment. */
const SETTINGS = [
	'SITE_URL',
	'BASE_PATH',
	'CORRECTIONS_EMAIL',
	'CORRECTIONS_URL',
	'SITE_OWNER',
	'SITE_FUNDING',
	'PRODUCTION',
	'SEARCH_PAGES_PER_INDEX',
	'SHARE_CARDS',
];
/** About what one shard's build holds at its peak, to run no more side by side than memory allows. */
const MEMORY_PER_SHARD = 2 * 1024 ** 3;

/** Each content file's commits, read once (`gitHistory`). */
let history: Map<string, string> | undefined;

const { values } = parseArgs({
	options: {
		shards: { type: 'string' },
		shard: { type: 'string' },
		merge: { type: 'string' },
		jobs: { type: 'string' },
	},
});

if (values.shard) {
	const [index, count] = values.shard.split('/');
	const shard = shardFromEnv({ SHARDS: count, SHARD: index });
	if (!shard) throw new Error(`--shard ${values.shard} is the whole site; expected a shard of two or more`);
	await buildShard(shard);
} else if (values.merge) {
	await merge(Number(values.merge));
} else {
	const count = Number(values.shards ?? process.env.SHARDS ?? defaultJobs());
	const jobs = Number(values.jobs ?? defaultJobs());
	const shards = Array.from({ length: count }, (_, i) => ({ index: i + 1, count }));
	console.info(`Building ${count} shards, ${jobs} at a time.`);
	await inParallel(shards, jobs, buildShard);
	await merge(count);
}

/** One shard per core, or fewer if the free memory would not hold them. */
function defaultJobs(): number {
	return Math.max(1, Math.min(availableParallelism(), Math.floor(freemem() / MEMORY_PER_SHARD)));
}

/** Runs `work` on each item, at most `jobs` at once; fails when any fails. */
async function inParallel<T>(items: T[], jobs: number, work: (item: T) => Promise<void>): Promise<void> {
	const queue = [...items];
	await Promise.all(
		Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, async () => {
			for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
		}),
	);
}

/** Builds one shard into dist-shards/<n>/, or copies its kept output when its inputs are unchanged. */
async function buildShard(shard: { index: number; count: number }): Promise<void> {
	const out = join(shardsDir, String(shard.index));
	const digest = inputDigest(shard);
	const keep = join(kept, `${shard.index}-of-${shard.count}`);
	if (existsSync(join(keep, digest))) {
		rmSync(out, { recursive: true, force: true });
		placeTree(join(keep, digest), out);
		console.info(`Shard ${shard.index} of ${shard.count}: unchanged, taken from its last build.`);
		return;
	}
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const env = { ...process.env, SHARDS: String(shard.count), SHARD: String(shard.index) };
	const status = await new Promise<number | null>((done) => {
		const child = spawn(process.execPath, [astro, 'build'], { cwd: root, env, stdio: 'inherit' });
		child.on('exit', done);
	});
	if (status !== 0) throw new Error(`Shard ${shard.index} of ${shard.count} failed (exit ${status})`);
	// Kept under its digest; older outputs of the shard are of no more use.
	rmSync(keep, { recursive: true, force: true });
	placeTree(out, join(keep, `${digest}.partial`));
	renameSync(join(keep, `${digest}.partial`), join(keep, digest));
}

/** The digest of what a shard reads: its stories' files, the shared records, the code and the settings. */
function inputDigest(shard: { index: number; count: number }): string {
	const content = shardContent(readShardInputs(root), shard);
	const everything = [...SHARD_CODE, 'content/'].flatMap((path) => filesUnder(path.replace(/\/$/, '')));
	const history = gitHistory();
	const files = new Map<string, string>();
	for (const file of shardInputFiles(everything, content)) {
		const bytes = createHash('sha256')
			.update(readFileSync(join(root, file)))
			.digest('hex');
		files.set(file, `${bytes} ${history.get(file) ?? ''}`);
	}
	const env = Object.fromEntries(SETTINGS.map((key) => [key, process.env[key]]));
	return shardDigest(shard, files, env, content.records);
}

/** Each file at or under `path` (from the project's root). */
function filesUnder(path: string): string[] {
	const at = join(root, path);
	if (!existsSync(at)) return [];
	if (statSync(at).isFile()) return [path];
	return filesIn(at).map((file) => `${path}/${file}`);
}

/** Each file in the folder `dir`, as a path under it. */
function filesIn(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) =>
			join(entry.parentPath, entry.name)
				.slice(dir.length + 1)
				.replace(/\\/g, '/'),
		);
}

/** Each content file's commits, newest first: its dates on the site come from them. */
function gitHistory(): Map<string, string> {
	if (history) return history;
	history = new Map();
	const log = spawnSync('git', ['log', '--format=%x00%H %cI', '--name-only', '--', 'content'], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 1 << 30,
	});
	if (log.status !== 0) return history;
	for (const commit of log.stdout.split('\0').slice(1)) {
		const [line = '', ...files] = commit.split('\n').filter(Boolean);
		for (const file of files) history.set(file, `${history.get(file) ?? ''}${line};`);
	}
	return history;
}

/** Puts the file `from` at `to`: a hard link to it, or a copy where the file system has none. */
function placeFile(from: string, to: string): void {
	mkdirSync(dirname(to), { recursive: true });
	try {
		linkSync(from, to);
	} catch {
		copyFileSync(from, to);
	}
}

/** Puts every file under the folder `from` at the same path under `to` (`placeFile`). */
function placeTree(from: string, to: string): void {
	for (const path of filesIn(from)) placeFile(join(from, path), join(to, path));
}

/** Writes `text` to `path` as a new file: never into a file placed there by a link. */
function writeNew(path: string, text: string): void {
	rmSync(path, { force: true });
	writeFileSync(path, text);
}

/**
 * Merges dist-shards/1 to <count>/ into dist/, with one sitemap and every
 * shard's search index. The site is put together beside dist/ and takes its
 * place only when whole: a merge that stops leaves the last site as it was.
 */
async function merge(count: number): Promise<void> {
	const listed = Array.from({ length: count }, (_, i) => i + 1).map((shard) => {
		const dir = join(shardsDir, String(shard));
		if (!existsSync(dir)) throw new Error(`${dir} is missing; expected every shard built before the merge`);
		return { shard, paths: filesIn(dir) };
	});
	// Only a file several shards wrote is compared: hashing every page would take longer than copying it.
	const writers = new Map<string, number>();
	for (const { paths } of listed) for (const path of paths) writers.set(path, (writers.get(path) ?? 0) + 1);
	const digestOf = (shard: number, path: string) =>
		writers.get(path)! > 1
			? createHash('sha256')
					.update(readFileSync(join(shardsDir, String(shard), path)))
					.digest('hex')
			: '';
	const shards = listed.map(({ shard, paths }) => ({
		shard,
		files: paths.map((path) => ({ path, digest: digestOf(shard, path) })),
	}));
	const plan = planMerge(shards);
	if (plan.problems.length > 0) throw new Error(`The shards do not merge:\n${plan.problems.join('\n')}`);
	const dist = join(root, 'dist');
	const partial = `${dist}.partial`;
	rmSync(partial, { recursive: true, force: true });
	for (const { path, shard } of plan.copy)
		placeFile(join(shardsDir, String(shard), path), join(partial, path));
	const sitemaps = shards.flatMap(({ shard, files }) =>
		files
			.filter(({ path }) => /^sitemap-\d+\.xml$/.test(path))
			.map(({ path }) => readFileSync(join(shardsDir, String(shard), path), 'utf8')),
	);
	const index = join(shardsDir, '1', 'sitemap-index.xml');
	if (existsSync(index)) {
		for (const [name, text] of mergeSitemaps(readFileSync(index, 'utf8'), sitemaps))
			writeNew(join(partial, name), text);
	}
	mergeSearchIndexes(count, join(partial, 'pagefind'));
	rmSync(dist, { recursive: true, force: true });
	renameSync(partial, dist);
	console.info(`Merged ${count} shards into dist/: ${plan.copy.length} files.`);
}

/** Puts each shard's search index in `output` (`planSearchIndexes`) and lists them for the search page. */
function mergeSearchIndexes(count: number, output: string): void {
	const indexes = Array.from({ length: count }, (_, i) => i + 1).flatMap((shard) => {
		const manifest = join(shardsDir, String(shard), 'pagefind/indexes.json');
		if (!existsSync(manifest)) return [];
		const { merge } = JSON.parse(readFileSync(manifest, 'utf8')) as { merge: string[] };
		return [{ shard, merge }];
	});
	const plan = planSearchIndexes(indexes);
	for (const { shard, to } of plan.moves) {
		placeTree(join(shardsDir, String(shard), 'pagefind'), join(output, to));
		// Only the first index keeps Pagefind's scripts and the list: the others are data it merges.
		if (to === '') continue;
		removeScripts(join(output, to), 'all');
		rmSync(join(output, to, 'indexes.json'));
	}
	if (plan.moves.length > 0) writeNew(join(output, 'indexes.json'), JSON.stringify({ merge: plan.merge }));
	const read = plan.merge.length + Math.min(1, plan.moves.length);
	const from = plan.moves.length;
	console.info(
		`Search reads ${read} ${read === 1 ? 'index' : 'indexes'} from ${from} ${from === 1 ? 'shard' : 'shards'}.`,
	);
}
