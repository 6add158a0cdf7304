import { spawn } from 'node:child_process';
import type { AstroIntegrationLogger } from 'astro';

/**
 * Deletes `path` in a Node process of its own; resolves when it is done,
 * whether or not it could. Done in the build's process, the tens of thousands
 * of file operations of a large folder queue in the same small pool of threads
 * that serves the build's own reads and writes, and hold them up.
 */
export function removeApart(path: string, logger: AstroIntegrationLogger): Promise<void> {
	return new Promise((resolve) => {
		const child = spawn(
			process.execPath,
			['-e', "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", path],
			{ stdio: 'ignore' },
		);
		child.on('error', (error) => {
			logger.debug(`could not delete ${path} yet: ${String(error)}`);
			resolve();
		});
		child.on('exit', (code) => {
			if (code !== 0) logger.debug(`could not delete ${path} yet (exit ${code})`);
			resolve();
		});
	});
}
