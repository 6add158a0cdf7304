import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { walk } from '../helpers/dist';
import { publishedDist } from '../helpers/fixture-site';
import { paginatedDist, threeVersionsDist } from '../helpers/setup-sites';
import { javaAvailable, validateHtml } from '../helpers/vnu';

/** The HTML files under `dist` whose path there matches `only`, if given. */
const htmlFiles = (dist: string, only = /\.html$/) =>
	walk(dist).filter((file) => file.endsWith('.html') && only.test(relative(dist, file)));

/*
 * Every page the setup built that a template makes only there, in one run of
 * the checker (a run starts a Java VM, which takes longer than the pages): every
 * page of the fixture site, built as published; every page of the
 * three-version site, its comparison and the pages of its pairs of versions
 * among them; and the generated site's home and the pages of its long indexes.
 */
describe.runIf(javaAvailable())('the built HTML, read by the W3C Nu Html Checker', () => {
	it('has no errors on any page of the fixture and three-version sites, or the generated site’s indexes', () => {
		const pages = [
			...htmlFiles(publishedDist()),
			...htmlFiles(threeVersionsDist()),
			...htmlFiles(paginatedDist(), /^((articles|claims|sources)\/(page\/\d+\/)?)?index\.html$/),
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
