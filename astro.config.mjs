// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/plugins.ts';

export default defineConfig({
	site: process.env.SITE_URL || 'http://localhost:4321',
	base: process.env.BASE_PATH || '/',
	trailingSlash: 'always',
	markdown: {
		processor: unified({ remarkPlugins, rehypePlugins }),
	},
	integrations: [
		// The 404 page is served for missing addresses; it is not a page to list.
		sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
		// Claims have their own pages: the article sidebar's copies would only crowd the results.
		pagefindIndex({ excludeSelectors: ['.sidebar'] }),
	],
});
