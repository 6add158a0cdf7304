import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
};

/**
 * Serves a built site from `dir` on a free loopback port the way a plain
 * static host does: `/x/` serves `/x/index.html`, anything else missing gets
 * `404.html` with status 404.
 */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(dir)) file = join(dir, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		if (!found) file = join(dir, '404.html');
		response.writeHead(found ? 200 : 404, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			// As GitHub Pages does: a browser may keep a file ten minutes, and then ask again.
			'cache-control': 'max-age=600',
			'last-modified': statSync(file).mtime.toUTCString(),
		});
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
