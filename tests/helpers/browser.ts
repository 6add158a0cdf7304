import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
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
	});
}

/**
 * Serves the built site in `dir` and opens Chromium for the tests of the
 * enclosing `describe`, closing both after them. Read `browser` and `url`
 * inside the tests, once `beforeAll` has run.
 */
export function openSite(dir: string): { browser: Browser; url: string } {
	const live = {} as { browser: Browser; url: string };
	let closeServer: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const server = await serveStatic(dir);
		closeServer = server.close;
		live.url = server.url;
		live.browser = await launchChromium();
	});
	afterAll(async () => {
		await live.browser?.close();
		await closeServer?.();
	});
	return live;
}
