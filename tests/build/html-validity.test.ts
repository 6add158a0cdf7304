import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';
import { walk } from '../helpers/dist';
import { javaAvailable, validateHtml } from '../helpers/vnu';

const dist = join(projectRoot, 'dist');

describe.runIf(javaAvailable())('the built HTML, read by the W3C Nu Html Checker', () => {
	it('has no errors on any page', () => {
		const pages = walk(dist).filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(0);
		const errors = validateHtml(pages).map((message) => {
			const file = message.url.startsWith('file:') ? relative(dist, fileURLToPath(message.url)) : message.url;
			return `${file}:${message.lastLine ?? '?'}:${message.firstColumn ?? '?'} ${message.message}`;
		});
		console.info(`Nu Html Checker: ${pages.length} pages, ${errors.length} errors`);
		expect(errors).toEqual([]);
	});
});
