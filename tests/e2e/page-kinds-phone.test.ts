import { expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { describePageKinds } from '../helpers/page-kinds';

/* Each kind of page at phone width; the desktop width is in page-kinds-desktop.test.ts. */

describePageKinds('phone', 375, ({ context, open, serverUrl }) => {
	it('would notice a page that breaks these rules', async () => {
		// A page made to fail every check above, so a check that can no longer fail is caught.
		const url = `${serverUrl()}/broken-on-purpose/`;
		await context().route(url, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="script-src 'self'"><title>Broken</title></head>
					<body><main><h1>Broken</h1><script>console.log('inline')</script><img src="/no-such.png">
					<p style="color:#ccc;background:#fff">Faint text</p><div style="width:2000px">Too wide</div></main></body></html>`,
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
		expect(violations).toContainEqual(expect.stringMatching(/^broken: color-contrast .* at p/));
		expect(violations).toContainEqual(expect.stringMatching(/^broken: image-alt .* at img/));
		await context().unroute(url);
	});
});
