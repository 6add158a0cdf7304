import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { rehype } from 'rehype';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/platform/stored-rendering';
import { projectRoot } from '../helpers/astro';
import { readArticle } from '../helpers/content';
import { byTag, hasClass, select, text } from '../helpers/dist';
import { compare, furniture } from '../helpers/fidelity';
import { loadContent } from '../helpers/load-content';

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

/** A copy of `el` without the elements of a class, and what they hold. */
function withoutClass(el: Element, name: string): Element {
	return {
		...el,
		children: el.children.flatMap((child): Element['children'] =>
			child.type !== 'element' ? [child] : hasClass(name)(child) ? [] : [withoutClass(child, name)],
		),
	};
}

/** How many times `mark` occurs in `text`. */
const count = (text: string, mark: string) => text.split(mark).length - 1;

/*
 * The text as a reader gets it: each article rendered as the build renders it,
 * by the site's loader and Markdown pipeline (tests/helpers/load-content.ts),
 * the HTML its page shows as its text, read without the claim numbers, which
 * are ours and not the version's.
 */
describe('each article shows its version’s words as received', () => {
	const shown = new Map<string, string>();
	beforeAll(async () => {
		for (const article of (await loadContent(projectRoot)).articles) {
			const body = select(rehype().parse(renderArticle(article).html), byTag('body'))[0]!;
			shown.set(article.id, text(withoutClass(body, 'claim-ref')));
		}
	});

	it.each(checked)('%s: quote marks, apostrophes and dashes and all', (id) => {
		const original = readFileSync(join(originals, `${id}.txt`), 'utf8');
		const body = shown.get(id)!;
		const quoted = [...new Set(original.match(/\S*['"‘’“”—–…]\S*/g) ?? [])]
			.map((token) => token.replace(/^[([]+|[.,;:!?)\]]+$/g, ''))
			.filter((token) => /[\p{L}\p{N}]/u.test(token));
		let found = 0;
		for (const token of quoted) {
			const plain = token.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
			const restyled = body.includes(plain.replace(/'/g, '’')) || body.includes(plain.replace(/"/g, '“'));
			if (body.includes(token) || restyled) {
				expect(body, `“${token}” as received`).toContain(token);
				found++;
			}
		}
		expect(found, 'words with quote marks or dashes found in the text').toBeGreaterThan(0);
		for (const mark of ['‘', '’', '“', '”', '—', '…'])
			expect(count(body, mark), `${mark} in the text`).toBeLessThanOrEqual(count(original, mark));
	});

	it.each(checked)('%s: no scraping debris, and not its own headline', (id) => {
		const { data } = readArticle(id);
		const body = shown.get(id)!;
		for (const debris of [...furniture, 'Wars and Conflicts']) expect(body).not.toContain(debris);
		if (data.alternateHeadline) expect(body).not.toContain(data.alternateHeadline);
		expect(body).not.toContain(data.title);
	});
});
