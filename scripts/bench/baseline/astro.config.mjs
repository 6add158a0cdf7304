// @ts-check
// The baseline: a plain Astro project with the default unified() Markdown processor and no plugins.
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
	markdown: { processor: unified() },
});
