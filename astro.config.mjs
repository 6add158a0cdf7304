// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins } from './src/markdown/plugins.ts';

export default defineConfig({
	site: process.env.SITE_URL || 'http://localhost:4321',
	base: process.env.BASE_PATH || '/',
	trailingSlash: 'always',
	markdown: {
		processor: unified({ remarkPlugins, rehypePlugins }),
	},
});
