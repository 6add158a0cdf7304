import { describe, expect, it } from 'vitest';
import { contentIds, parseArticle, readArticle } from '../helpers/content';
import { readMarkdown, render } from '../helpers/markdown';

/*
 * `readMarkdown`, the synchronous reading the test helpers use, must record
 * exactly what the site's processor records when it renders the page.
 */
describe('readMarkdown reads as the site renders', () => {
	it.each(contentIds('articles'))('%s', async (id) => {
		const { data, body } = readArticle(id);
		const rendered = await render(body, data);
		expect(readMarkdown(body, data)).toEqual({ data: rendered.data, problems: rendered.problems });
	});

	it('on markers in every kind of block, and on mistakes', async () => {
		const markdown = [
			'Title :claim[set out]{id=t}\n===',
			'> A :claim[b]{#y} c.',
			'1. See :claim[the [report][r] &amp; more]{#z}.\n2. Two\n   lines.',
			'x :claim[words] y, ::claim[block]{#c}',
			'| a | b |\n| - | - |\n| :claim[cell]{#k} | d |',
			'[r]: https://example.org/report',
		].join('\n\n');
		const frontmatter = { title: 'A headline', headlineClaims: { title: ['t'] } };
		const rendered = await render(markdown, frontmatter);
		expect(rendered.problems.length).toBeGreaterThan(0);
		expect(readMarkdown(markdown, frontmatter)).toEqual({ data: rendered.data, problems: rendered.problems });
	});

	it('gives the test helpers the body markers in order', () => {
		const { markedClaims, markers } = parseArticle(
			'---\ntitle: T\nheadlineClaims:\n  title: [h]\n---\n:claim[a]{#a} and > :claim[b]{id=b}\n\n> :claim[c]{#c}\n',
		);
		expect(markedClaims).toEqual(['a', 'b', 'c']);
		expect(markers.map((marker) => marker.claimId)).toEqual(['h', 'a', 'b', 'c']);
	});
});
