import { expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { describePageKinds } from '../helpers/page-kinds';

/* Each kind of page at phone width; the desktop width is in page-kinds-desktop.test.ts. */

describePageKinds('phone', 375, ({ context, open, serverUrl }) => {
	it('would notice a page that breaks these rules', async () => {
		// A page made to fail every check above, so a check that can no longer fail is caught. Its last
		// faint text is in a section laid out only when scrolled to, which axe must still check.
		const url = `${serverUrl()}/broken-on-purpose/`;
		await context().route(url, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="script-src 'self'"><title>Broken</title></head>
					<body><main><h1>Broken</h1><script>console.log('inline')</script><img src="/no-such.png">
					<p style="color:#ccc;background:#fff">Faint text</p><div style="width:2000px">Too wide</div>
					<div style="height:3000px"></div><section style="content-visibility:auto;contain-intrinsic-size:auto 50rem">
					<div style="height:1500px"></div><p id="faint-below" style="color:#ccc;background:#fff">Faint text, laid out only
					when scrolled to</p></section><div style="height:2000px;background:#fff"></div></main></body></html>`,
			}),
		);
		const { page, errors } = await open('/broken-on-purpose/');
		expect(await page.evaluate(() => window.cspViolations)).toEqual([
			expect.stringMatching(/^script-src-elem blocked inline/),
		]);
		expect(errors).toContainEqual(expect.stringMatching(/404: .*\/no-such\.png/));
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
		).toBeGreaterThan(0);
		const violations = await axeViolations(page, 'broken');
		expect(violations).toContainEqual(expect.stringMatching(/^broken: color-contrast .* at main > p/));
		expect(violations).toContainEqual(expect.stringMatching(/^broken: image-alt .* at img/));
		expect(violations).toContainEqual(expect.stringMatching(/^broken: color-contrast .* at #faint-below/));
		await context().unroute(url);
	});
});
