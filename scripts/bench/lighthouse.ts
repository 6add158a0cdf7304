import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../../tests/helpers/serve.ts';

/** Debian's Chromium, or the one CHROMIUM_PATH names (as for the browser tests). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LighthouseScores {
	page: string;
	path: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
}

/**
 * Runs Lighthouse (its defaults: mobile, simulated throttling) on each page of
 * the built site in `dist`, served on 127.0.0.1 the way a static host serves
 * it. Returns the four category scores out of 100, or undefined without Chromium.
 */
export async function runLighthouse(
	dist: string,
	pages: { page: string; path: string }[],
): Promise<LighthouseScores[] | undefined> {
	if (!existsSync(chromiumPath)) return undefined;
	const server = await serveStatic(dist);
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
	});
	try {
		const scores: LighthouseScores[] = [];
		for (const { page, path } of pages) {
			const result = await lighthouse(`${server.url}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const categories = result?.lhr.categories ?? {};
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			scores.push({
				page,
				path,
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
			});
		}
		return scores;
	} finally {
		chrome.kill();
		await server.close();
	}
}
