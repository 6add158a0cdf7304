import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileOf, largestOfEachKind, walk } from '../helpers/dist';
import { publishedDist } from '../helpers/fixture-site';
import { threeVersionsDist } from '../helpers/setup-sites';
import { javaAvailable, validateHtml } from '../helpers/vnu';

/*
 * Every page of the fixture site (every kind of page, built as published), and
 * the largest page of each kind of the three-version site, which has the kinds
 * of page only a story in three versions has (its pairs of versions).
 */
describe.runIf(javaAvailable())('the built HTML, read by the W3C Nu Html Checker', () => {
	it('has no errors on any page of the fixture site or the largest three-version page of each kind', () => {
		const fixture = publishedDist();
		const threeVersions = threeVersionsDist();
		const pages = [
			...walk(fixture).filter((file) => file.endsWith('.html')),
			...largestOfEachKind(threeVersions).map((path) => fileOf(threeVersions, path)),
		];
		expect(pages.length).toBeGreaterThan(0);
		// A page broken on purpose goes through the same run, so a checker that reports nothing is caught.
		const scratch = mkdtempSync(join(tmpdir(), 'vnu-'));
		const broken = join(scratch, 'broken.html');
		writeFileSync(
			broken,
			'<!doctype html>\n<html lang="en"><title>x</title>\n<p>One <span>two</p>\n</html>\n',
		);
		try {
			const messages = validateHtml([broken, ...pages]);
			const where = (url: string) => (url.startsWith('file:') ? fileURLToPath(url) : url);
			expect(messages.filter((message) => where(message.url) === broken).length).toBeGreaterThan(0);
			const errors = messages
				.filter((message) => where(message.url) !== broken)
				.map(
					(message) =>
						`${where(message.url)}:${message.lastLine ?? '?'}:${message.firstColumn ?? '?'} ${message.message}`,
				);
			console.info(`Nu Html Checker: ${pages.length} pages, ${errors.length} errors`);
			expect(errors).toEqual([]);
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	});
});
