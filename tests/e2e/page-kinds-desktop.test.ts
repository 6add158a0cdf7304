import { expect, it } from 'vitest';
import { describePageKinds } from '../helpers/page-kinds';

/* Each kind of page at desktop width; the phone width is in page-kinds-phone.test.ts. */

describePageKinds('desktop', 1280, ({ open }) => {
	it('answers an unknown address with the 404 page and status 404', async () => {
		const { page, errors, status } = await open('/no-such-page/');
		expect(status).toBe(404);
		expect(errors).toEqual([]);
		expect(await page.locator('h1').textContent()).toBeTruthy();
	});
});
