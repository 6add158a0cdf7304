import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, IntegrationResolvedRoute } from 'astro';
import { shardFromEnv, type Shard } from '../loading/shards';

/**
 * Where a shard of the build (`SHARDS=4 SHARD=2`) writes its pages and keeps
 * its caches, for `astro.config.mjs`: `dist-shards/2/` and a cache folder of
 * its own, since each shard reads and renders other content. A whole build
 * keeps Astro's defaults.
 */
export function shardFolders(env: Record<string, string | undefined>): {
	outDir?: string;
	cacheDir?: string;
} {
	const shard = shardFromEnv(env);
	if (!shard) return {};
	return {
		outDir: `./dist-shards/${shard.index}`,
		cacheDir: `./node_modules/.astro/shards/${shard.index}-of-${shard.count}`,
	};
}

/**
 * A shard other than the first renders only its stories' detail pages: each
 * dynamic route keeps only those (`src/data/shard.ts`). A route with no
 * parameters (the home page, search, the feeds, the open data, robots.txt…)
 * is rendered by every build, so this removes what such routes wrote in every
 * shard but the first, which renders them from all the content.
 */
export default function shardOutput(): AstroIntegration {
	let shard: Shard | undefined;
	let routes: IntegrationResolvedRoute[] = [];
	return {
		name: 'shard-output',
		hooks: {
			'astro:config:setup': () => {
				shard = shardFromEnv(process.env);
			},
			'astro:routes:resolved': ({ routes: resolved }) => {
				routes = resolved;
			},
			'astro:build:done': ({ dir }) => {
				if (!shard || shard.index === 1) return;
				const out = fileURLToPath(dir);
				for (const file of sharedFiles(routes)) {
					rmSync(join(out, file), { force: true });
					// The folder the page had to itself (`search/`) goes with it.
					if (file.includes('/')) rmdirIfEmpty(dirname(join(out, file)));
				}
			},
		},
	};
}

/**
 * The files the project's routes without parameters write, under the output
 * folder of a build with `trailingSlash: 'always'` and directory format:
 * `/search` → `search/index.html`, `/404` → `404.html`, `/rss.xml` → `rss.xml`.
 */
export function sharedFiles(
	routes: Pick<IntegrationResolvedRoute, 'origin' | 'params' | 'pattern' | 'type'>[],
): string[] {
	return routes
		.filter((route) => route.origin === 'project' && route.params.length === 0)
		.flatMap((route) => {
			const path = route.pattern.replace(/^\/|\/$/g, '');
			if (route.type === 'endpoint') return [path];
			if (route.type !== 'page') return [];
			if (/^(404|500)$/.test(path)) return [`${path}.html`];
			return [path === '' ? 'index.html' : `${path}/index.html`];
		});
}

function rmdirIfEmpty(dir: string): void {
	try {
		if (readdirSync(dir).length === 0) rmdirSync(dir);
	} catch {
		// Not there: nothing to remove.
	}
}
