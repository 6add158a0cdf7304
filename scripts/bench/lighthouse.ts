import { createReadStream, existsSync as exists, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** Debian's Chromium, the full browser, or the one CHROMIUM_PATH names. (The browser tests prefer its headless shell.) */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LighthouseScores {
	page: string;
	path: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** First and largest contentful paint (ms), total blocking time (ms) and cumulative layout shift. */
	metrics: { fcp: number; lcp: number; tbt: number; cls: number };
	/** Audits that scored below 0.9, to say what cost points. */
	failing: string[];
	/** The performance score of every run, lowest first. */
	runs: number[];
}

/**
 * Runs Lighthouse (its defaults: mobile, simulated throttling) on each page of
 * the built site in `dist`, served on 127.0.0.1 the way a static host serves
 * it (`serveLikeAHost`), `times` times each, keeping the median run. Returns the four category scores out of 100, or undefined without Chromium.
 */
export async function runLighthouse(
	dist: string,
	pages: { page: string; path: string }[],
	times = 3,
): Promise<LighthouseScores[] | undefined> {
	if (!exists(chromiumPath)) return undefined;
	const server = await serveLikeAHost(dist);
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
	});
	try {
		const scores: LighthouseScores[] = [];
		for (const { page, path } of pages) {
			const runs: LighthouseScores[] = [];
			for (let run = 0; run < times; run++) runs.push(await once(page, path));
			// The median run by performance, as Lighthouse's docs advise: one run swings with the machine's load.
			runs.sort((a, b) => a.performance - b.performance);
			scores.push({ ...runs[Math.floor(runs.length / 2)]!, runs: runs.map((r) => r.performance) });
		}
		return scores;
	} finally {
		chrome.kill();
		await server.close();
	}

	async function once(page: string, path: string): Promise<LighthouseScores> {
		const result = await lighthouse(`${server.url}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
		});
		const categories = result?.lhr.categories ?? {};
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		const audits = result?.lhr.audits ?? {};
		const metric = (id: string) => audits[id]?.numericValue ?? NaN;
		// Only audits that count towards a score; the rest are advice.
		const weighted = new Set(
			Object.values(categories).flatMap((category) =>
				category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id),
			),
		);
		return {
			page,
			path,
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			metrics: {
				fcp: metric('first-contentful-paint'),
				lcp: metric('largest-contentful-paint'),
				tbt: metric('total-blocking-time'),
				cls: metric('cumulative-layout-shift'),
			},
			failing: Object.values(audits)
				.filter((audit) => weighted.has(audit.id) && typeof audit.score === 'number' && audit.score < 0.9)
				.map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`),
			runs: [],
		};
	}
}

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};

/**
 * Serves a built site on a free loopback port as a typical static host does
 * (like tests/helpers/serve.ts, plus what Lighthouse looks for on a real
 * host): text gzipped, hashed `/_astro/` assets cached for a year, `/x/`
 * serving `/x/index.html`, and `404.html` for anything missing.
 */
export async function serveLikeAHost(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(dir)) file = join(dir, '404.html');
		if (exists(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = exists(file);
		if (!found) file = join(dir, '404.html');
		const type = types[extname(file)] ?? 'application/octet-stream';
		const headers: Record<string, string> = {
			'content-type': type,
			'cache-control': path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
		};
		const text = /^(text\/|application\/(json|xml|wasm)|image\/svg)/.test(type);
		if (text && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			const body = gzipSync(readFileSync(file));
			response.writeHead(found ? 200 : 404, {
				...headers,
				'content-encoding': 'gzip',
				vary: 'accept-encoding',
			});
			response.end(body);
			return;
		}
		response.writeHead(found ? 200 : 404, headers);
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
