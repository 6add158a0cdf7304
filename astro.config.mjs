// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentStoreFromDisk from './src/integrations/content-store.ts';
import outputAside from './src/integrations/output-aside.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { SEARCHED_PAGES } from './src/publishing/search-indexes.ts';
import productionChecks from './src/integrations/production-checks.ts';
import robotsNotice from './src/integrations/robots-notice.ts';
import { processorOptions } from './src/markdown/plugins.ts';

export default defineConfig({
	site: process.env.SITE_URL || 'http://localhost:4321',
	base: process.env.BASE_PATH || '/',
	trailingSlash: 'always',
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
		// The build reads the content store from its file: compiled in, it took minutes at scale.
		contentStoreFromDisk(),
		// The 404 page is served for missing addresses; it is not a page to list.
		sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
		// Under a sub-path, the host root's robots.txt must name the sitemap: the build says so.
		robotsNotice(),
		pagefindIndex({
			// Claims have their own pages: the article sidebar’s copies would only crowd the results;
			// and an outside link's hidden "(external link)" is read out, not searched.
			excludeSelectors: ['.sidebar', '.external > .visually-hidden'],
			// Only the detail pages are indexed; the rest need not be read.
			include: SEARCHED_PAGES,
			// Up to 5,000 detail pages make one index; a test site sets fewer to search across parts.
			pagesPerIndex: process.env.SEARCH_PAGES_PER_INDEX
				? Number(process.env.SEARCH_PAGES_PER_INDEX)
				: undefined,
		}),
		// The last build's output is moved aside at once and deleted while this one runs. Last,
		// because the build waits for the deleting at its end: the search index is built meanwhile.
		outputAside(),
	],
});
