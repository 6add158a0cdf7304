// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentStoreFromDisk from './src/integrations/content-store.ts';
import outputAside from './src/integrations/output-aside.ts';
import pagefindIndex, { siteSearchOptions } from './src/integrations/pagefind.ts';
import productionChecks from './src/integrations/production-checks.ts';
import robotsNotice from './src/integrations/robots-notice.ts';
import shardOutput, { shardFolders } from './src/integrations/shard-output.ts';
import { processorOptions } from './src/markdown/plugins.ts';
import { siteAddress } from './src/publishing/contact.ts';

export default defineConfig({
	// A SITE_URL that is not an address stops the build in production-checks, in words of ours.
	site: siteAddress(process.env).site,
	base: process.env.BASE_PATH || '/',
	trailingSlash: 'always',
	// A shard of the build (SHARDS=4 SHARD=2) writes to dist-shards/2/ with caches of its own:
	// scripts/build-shards.ts builds the shards and merges them into dist/.
	...shardFolders(process.env),
	build: {
		// Pages are written while others render, instead of one after another: a cold
		// build of 1,000 generated articles spends 30 s on its pages instead of 37 s.
		concurrency: 8,
	},
	markdown: {
		processor: unified(processorOptions),
		// Articles are prose; Shiki's inline styles would break the CSP below (and the sanitizer drops them).
		syntaxHighlight: false,
	},
	security: {
		// A Content-Security-Policy <meta> on every page: Astro adds a hash for each inline
		// script and style it emits, so nothing inline runs unless it was built here.
		// `frame-ancestors` cannot be set from a <meta>; a host's headers would have to add it.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	experimental: {
		// A rebuild copies each detail page whose cache key and code are unchanged from
		// the last build (kept in dist/ and node_modules/.astro/) instead of rendering it.
		// The keys say what each page shows: src/publishing/page-keys.ts.
		incrementalBuild: true,
	},
	integrations: [
		// A build that could not go out stops before it does any work.
		productionChecks(),
		// A shard keeps only the pages it renders (src/data/shard.ts says which).
		shardOutput(),
		// The build reads the content store from its file: compiled in, it took minutes at scale.
		contentStoreFromDisk(),
		// The 404 page is served for missing addresses; it is not a page to list.
		sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
		// Under a sub-path, the host root's robots.txt must name the sitemap: the build says so.
		robotsNotice(),
		// Only the detail pages, in parts (src/integrations/pagefind.ts says what it reads).
		pagefindIndex(siteSearchOptions(process.env)),
		// The last build's output is moved aside at once and deleted while this one runs. Last,
		// because the build waits for the deleting at its end: the search index is built meanwhile.
		outputAside(),
	],
});
