import { describe, expect, it } from 'vitest';
import { render } from '../helpers/markdown';

describe('remark-safe-markdown through the site pipeline', () => {
	it.each([
		[
			'a script',
			'<script>alert(1)</script>',
			'raw HTML is not allowed in an article ("<script>alert(1)</script>")',
			3,
		],
		[
			'an iframe',
			'<iframe src="https://example.com"></iframe>',
			'raw HTML is not allowed in an article ("<iframe',
			3,
		],
		[
			'an event handler',
			'See <img src=x onerror="alert(1)"> here.',
			'raw HTML is not allowed in an article ("<img src=x',
			3,
		],
		[
			'a javascript: link',
			'[click](javascript:alert(1))',
			'the address "javascript:alert(1)" is not allowed',
			3,
		],
		[
			'a javascript: link in capitals',
			'[click](JAVASCRIPT:alert(1))',
			'the address "JAVASCRIPT:alert(1)" is not allowed',
			3,
		],
		[
			'a data: image',
			'![x](data:text/html;base64,PHNjcmlwdD4=)',
			'the address "data:text/html;base64,PHNjcmlwdD4=" is not allowed',
			3,
		],
		[
			'a javascript: definition',
			'[click][x]\n\n[x]: javascript:alert(1)',
			'the address "javascript:alert(1)" is not allowed',
			5,
		],
		[
			'an image from another host',
			'![pixel](https://tracker.example/p.png)',
			'the image "https://tracker.example/p.png" is on another host',
			3,
		],
		[
			'an image from another host, by reference',
			'![pixel][p]\n\n[p]: https://tracker.example/p.png',
			'the image "https://tracker.example/p.png" is on another host',
			5,
		],
		[
			'a link without its scheme',
			'[elsewhere](//tracker.example/a)',
			'the address "//tracker.example/a" leaves out its scheme',
			3,
		],
	])('records %s with its line and keeps it out of the page', async (_, markdown, message, line) => {
		const { html, problems } = await render(`Text.\n\n${markdown}\n`);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain(message);
		expect(problems[0]!.line).toBe(line);
		expect(html).not.toMatch(/<script|<iframe|onerror|javascript:|data:text|tracker\.example/i);
	});

	it('keeps an image of the site itself', async () => {
		const { html, problems } = await render('![A map](/images/map.png)');
		expect(problems).toEqual([]);
		expect(html).toBe('<p><img src="/images/map.png" alt="A map"></p>');
	});

	it('leaves ordinary links, relative links and fragments alone', async () => {
		const { html, problems } = await render(
			'[a](https://thediplomat.com/2022/10/x/), [b](/claims/x/), [c](#claim-x), [d](mailto:desk@example.org)',
		);
		expect(problems).toEqual([]);
		expect(html).toBe(
			'<p><a href="https://thediplomat.com/2022/10/x/" class="external" rel="external noopener noreferrer">a<span class="visually-hidden"> (external link)</span></a>, <a href="/claims/x/">b</a>, <a href="#claim-x">c</a>, <a href="mailto:desk@example.org">d</a></p>',
		);
	});

	it('keeps a link whose scheme is written in capitals, written the usual way', async () => {
		const { html, problems } = await render(
			'[a](HTTPS://Example.org/A?q=B), [b](Http://example.org/), <MAILTO:Desk@example.org>, [c][ref]\n\n[ref]: HTTPS://example.net/',
		);
		expect(problems).toEqual([]);
		const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
		expect(hrefs).toEqual([
			'https://Example.org/A?q=B',
			'http://example.org/',
			'mailto:Desk@example.org',
			'https://example.net/',
		]);
	});
});
