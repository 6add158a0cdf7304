import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordedFields } from '../../../src/loading/marked-text';
import { articleFromStore, storedArticle } from '../../../src/loading/stored-article';
import { renderArticle, renderingOf } from '../../../src/platform/stored-rendering';
import { fixtureContent } from '../../helpers/astro';
import { loadContent, loadFolder } from '../../helpers/load-content';

/*
 * What the store keeps of each article, loaded through the site's own loader
 * the way a build loads it (tests/helpers/load-content.ts). Astro writes the
 * whole store as one string, so every copy it need not hold counts at scale.
 */
const root = dirname(fixtureContent);

describe('the stored articles', () => {
	it('keep no Markdown body, and their rendering packed: the HTML, the headings and only what the Markdown plugins recorded', async () => {
		const stored = await loadFolder(root, 'articles');
		expect(stored.length).toBeGreaterThan(0);
		for (const entry of stored) {
			expect(entry.body).toBeUndefined();
			expect(entry.rendered?.html).toBe('');
			expect(entry.rendered?.metadata).not.toHaveProperty('frontmatter');
			expect(entry.rendered?.metadata).not.toHaveProperty('headings');
			expect(entry.rendered?.metadata?.packed).toEqual(expect.any(String));
			const { html, headings, recorded } = renderingOf(entry.rendered)!;
			expect(html).toContain('<p');
			expect(headings).toEqual(expect.any(Array));
			expect(recordedFields).toEqual(expect.arrayContaining(Object.keys(recorded)));
			expect(recorded).toHaveProperty('claimMarkers');
			expect(recorded).toHaveProperty('textBlocks');
			expect(entry.data).toHaveProperty('title');
		}
	});

	it('still give the site each article’s body, read from its file, and what the plugins recorded', async () => {
		const { articles } = await loadContent(root);
		for (const article of articles) {
			const source = readFileSync(join(root, article.filePath), 'utf8');
			expect(article.body.length).toBeGreaterThan(0);
			expect(source.trimEnd().endsWith(article.body)).toBe(true);
			expect(source.indexOf(article.body)).toBeGreaterThan(source.indexOf('\n---', 3));
			expect(article.textBlocks.length).toBeGreaterThan(0);
			expect(renderArticle(article).html).toContain('<p');
			expect(article.renderFailed).toBe(false);
		}
		expect(articles.some((article) => article.markers.length > 0)).toBe(true);
	});

	it('keep each article’s HTML and headings packed until a page asks for them, so a change to them changes the entry', async () => {
		const [entry] = await loadFolder(root, 'articles');
		const source = readFileSync(join(root, entry!.filePath!), 'utf8');
		const article = articleFromStore(entry!, entry!.filePath!, source);
		expect(article).not.toHaveProperty('html');
		expect(renderArticle(article)).toEqual({
			html: renderingOf(entry!.rendered)!.html,
			headings: renderingOf(entry!.rendered)!.headings,
		});

		const { recorded } = renderingOf(entry!.rendered)!;
		const html = '<h2 id="another">Another</h2>\n<p>Another text.</p>';
		const headings = [{ depth: 2, slug: 'another', text: 'Another' }];
		const changed = storedArticle({
			...entry!,
			rendered: { html, metadata: { frontmatter: recorded, headings } },
		});
		const other = articleFromStore({ ...entry!, rendered: changed.rendered }, entry!.filePath!, source);
		expect(renderArticle(other)).toEqual({ html, headings });
		expect(other.packedRendering).not.toBe(article.packedRendering);
		expect(other.renderFailed).toBe(false);
	});
});
