import { rehype } from 'rehype';
import { describe, expect, it } from 'vitest';
import rehypeExternalLinks from 'rehype-external-links';
import { isExternal } from '../../src/site/external-links';
import { externalLinksOptions } from '../../src/markdown/plugins';
import { render } from '../helpers/markdown';

const marked = (href: string, words: string) =>
	`<a href="${href}" class="external" rel="external noopener noreferrer">${words}<span class="visually-hidden"> (external link)</span></a>`;

describe('rehype-external-links through the site pipeline', () => {
	it('marks a link that leaves the site and leaves the site’s own links alone', async () => {
		const { html } = await render(
			'[NHK](https://www3.nhk.or.jp/news/html/x.html), [the claim](/claims/x/), [its entry](#claim-x), <https://thediplomat.com/>',
		);
		expect(html).toBe(
			`<p>${marked('https://www3.nhk.or.jp/news/html/x.html', 'NHK')}, <a href="/claims/x/">the claim</a>, <a href="#claim-x">its entry</a>, ${marked('https://thediplomat.com/', 'https://thediplomat.com/')}</p>`,
		);
	});
});

describe('rehype-external-links as the site sets it up, on its own', () => {
	it('treats links to the site’s own host as internal and keeps existing classes', async () => {
		const file = await rehype()
			.data('settings', { fragment: true })
			.use(rehypeExternalLinks, externalLinksOptions('https://sourceline.example/news/'))
			.process(
				'<a href="https://sourceline.example/claims/x/">in</a><a class="x" href="http://other.example">out</a>',
			);
		expect(String(file)).toBe(
			'<a href="https://sourceline.example/claims/x/">in</a><a class="x external" href="http://other.example" rel="external noopener noreferrer">out<span class="visually-hidden"> (external link)</span></a>',
		);
	});
});

describe('isExternal', () => {
	it.each([
		['https://www.nhk.or.jp/x', undefined, true],
		['http://example.org', 'https://sourceline.example', true],
		['https://sourceline.example/claims/', 'https://sourceline.example', false],
		['/claims/x/', 'https://sourceline.example', false],
		['#claim-x', undefined, false],
		['mailto:desk@example.org', undefined, false],
		['javascript:alert(1)', undefined, false],
		['https://', undefined, false],
	])('%s (site %s) → %s', (href, site, expected) => {
		expect(isExternal(href, site)).toBe(expected);
	});
});
