import type { Element, ElementContent, Properties, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { verdictIds, verdicts, type VerdictId, type VerdictTone } from '../schemas/verdict';

/** What a claim marker in the text shows of its claim's verdict. */
export interface MarkerStatus {
	verdict: VerdictId;
	tone: VerdictTone;
	symbol: string;
	label: string;
}

export function markerStatus(verdict: VerdictId): MarkerStatus {
	const { tone, symbol, label } = verdicts[verdict];
	return { verdict, tone, symbol, label };
}

/** The accessible name of a claim number: its number, its verdict, and where it leads. */
export function claimRefLabel(number: number | string, status: MarkerStatus | undefined): string {
	return status
		? `Claim ${number}: ${status.label}, in the claims sidebar`
		: `Claim ${number}, in the claims sidebar`;
}

/** What `withClaimStatus` and `markClaimStatus` need to mark an article's claim markers. */
export interface ClaimStatusOptions {
	/** The article whose text it is: a marker that cannot be marked fails the build naming it. */
	article: string;
	/** Each claim's verdict by id; undefined for a claim the article does not make. */
	verdictOf: (claimId: string) => VerdictId | undefined;
}

/**
 * Adds each claim's verdict to the claim markers of an article's rendered
 * HTML, as `markClaimStatus` does on its syntax tree: the HTML is parsed, the
 * markers marked, and the tree written back as the Markdown pipeline writes it.
 *
 * The verdict is added here, when the page is built, not by the Markdown
 * plugin, so a changed verdict never waits on a cached render of the text.
 *
 * @example
 * withClaimStatus('<mark class="claim-marker" id="passage-x-1" data-claim="x">words<a class="claim-ref" href="#claim-x" aria-label="Claim 1, in the claims sidebar">1</a></mark>', { article: 'a', verdictOf: () => 'confirmed' })
 * // '<mark class="claim-marker" id="passage-x-1" data-claim="x" data-verdict="confirmed" data-tone="good"><span class="claim-end">words<a class="claim-ref" href="#claim-x" aria-label="Claim 1: Confirmed by independent reports, in the claims sidebar" data-pagefind-ignore><span class="claim-symbol" aria-hidden="true">✓</span><span class="claim-number">1</span></a></span></mark>'
 */
export function withClaimStatus(html: string, options: ClaimStatusOptions): string {
	const tree = fromHtml(html, { fragment: true });
	markClaimStatus(tree, options);
	return toHtml(tree);
}

/**
 * Marks each claim marker of an article's text (as `remark-claim-markers`
 * writes it: a `mark.claim-marker[data-claim]` holding its `a.claim-ref`)
 * with its claim's verdict: the passage gets `data-verdict` (which gives it
 * the verdict's colour and underline style) and `data-tone`, the claim number
 * the verdict's symbol and the verdict in its accessible name, and it is
 * kept on the line of the passage's last word. The claim number is kept out
 * of the search index's excerpts.
 *
 * A marker it cannot mark, of a claim without a verdict or not written as the
 * plugin writes it, throws an error naming the article and the claim: a text
 * that lost its verdicts would otherwise be published looking almost right.
 */
export function markClaimStatus(tree: Root, { article, verdictOf }: ClaimStatusOptions): void {
	const problem = (text: string) => new Error(`Article "${article}": ${text}`);
	visit(tree, 'element', (node) => {
		if (hasClass(node, claimRefClass))
			throw problem(`a claim number (${openingTag(node)}) is outside any claim marker; ${expectedMarker}`);
		if (!hasClass(node, claimMarkerClass)) return CONTINUE;
		const claimId = node.properties.dataClaim;
		if (node.tagName !== 'mark' || typeof claimId !== 'string' || claimId === '')
			throw problem(`cannot mark the claim marker ${openingTag(node)}; ${expectedMarker}`);
		const claim = `claim "${claimId}" (${openingTag(node)})`;
		const verdict = verdictOf(claimId);
		if (!verdict) throw problem(`${claim} has no verdict: the article's recorded markers do not make it`);
		// Its number: the one claim-ref link it holds, the claim's number its only text.
		const at = node.children.findIndex(isClaimRef);
		const ref = node.children[at];
		const [number] = ref?.type === 'element' ? ref.children : [];
		if (
			ref?.type !== 'element' ||
			node.children.findLastIndex(isClaimRef) !== at ||
			ref.tagName !== 'a' ||
			typeof ref.properties.href !== 'string' ||
			ref.children.length !== 1 ||
			number?.type !== 'text'
		)
			throw problem(`cannot mark the number of ${claim}; ${expectedMarker}`);
		const status = markerStatus(verdict);
		node.properties.dataVerdict = status.verdict;
		node.properties.dataTone = status.tone;
		node.children.splice(
			0,
			at + 1,
			...keptWithLastWord(node.children.slice(0, at), claimRef(ref.properties.href, number.value, status)),
		);
		// Markers do not nest (remark-claim-markers refuses it), and their number is done.
		return SKIP;
	});
}

/**
 * A passage's words followed by its number, the number kept on the line of
 * the last word: a number is an inline block, before and after which a
 * browser may break a line, so the number, or the full stop after it, could
 * start one. The last word (a text's last word, or an element with no space
 * in it, such as an emphasised word) and the number go in one `span.claim-end`
 * the page does not let wrap. Words that end in a space keep the number as it
 * was.
 */
function keptWithLastWord(words: ElementContent[], ref: Element): ElementContent[] {
	const last = words.at(-1);
	const ending = (before: ElementContent[], word: ElementContent): ElementContent[] => [
		...words.slice(0, -1),
		...before,
		{ type: 'element', tagName: 'span', properties: { className: [claimEndClass] }, children: [word, ref] },
	];
	if (last?.type === 'element' && /^\S+$/.test(toString(last))) return ending([], last);
	const [, before = '', word] = last?.type === 'text' ? (/^([\s\S]*?)(\S+)$/.exec(last.value) ?? []) : [];
	if (!word) return [...words, ref];
	return ending(before ? [{ type: 'text', value: before }] : [], { type: 'text', value: word });
}

const claimMarkerClass = 'claim-marker';
const claimEndClass = 'claim-end';
const claimRefClass = 'claim-ref';
const expectedMarker =
	'expected <mark class="claim-marker" data-claim="…">the words<a class="claim-ref" href="…">1</a></mark>, as remark-claim-markers writes it';

const hasClass = (node: Element, name: string) =>
	Array.isArray(node.properties.className) && node.properties.className.includes(name);

const isClaimRef = (node: ElementContent): node is Element =>
	node.type === 'element' && hasClass(node, claimRefClass);

/** An element as its opening tag, shortened, for an error message. */
const openingTag = (node: Element) => {
	const tag = toHtml({ ...node, children: [] }).replace(/<\/[^>]*>$/, '');
	return tag.length > 160 ? `${tag.slice(0, 159)}…` : tag;
};

/** A claim number's link, as the text and the headlines both show it. */
export function claimRef(href: string, number: string | number, status: MarkerStatus | undefined): Element {
	const span = (className: string, text: string, properties: Properties = {}): Element => ({
		type: 'element',
		tagName: 'span',
		properties: { className: [className], ...properties },
		children: [{ type: 'text', value: text }],
	});
	return {
		type: 'element',
		tagName: 'a',
		properties: {
			className: [claimRefClass],
			href,
			ariaLabel: claimRefLabel(number, status),
			dataPagefindIgnore: true,
		},
		children: [
			...(status ? [span('claim-symbol', status.symbol, { ariaHidden: 'true' })] : []),
			span('claim-number', String(number)),
		],
	};
}

/**
 * A headline passage's words and its claim's number as HTML, the number kept
 * on the line of the last word as `markClaimStatus` keeps a passage's in the
 * text, for a component to write out (`MarkedHeadline.astro`).
 */
export function passageEndHtml(
	words: string,
	href: string,
	number: string | number,
	status: MarkerStatus | undefined,
): string {
	return toHtml({
		type: 'root',
		children: keptWithLastWord([{ type: 'text', value: words }], claimRef(href, number, status)),
	});
}

/** `claimRef` as HTML, for a component to write out (`MarkedHeadline.astro`). */
export function claimRefHtml(
	href: string,
	number: string | number,
	status: MarkerStatus | undefined,
): string {
	return toHtml(claimRef(href, number, status));
}

/** One line of the legend beside the text: a verdict of this text's claims, its symbol and its label. */
export interface LegendItem {
	verdict: VerdictId;
	symbol: string;
	label: string;
}

/**
 * The legend for the verdicts a text's claims carry: one line for each verdict
 * present and none for the others, in the scale's order (the methodology
 * page's), so the key is as short as the text allows.
 *
 * @example legendOf(['not-checkable', 'confirmed']) // [{ verdict: 'confirmed', symbol: '✓', … }, { verdict: 'not-checkable', symbol: '◇', … }]
 */
export function legendOf(present: Iterable<VerdictId>): LegendItem[] {
	const shown = new Set(present);
	return verdictIds
		.filter((verdict) => shown.has(verdict))
		.map((verdict) => ({ verdict, symbol: verdicts[verdict].symbol, label: verdicts[verdict].label }));
}
