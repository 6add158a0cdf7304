import { toneOrder, toneSymbols, verdicts, type VerdictId, type VerdictTone } from '../schemas/verdict';

/** What a claim marker in the text shows of its claim's verdict. */
export interface MarkerStatus {
	verdict: VerdictId;
	tone: VerdictTone;
	symbol: string;
	label: string;
}

export function markerStatus(verdict: VerdictId): MarkerStatus {
	const { tone, label } = verdicts[verdict];
	return { verdict, tone, symbol: toneSymbols[tone], label };
}

/** The accessible name of a claim number: its number, its verdict, and where it leads. */
export function claimRefLabel(number: number | string, status: MarkerStatus | undefined): string {
	return status
		? `Claim ${number}: ${status.label}, in the claims sidebar`
		: `Claim ${number}, in the claims sidebar`;
}

const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Adds each claim's verdict to the claim markers of an article's rendered
 * HTML (as `remark-claim-markers` writes them): the passage gets
 * `data-verdict` and `data-tone` for its style, the claim number the tone's
 * symbol and the verdict in its accessible name. The claim number is kept out
 * of the search index's excerpts.
 *
 * The verdict is added here, when the page is built, not by the Markdown
 * plugin, so a changed verdict never waits on a cached render of the text.
 *
 * @example
 * withClaimStatus('<mark class="claim-marker" id="passage-x-1" data-claim="x">words<a class="claim-ref" href="#claim-x" aria-label="Claim 1, in the claims sidebar">1</a></mark>', () => 'confirmed')
 */
export function withClaimStatus(html: string, verdictOf: (claimId: string) => VerdictId | undefined): string {
	let current: MarkerStatus | undefined;
	return html.replace(
		/<mark class="claim-marker" ([^>]*?)data-claim="([^"]*)">|<a class="claim-ref" href="([^"]*)" aria-label="[^"]*">([^<]*)<\/a>/g,
		(whole, before: string | undefined, claimId: string | undefined, href: string, number: string) => {
			if (claimId !== undefined) {
				const verdict = verdictOf(claimId);
				current = verdict ? markerStatus(verdict) : undefined;
				if (!current) return whole;
				return `<mark class="claim-marker" ${before ?? ''}data-claim="${claimId}" data-verdict="${current.verdict}" data-tone="${current.tone}">`;
			}
			return claimRefHtml(href, number, current);
		},
	);
}

/** A claim number's link, as the text and the headlines both show it. */
export function claimRefHtml(
	href: string,
	number: string | number,
	status: MarkerStatus | undefined,
): string {
	const symbol = status ? `<span class="claim-symbol" aria-hidden="true">${status.symbol}</span>` : '';
	return (
		`<a class="claim-ref" href="${escapeAttribute(href)}" aria-label="${escapeAttribute(claimRefLabel(number, status))}" data-pagefind-ignore>` +
		`${symbol}<span class="claim-number">${number}</span></a>`
	);
}

/** One line of the legend beside the text: a tone, its symbol and the verdicts of this text that carry it. */
export interface LegendItem {
	tone: VerdictTone;
	symbol: string;
	labels: string[];
}

/** The legend for the verdicts a text's claims carry, one line per tone, in `toneOrder`. */
export function legendOf(verdictIds: Iterable<VerdictId>): LegendItem[] {
	const present = new Set(verdictIds);
	return toneOrder
		.map((tone) => ({
			tone,
			symbol: toneSymbols[tone],
			labels: (Object.keys(verdicts) as VerdictId[])
				.filter((id) => present.has(id) && verdicts[id].tone === tone)
				.map((id) => verdicts[id].label),
		}))
		.filter((item) => item.labels.length > 0);
}
