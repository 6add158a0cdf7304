import { describe, expect, it } from 'vitest';
import { smarten } from '../../src/markdown/remark-typography';
import { render } from '../helpers/markdown';

describe('smarten', () => {
	it.each([
		['"Yes," she said', ' ', '“Yes,” she said'],
		["it's the workers' pay", ' ', 'it’s the workers’ pay'],
		["'single' quotes", ' ', '‘single’ quotes'],
		["back in the '90s", ' ', 'back in the ’90s'],
		["'25,000' workers", ' ', '‘25,000’ workers'],
		['(“nested "quotes")', ' ', '(“nested “quotes”)'],
		['factory -- allegedly', ' ', 'factory — allegedly'],
		['factory---allegedly', ' ', 'factory—allegedly'],
		['and so on...', ' ', 'and so on…'],
		['" closes after a word', 'd', '” closes after a word'],
		['" opens after a space', ' ', '“ opens after a space'],
		['25,000 and 5,000 stay as they are', ' ', '25,000 and 5,000 stay as they are'],
	])('%s', (input, before, expected) => {
		expect(smarten(input, before)).toBe(expected);
	});
});

describe('remark-typography through the site pipeline', () => {
	it('decides a quote by the text before it, across emphasis and claim markers', async () => {
		const { html } = await render('He said "*about* 25,000" and :claim["reportedly"]{#c} -- so...');
		expect(html).toBe(
			'<p>He said “<em>about</em> 25,000” and <mark class="claim-marker" id="passage-c-1" data-claim="c">' +
				'“reportedly”<a class="claim-ref" href="#claim-c" aria-label="Claim 1, in the claims sidebar">1</a>' +
				'</mark> — so…</p>',
		);
	});

	it('starts each block afresh and leaves code alone', async () => {
		const { html } = await render('End of one."\n\n"Start of the next," with `"code" -- as is`.');
		expect(html).toBe('<p>End of one.”</p>\n<p>“Start of the next,” with <code>"code" -- as is</code>.</p>');
	});

	it('changes headings and table cells too', async () => {
		const { html } = await render('## "Heading"\n\n| "a" |\n| --- |\n| it\'s |');
		expect(html).toContain('<h2 id="heading">“Heading”</h2>');
		expect(html).toContain('<th>“a”</th>');
		expect(html).toContain('<td>it’s</td>');
	});
});
