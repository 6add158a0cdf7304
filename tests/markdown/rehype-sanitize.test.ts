import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehype } from 'rehype';
import rehypeSanitize from 'rehype-sanitize';
import { describe, expect, it } from 'vitest';
import { processorOptions, rehypePlugins, remarkPlugins } from '../../src/markdown/plugins';
import remarkSafeMarkdown from '../../src/markdown/remark-safe-markdown';
import { articleSchema } from '../../src/markdown/sanitize-schema';
import { render } from '../helpers/markdown';

const hostile = [
	'<script>alert(1)</script>',
	'<iframe src="https://example.com"></iframe>',
	'<img src="x" onerror="alert(1)">',
	'<a href="javascript:alert(1)">a</a>',
	'<a href="JaVaScRiPt:alert(1)">b</a>',
	'<a href="data:text/html;base64,PHNjcmlwdD4=">c</a>',
	'<img src="data:image/svg+xml,<svg onload=alert(1)>">',
	'<p onclick="alert(1)" style="color:red">d</p>',
	'<mark class="claim-marker evil" id="passage-x-1" data-claim="x" onmouseover="alert(1)">e</mark>',
	'<svg><script>alert(1)</script></svg>',
	'<form action="https://example.com"><input name="q"></form>',
	'<object data="x.swf"></object><embed src="x.swf"><style>body{display:none}</style>',
];
const dangerous = /<script|<iframe|<object|<embed|<style|<form|<svg|\bon[a-z]+=|javascript:|data:|style=/i;

describe('the sanitizer’s allow-list', () => {
	it('keeps what the site’s plugins emit, ids unprefixed', async () => {
		const { html } = await render(
			'Russia :claim[sends *1,000*]{#shoigu-1000} ([NHK](https://www3.nhk.or.jp/x)), ~~old~~ and a note[^1].\n\n[^1]: A note.',
		);
		expect(html).toBe(
			'<p>Russia <mark class="claim-marker" id="passage-shoigu-1000-1" data-claim="shoigu-1000">sends <em>1,000</em>' +
				'<a class="claim-ref" href="#claim-shoigu-1000" aria-label="Claim 1, in the claims sidebar">1</a></mark>' +
				' (<a href="https://www3.nhk.or.jp/x" class="external" rel="external noopener noreferrer">NHK<span class="visually-hidden"> (external link)</span></a>),' +
				' <del>old</del> and a note<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>.</p>\n' +
				'<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>\n<ol>\n<li id="user-content-fn-1">\n' +
				'<p>A note. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>\n</li>\n</ol>\n</section>',
		);
	});

	it.each(hostile)('leaves nothing dangerous of %s', async (html) => {
		const file = await rehype()
			.data('settings', { fragment: true })
			.use(rehypeSanitize, articleSchema)
			.process(html);
		expect(String(file)).not.toMatch(dangerous);
	});

	it('keeps the words and the safe parts of hostile HTML, exactly', async () => {
		const file = await rehype()
			.data('settings', { fragment: true })
			.use(rehypeSanitize, articleSchema)
			.process(hostile.join('\n'));
		expect(String(file)).toBe(
			'\n\n<img src="x">\n<a>a</a>\n<a>b</a>\n<a>c</a>\n<img>\n<p>d</p>\n<mark class="claim-marker" id="passage-x-1" data-claim="x">e</mark>\n\n<input name="q" disabled type="checkbox">\n',
		);
	});

	it('is the last rehype plugin, so nothing added later escapes it', () => {
		const last = rehypePlugins.at(-1);
		expect(Array.isArray(last) ? last[0] : last).toBe(rehypeSanitize);
	});
});

describe('raw HTML that got past the Markdown check', () => {
	it('never reaches the page', async () => {
		// The site's pipeline without the check that fails the build on raw HTML:
		// what would be left if that check ever missed something.
		const processor = await createMarkdownProcessor({
			...processorOptions,
			remarkPlugins: remarkPlugins.filter((plugin) => plugin !== remarkSafeMarkdown),
		});
		const markdown = `Text :claim[kept]{#c}.\n\n${hostile.join('\n\n')}\n\nInline <img src=x onerror=alert(1)> and [link](javascript:alert(1)) and ![i](data:image/png;base64,AAAA).`;
		const { code } = await processor.render(markdown, { frontmatter: {} });
		expect(code).not.toMatch(dangerous);
		expect(code).toContain(
			'<mark class="claim-marker" id="passage-c-1" data-claim="c">kept<a class="claim-ref" href="#claim-c"',
		);
		expect(code).toContain('<p>Inline  and <a>link</a> and <img alt="i">.</p>');
	});
});
