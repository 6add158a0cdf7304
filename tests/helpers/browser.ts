import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveStatic } from './serve';

/**
 * The Chromium the browser tests drive: the one CHROMIUM_PATH names, else
 * Debian's headless shell (package chromium-headless-shell), else Debian's
 * Chromium. The shell is the same Chromium, built without the windows and tabs
 * of the full browser, which cost the tests about an eighth of their time.
 */
export const chromiumPath =
	process.env.CHROMIUM_PATH ??
	['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find(existsSync) ??
	'/usr/bin/chromium';

/**
 * Whether the browser tests can run. Without Chromium they are skipped, loudly,
 * except under CI, where a missing browser is a failure.
 */
export function browserAvailable(): boolean {
	if (existsSync(chromiumPath)) return true;
	if (process.env.CI)
		throw new Error(`No Chromium at ${chromiumPath}: install the "chromium-headless-shell" package.`);
	console.warn(
		`\n*** No Chromium at ${chromiumPath}: skipping the browser tests (apt-get install chromium-headless-shell). ***\n`,
	);
	return false;
}

const launchOptions = {
	executablePath: chromiumPath,
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
};

/** For the global setup (tests/build/setup.ts): one Chromium for every browser test of the run. */
export function launchChromiumServer(): Promise<BrowserServer> {
	return chromium.launchServer(launchOptions);
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the run's Chromium listens, if there is one (`browserAvailable`). */
		chromiumEndpoint?: string;
	}
}

/**
 * The run's one Chromium, which the global setup started: a test file connects
 * to it rather than start a browser of its own, which took each file about two
 * seconds. Each test opens its pages in contexts of its own, so nothing it does
 * reaches another's. Closing what this returns closes the file's connection
 * and what it opened, not the browser.
 */
export function connectChromium(): Promise<Browser> {
	const endpoint = inject('chromiumEndpoint');
	if (!endpoint) throw new Error('No Chromium was started for this run (tests/build/setup.ts).');
	return chromium.connect(endpoint);
}

/**
 * Serves the built site in `dir` and connects to Chromium for the tests of
 * the enclosing `describe`, closing both after them. Read `browser` and `url`
 * inside the tests, once `beforeAll` has run.
 */
export function openSite(dir: string): { browser: Browser; url: string } {
	const live = {} as { browser: Browser; url: string };
	let closeServer: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const server = await serveStatic(dir);
		closeServer = server.close;
		live.url = server.url;
		live.browser = await connectChromium();
	});
	afterAll(async () => {
		await live.browser?.close();
		await closeServer?.();
	});
	return live;
}
