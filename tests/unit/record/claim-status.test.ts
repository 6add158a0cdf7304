import { describe, expect, it } from 'vitest';
import {
	claimRefHtml,
	claimRefLabel,
	legendOf,
	markerStatus,
	passageEndHtml,
	withClaimStatus,
} from '../../../src/record/claim-status';
import { verdictIds, type VerdictId } from '../../../src/schemas/verdict';
import { render } from '../../helpers/markdown';

/** Each claim's verdict, from a table of them. */
const verdictsOf =
	(table: Record<string, VerdictId>) =>
	(claimId: string): VerdictId | undefined =>
		table[claimId];

/** The text of a Markdown article as its page shows it: rendered by the site's pipeline, then marked. */
async function shown(markdown: string, table: Record<string, VerdictId>, frontmatter = {}) {
	const { html } = await render(markdown, frontmatter);
	return withClaimStatus(html, { article: 'a', verdictOf: verdictsOf(table) });
}

describe('withClaimStatus', () => {
	it('gives each passage its verdict and tone, and its number the symbol and the verdict in words', async () => {
		expect(await shown('Russia will :claim[send *1,000* pioneers]{#x} to Kursk.', { x: 'confirmed' })).toBe(
			'<p>Russia will <mark class="claim-marker" id="passage-x-1" data-claim="x" data-verdict="confirmed" data-tone="good">' +
				'send <em>1,000</em> <span class="claim-end">pioneers' +
				'<a class="claim-ref" href="#claim-x" aria-label="Claim 1: Confirmed by independent reports, in the claims sidebar" data-pagefind-ignore>' +
				'<span class="claim-symbol" aria-hidden="true">✓</span><span class="claim-number">1</span></a></span></mark> to Kursk.</p>',
		);
	});

	it.each([
		['confirmed', 'good', '✓', 'Confirmed by independent reports'],
		['official-statement', 'caution', '❝', 'Official statement, as reported'],
		['reported-unconfirmed', 'caution', '◐', 'Reported by one outlet, unconfirmed'],
		['not-found', 'warn', '∅', 'Not found in the record'],
		['contradicted', 'bad', '✕', 'Contradicted by the record'],
		['not-checkable', 'neutral', '◇', 'Opinion or forecast, not checkable'],
	] as const)('marks a %s claim with the %s tone, %s and its label', async (verdict, tone, symbol, label) => {
		expect(await shown('A :claim[passage]{#x}.', { x: verdict })).toBe(
			`<p>A <mark class="claim-marker" id="passage-x-1" data-claim="x" data-verdict="${verdict}" data-tone="${tone}"><span class="claim-end">passage` +
				`<a class="claim-ref" href="#claim-x" aria-label="Claim 1: ${label}, in the claims sidebar" data-pagefind-ignore>` +
				`<span class="claim-symbol" aria-hidden="true">${symbol}</span><span class="claim-number">1</span></a></span></mark>.</p>`,
		);
	});

	it.each([
		['two claims in a paragraph', 'First :claim[a]{#a}, then :claim[b]{#b}.', {}, ['a 1 ✕', 'b 2 ◇']],
		[
			'a claim marked twice',
			':claim[a]{#a} and :claim[b]{#b}\n\n:claim[a again]{#a}',
			{},
			['a 1 ✕', 'b 2 ◇', 'a 1 ✕'],
		],
		[
			'markers in a heading, a list and a table',
			'## :claim[a]{#a}\n\n1. :claim[b]{#b}\n\n| x |\n| - |\n| :claim[c]{#c} |',
			{},
			['a 1 ✕', 'b 2 ◇', 'c 3 ∅'],
		],
		[
			'a text after a headline that makes a claim first',
			'The text :claim[b]{#b}.',
			{ title: 'A title', headlineClaims: { title: ['a'] } },
			['b 2 ◇'],
		],
	])('gives each marker of %s the verdict of its own claim', async (_, markdown, frontmatter, expected) => {
		const html = await shown(
			markdown,
			{ a: 'contradicted', b: 'not-checkable', c: 'not-found' },
			frontmatter,
		);
		const marked = [
			...html.matchAll(
				/data-claim="([^"]+)" data-verdict="[^"]+" data-tone="[^"]+">.*?aria-hidden="true">(.)<\/span><span class="claim-number">(\d+)</gu,
			),
		].map(([, claim, symbol, number]) => `${claim} ${number} ${symbol}`);
		expect(marked).toEqual(expected);
	});

	it.each([
		[
			'a word ending the passage',
			'the :claim[first two words]{#x}.',
			'first two <span class="claim-end">words<a',
		],
		['an emphasised word', 'the :claim[first *two*]{#x}.', 'first <span class="claim-end"><em>two</em><a'],
		[
			'a word set as code',
			'the :claim[first `two`]{#x}.',
			'first <span class="claim-end"><code>two</code><a',
		],
	])('keeps the number on the line of %s', async (_, markdown, ending) => {
		expect(await shown(markdown, { x: 'confirmed' })).toContain(ending);
	});

	it.each([
		[
			'emphasis of several words',
			'the :claim[*first two*]{#x}.',
			'<mark class="claim-marker" id="passage-x-1" data-claim="x" data-verdict="confirmed" data-tone="good"><em>first two</em><a',
		],
		['a passage ending in a space', 'the :claim[first two ]{#x}.', 'first two <a'],
	])('leaves the number where it was after %s, which could not wrap', async (_, markdown, ending) => {
		const html = await shown(markdown, { x: 'confirmed' });
		expect(html).toContain(ending);
		expect(html).not.toContain('claim-end');
	});

	it('leaves the rest of the text exactly as the pipeline wrote it', async () => {
		const markdown = [
			'# A “heading” &amp; &lt;more&gt;',
			'Text with *emphasis*, `code <b>`, an [outside link](https://example.com/?a=1&b=2) and a footnote.[^1]',
			'| a | b |\n| :- | -: |\n| é | 한국 |',
			'```\n  indented <code> & "quotes"\n```',
			'- [x] done\n- [ ] not yet',
			'Line one  \nline two — with a dash\u00a0and a no-break space.',
			'[^1]: The note.',
		].join('\n\n');
		const { html } = await render(markdown);
		expect(html).toContain('<table>');
		expect(html).toContain('<input');
		expect(withClaimStatus(html, { article: 'a', verdictOf: () => 'confirmed' })).toBe(html);
	});

	it.each([
		[
			'a claim without a verdict',
			'<p><mark class="claim-marker" id="passage-gone-1" data-claim="gone">w<a class="claim-ref" href="#claim-gone" aria-label="Claim 1, in the claims sidebar">1</a></mark></p>',
			'Article "a": claim "gone" (<mark class="claim-marker" id="passage-gone-1" data-claim="gone">) has no verdict: the article\'s recorded markers do not make it',
		],
		[
			'a marker without its number',
			'<mark class="claim-marker" id="passage-x-1" data-claim="x">w</mark>',
			'Article "a": cannot mark the number of claim "x" (<mark class="claim-marker" id="passage-x-1" data-claim="x">); expected <mark class="claim-marker" data-claim="…">the words<a class="claim-ref" href="…">1</a></mark>, as remark-claim-markers writes it',
		],
		[
			'a number that is not a link',
			'<mark class="claim-marker" data-claim="x">w<span class="claim-ref">1</span></mark>',
			'Article "a": cannot mark the number of claim "x"',
		],
		[
			'a number with markup inside',
			'<mark class="claim-marker" data-claim="x">w<a class="claim-ref" href="#claim-x"><b>1</b></a></mark>',
			'Article "a": cannot mark the number of claim "x"',
		],
		[
			'a marker with two numbers',
			'<mark class="claim-marker" data-claim="x">w<a class="claim-ref" href="#claim-x">1</a><a class="claim-ref" href="#claim-x">1</a></mark>',
			'Article "a": cannot mark the number of claim "x"',
		],
		[
			'a marker naming no claim',
			'<mark class="claim-marker" id="passage-x-1">w<a class="claim-ref" href="#claim-x">1</a></mark>',
			'Article "a": cannot mark the claim marker <mark class="claim-marker" id="passage-x-1">',
		],
		[
			'a marker that is not a mark',
			'<span class="claim-marker" data-claim="x">w<a class="claim-ref" href="#claim-x">1</a></span>',
			'Article "a": cannot mark the claim marker <span class="claim-marker" data-claim="x">',
		],
		[
			'a number outside any marker',
			'<p>w<a class="claim-ref" href="#claim-x">1</a></p>',
			'Article "a": a claim number (<a class="claim-ref" href="#claim-x">) is outside any claim marker',
		],
	])('fails on %s, naming the article and the claim', (_, html, message) => {
		expect(() => withClaimStatus(html, { article: 'a', verdictOf: verdictsOf({ x: 'confirmed' }) })).toThrow(
			message,
		);
	});
});

describe('claimRefHtml', () => {
	it.each([
		[
			markerStatus('reported-unconfirmed'),
			'<a class="claim-ref" href="#claim-x" aria-label="Claim 2: Reported by one outlet, unconfirmed, in the claims sidebar" data-pagefind-ignore>' +
				'<span class="claim-symbol" aria-hidden="true">◐</span><span class="claim-number">2</span></a>',
		],
		[
			undefined,
			'<a class="claim-ref" href="#claim-x" aria-label="Claim 2, in the claims sidebar" data-pagefind-ignore><span class="claim-number">2</span></a>',
		],
	])('writes a claim number as the text shows it', (status, html) => {
		expect(claimRefHtml('#claim-x', 2, status)).toBe(html);
	});
});

describe('passageEndHtml', () => {
	it('writes a headline’s words, escaped, with its number kept on the last word’s line', () => {
		expect(passageEndHtml('Drones & <workers> arrive', '#claim-x', 1, undefined)).toBe(
			'Drones &#x26; &#x3C;workers> <span class="claim-end">arrive' +
				'<a class="claim-ref" href="#claim-x" aria-label="Claim 1, in the claims sidebar" data-pagefind-ignore><span class="claim-number">1</span></a></span>',
		);
	});
});

describe('claimRefLabel', () => {
	it.each([
		[markerStatus('contradicted'), 'Claim 3: Contradicted by the record, in the claims sidebar'],
		[undefined, 'Claim 3, in the claims sidebar'],
	])('names the number and the verdict', (status, label) => {
		expect(claimRefLabel(3, status)).toBe(label);
	});
});

describe('legendOf', () => {
	it('lists each verdict the text uses, once, in the order of the scale, with its own symbol', () => {
		expect(
			legendOf([
				'not-checkable',
				'confirmed',
				'not-found',
				'reported-unconfirmed',
				'official-statement',
				'confirmed',
			]),
		).toEqual([
			{ verdict: 'confirmed', symbol: '✓', label: 'Confirmed by independent reports' },
			{ verdict: 'official-statement', symbol: '❝', label: 'Official statement, as reported' },
			{ verdict: 'reported-unconfirmed', symbol: '◐', label: 'Reported by one outlet, unconfirmed' },
			{ verdict: 'not-found', symbol: '∅', label: 'Not found in the record' },
			{ verdict: 'not-checkable', symbol: '◇', label: 'Opinion or forecast, not checkable' },
		]);
	});
	it('is empty for a text without claims', () => {
		expect(legendOf([])).toEqual([]);
	});
});

describe('the verdict symbols', () => {
	it('give every verdict a symbol of its own, one character the claim number can carry', () => {
		const symbols = verdictIds.map((id) => markerStatus(id).symbol);
		expect(new Set(symbols).size).toBe(verdictIds.length);
		for (const symbol of symbols) expect([...symbol]).toHaveLength(1);
	});
});
