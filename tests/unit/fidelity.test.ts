import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';
import { compare } from '../helpers/fidelity';

/**
 * Each article is checked word for word against the text it was taken from
 * (`tests/fixtures/originals/<article-id>.txt`, kept exactly as received).
 * Words and numbers are compared, not punctuation or Markdown: the claim
 * markers, list syntax and escapes are the site's, the words are the author's.
 */
const originals = join(projectRoot, 'tests/fixtures/originals');

const checked = existsSync(originals)
	? readdirSync(originals)
			.filter((file) => file.endsWith('.txt'))
			.map((file) => file.replace(/\.txt$/, ''))
	: [];

describe('each article keeps its original text, word for word', () => {
	it('has an original for every article of the seed story', () => {
		expect(checked).toEqual(expect.arrayContaining(['000-rewrite', '001-scraped-page']));
	});

	it.each(checked)('%s adds no word and drops only furniture and what its frontmatter holds', (id) => {
		const original = readFileSync(join(originals, `${id}.txt`), 'utf8');
		expect(compare(original, id)).toEqual({ added: [], dropped: [] });
	});

	it('notices a changed, an added and a dropped word', () => {
		const id = '001-scraped-page';
		const original = readFileSync(join(originals, `${id}.txt`), 'utf8');
		const tampered = original
			.replace('Heaps of casualties', 'Piles of casualties')
			.replace('humming.', 'humming along.')
			.replace('and North Korean labor', 'and labor');
		const { added, dropped } = compare(tampered, id);
		expect(added).toEqual(['heaps', 'north korean']);
		expect(dropped).toEqual(['piles', 'along']);
	});
});
