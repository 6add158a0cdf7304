import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	closeSync,
	rmSync,
	statSync,
	symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one build cost. */
export interface BuildTiming {
	wallMs: number;
	/** User + system CPU time of the whole build, in ms (from `/usr/bin/time`; undefined without it). On a busy machine this moves less than the wall time. */
	cpuMs?: number;
	/** Peak resident memory of the largest process in the build's process tree, in MB. */
	peakRssMb: number;
	pages: number;
	/** The largest HTML page written, with its size gzipped: index pages grow with the content. */
	largestPage?: { path: string; raw: number; gzip: number };
	/** Phases as Astro logs them, in ms: content sync + types, Vite bundling, page generation. */
	phases: { syncMs?: number; viteMs?: number; pagesMs?: number; firstPageMs?: number };
	/** Pages copied from the previous build instead of rendered (Astro's incremental build). */
	reusedPages: number;
	/** The share cards, as the build reports them (`src/data/share-cards.ts`); undefined when it does not. */
	shareCards: ShareCardTiming | undefined;
	log: string;
}

/** Folders a copy must not share with the project: caches and build output. */
const ownCaches = new Set(['.astro', '.vite', '.cache']);

/**
 * Gives `dir` a `node_modules` of its own whose entries link to the project's
 * packages. Sharing the packages keeps the copy cheap; keeping the folder its
 * own keeps Astro's caches (`node_modules/.astro`, `.vite`) apart, so a cold
 * build is really cold and two copies never share a content store.
 */
export function linkNodeModules(projectRoot: string, dir: string): void {
	const from = join(projectRoot, 'node_modules');
	const to = join(dir, 'node_modules');
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) {
		if (!ownCaches.has(name)) symlinkSync(join(from, name), join(to, name));
	}
}

/** Everything of the project a build may read, without its content, output, caches or history. */
const notCopied = new Set(['node_modules', 'dist', '.astro', '.git', 'content', 'test-results']);

/**
 * Copies the project (source, config, scripts, public files, `package.json`
 * with its build script) into `dir`, without its content: the bench writes
 * its own. Whatever the site's build does, the copy does the same.
 */
export function copyProject(projectRoot: string, dir: string): void {
	for (const name of readdirSync(projectRoot)) {
		if (notCopied.has(name) || name.endsWith('.log')) continue;
		cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
	}
	linkNodeModules(projectRoot, dir);
}

/** Removes the build output and every cache, for a cold build. */
export function clearCaches(dir: string): void {
	for (const path of [
		'dist',
		'dist-shards',
		'.astro',
		'node_modules/.astro',
		'node_modules/.vite',
		'node_modules/.cache',
	]) {
		rmSync(join(dir, path), { recursive: true, force: true });
	}
}

/** The ids of every process below `root`, from /proc. */
function descendants(root: number): number[] {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const found: number[] = [];
	const queue = [root];
	while (queue.length) {
		const pid = queue.shift()!;
		found.push(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return found;
}

/** The peak resident memory (VmHWM) of `pid`, in kB, or 0 if it has ended. */
function peakRss(pid: number): number {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
	} catch {
		return 0;
	}
}

/** How `timeBuild` runs a build. */
export interface BuildRun {
	/** Added to the build's environment. */
	env?: Record<string, string>;
	/** The command and its arguments: `npm run build` unless given. */
	command?: string[];
	/** The folder it writes the site to, under the project: `dist` unless given. */
	output?: string;
}

/**
 * Runs `npm run build` (or `command`) in `dir` and measures it: wall time,
 * peak memory of the process tree (VmHWM sampled from /proc every 100 ms; with
 * `/usr/bin/time` present, its exact figure for the largest process is used
 * instead, and its CPU time covers every process of the tree), the number of
 * HTML pages written, and the phases Astro logs. Throws with the end of the
 * log if the build fails.
 */
export async function timeBuild(
	dir: string,
	logFile: string,
	{ env = {}, command: run = ['npm', 'run', 'build'], output = 'dist' }: BuildRun = {},
): Promise<BuildTiming> {
	const timeFile = join(dir, '.bench-time');
	rmSync(timeFile, { force: true });
	const useTime = existsSync('/usr/bin/time');
	const [command, ...args] = useTime ? ['/usr/bin/time', '-o', timeFile, '-f', '%M %U %S', ...run] : run;
	const out = openSync(logFile, 'w');
	const started = performance.now();
	const child = spawn(command!, args, {
		cwd: dir,
		stdio: ['ignore', out, out],
		env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	let sampledKb = 0;
	const sampler = setInterval(() => {
		for (const pid of descendants(child.pid!)) sampledKb = Math.max(sampledKb, peakRss(pid));
	}, 100);
	const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const wallMs = performance.now() - started;
	clearInterval(sampler);
	closeSync(out);
	const log = readFileSync(logFile, 'utf8');
	if (status !== 0) {
		throw new Error(
			`${run.join(' ')} failed in ${dir} (exit ${status}):\n${log.split('\n').slice(-40).join('\n')}`,
		);
	}
	// The last line of the time file (it may start with a note on the exit status).
	const timed =
		useTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').pop()! : '';
	const [timedKb = 0, user, system] = timed ? timed.split(' ').map(Number) : [];
	return {
		wallMs,
		cpuMs: user === undefined || system === undefined ? undefined : (user + system) * 1000,
		peakRssMb: Math.max(timedKb, sampledKb) / 1024,
		pages: countPages(join(dir, output)),
		largestPage: largestPage(join(dir, output)),
		phases: parsePhases(log),
		// Pages, as `pages` counts them: not the share cards' images, which are reused too.
		reusedPages: reusedPages(log).filter((path) => path.endsWith('.html')).length,
		shareCards: shareCards(log),
		log,
	};
}

/** The number of HTML files under `dir`. */
export function countPages(dir: string): number {
	if (!existsSync(dir)) return 0;
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))
		.length;
}

/** The largest HTML file under `dir` (by raw size), gzipped once. */
export function largestPage(dir: string): BuildTiming['largestPage'] {
	if (!existsSync(dir)) return undefined;
	let largest = { file: '', raw: -1 };
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html')) continue;
		const raw = statSync(join(dir, file)).size;
		if (raw > largest.raw) largest = { file, raw };
	}
	if (largest.raw < 0) return undefined;
	return {
		path: `/${largest.file.replace(/(^|\/)index\.html$/, '$1')}`,
		raw: largest.raw,
		gzip: gzipSync(readFileSync(join(dir, largest.file)), { level: 9 }).length,
	};
}

/** The files Astro's log marks as reused from the previous build: `(cached)` or `(restored)`. */
export function reusedPages(log: string): string[] {
	return [...log.matchAll(/^\S+ +[├└]─ (\S+) \((?:cached|restored)\)$/gm)].map((match) => match[1]!);
}

/** What the share cards cost a build: their endpoint's wall time, and how each image came to be written. */
export interface ShareCardTiming {
	cards: number;
	/** From the first card's image Astro wrote to the last's, to the second its log shows. */
	wallMs: number;
	/** Drawn by this build: no build had drawn them. */
	drawn: number;
	/** Copied by Astro from the last build's output (its log says "cached" or "restored"). */
	copied: number;
	/** Read back from the cards' own cache (`src/data/share-cards.ts`). */
	readBack: number;
}

/**
 * What the share cards cost a build, from its log: the line the cards' endpoint
 * writes (`[share-cards] 42 cards: 40 to draw, 2 kept`) and the lines Astro
 * writes for their images, each with the time it started.
 */
export function shareCards(log: string): ShareCardTiming | undefined {
	const found = /\[share-cards\] (\d+) cards: (\d+) to draw, (\d+) kept/.exec(log);
	if (!found) return undefined;
	const [cards, drawn] = found.slice(1, 3).map(Number) as [number, number];
	const images = [
		...log.matchAll(/^(\d\d):(\d\d):(\d\d) +[├└]─ \S*\/og\/[0-9a-f]+\.png(?: \((cached|restored)\))?/gm),
	];
	const clock = ([, h, m, sec]: RegExpMatchArray) => (Number(h) * 3600 + Number(m) * 60 + Number(sec)) * 1000;
	const [first, last] = [images[0], images.at(-1)];
	const copied = images.filter((image) => image[4] !== undefined).length;
	return {
		cards,
		wallMs: first && last ? (clock(last) - clock(first) + 86_400_000) % 86_400_000 : 0,
		drawn,
		copied,
		readBack: cards - drawn - copied,
	};
}

/** Astro's durations, e.g. `615ms`, `52.57s`, `1m 13s`, in ms. */
const duration = String.raw`((?:\d+m\s+)?[\d.]+(?:ms|s))`;
const toMs = (text: string) =>
	[...text.matchAll(/([\d.]+)(ms|m|s)/g)].reduce(
		(total, [, value, unit]) => total + Number(value) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000),
		0,
	);

/**
 * The phase times in Astro's build log: `[types] Generated 770ms` (content
 * sync and types), `[vite] ✓ built in 475ms` (summed), and the `Completed in`
 * after `generating static routes` (writing the pages), and how long the
 * first page took to appear.
 */
export function parsePhases(log: string): BuildTiming['phases'] {
	const sync = new RegExp(String.raw`\[types\] Generated ${duration}`).exec(log);
	const vite = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${duration}`, 'g'))];
	const pagesAt = log.indexOf('generating static routes');
	const pages =
		pagesAt < 0 ? null : new RegExp(String.raw`✓ Completed in ${duration}`).exec(log.slice(pagesAt));
	// From the log line before page generation to the first page written (the log shows whole seconds):
	// the time to load the content and build what every page shares.
	const clock = (line: string | undefined) => {
		const [h, m, sec] = (/^(\d\d):(\d\d):(\d\d) /.exec(line ?? '') ?? []).slice(1).map(Number);
		return h === undefined ? undefined : (h * 3600 + m! * 60 + sec!) * 1000;
	};
	const before = pagesAt < 0 ? undefined : clock(log.slice(0, pagesAt).trimEnd().split('\n').pop());
	const first = pagesAt < 0 ? undefined : clock(/^\d\d:\d\d:\d\d +[├└]─.*$/m.exec(log.slice(pagesAt))?.[0]);
	return {
		firstPageMs:
			before === undefined || first === undefined ? undefined : (first - before + 86_400_000) % 86_400_000,
		syncMs: sync ? toMs(sync[1]!) : undefined,
		viteMs: vite.length ? vite.reduce((total, match) => total + toMs(match[1]!), 0) : undefined,
		pagesMs: pages ? toMs(pages[1]!) : undefined,
	};
}
