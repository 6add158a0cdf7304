import { describe, expect, it } from 'vitest';
import { claimRefLabel, legendOf, markerStatus, withClaimStatus } from '../../src/record/claim-status';

const marker = (claim: string, number: number) =>
	`<mark class="claim-marker" id="passage-${claim}-1" data-claim="${claim}">words<a class="claim-ref" href="#claim-${claim}" aria-label="Claim ${number}, in the claims sidebar">${number}</a></mark>`;

describe('withClaimStatus', () => {
	it('gives each passage its verdict and tone, and its number the symbol and the verdict in words', () => {
		expect(withClaimStatus(marker('x', 1), () => 'confirmed')).toBe(
			'<mark class="claim-marker" id="passage-x-1" data-claim="x" data-verdict="confirmed" data-tone="good">words' +
				'<a class="claim-ref" href="#claim-x" aria-label="Claim 1: Confirmed by independent reports, in the claims sidebar" data-pagefind-ignore>' +
				'<span class="claim-symbol" aria-hidden="true">✓</span><span class="claim-number">1</span></a></mark>',
		);
	});

	it('gives each marker the verdict of its own claim', () => {
		const html = withClaimStatus(marker('a', 1) + ' and ' + marker('b', 2), (id) =>
			id === 'a' ? 'contradicted' : 'not-checkable',
		);
		expect(html.match(/data-tone="(\w+)"/g)).toEqual(['data-tone="bad"', 'data-tone="neutral"']);
		expect(html.match(/claim-symbol" aria-hidden="true">(.)/gu)?.map((s) => s.at(-1))).toEqual(['✕', '○']);
	});

	it('leaves a marker of an unknown claim without a status', () => {
		const html = withClaimStatus(marker('x', 1), () => undefined);
		expect(html).not.toContain('data-verdict');
		expect(html).toContain('aria-label="Claim 1, in the claims sidebar"');
	});

	it('leaves other HTML alone', () => {
		expect(withClaimStatus('<p>No <a href="#x">claims</a></p>', () => 'confirmed')).toBe(
			'<p>No <a href="#x">claims</a></p>',
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
	it('lists only the tones the text uses, in order, with their verdicts', () => {
		expect(
			legendOf(['not-checkable', 'confirmed', 'not-found', 'reported-unconfirmed', 'official-statement']),
		).toEqual([
			{ tone: 'good', symbol: '✓', labels: ['Confirmed by independent reports'] },
			{
				tone: 'caution',
				symbol: '◐',
				labels: ['Official statement, as reported', 'Reported by one outlet, unconfirmed'],
			},
			{ tone: 'warn', symbol: '!', labels: ['Not found in the record'] },
			{ tone: 'neutral', symbol: '○', labels: ['Opinion or forecast, not checkable'] },
		]);
	});
	it('is empty for a text without claims', () => {
		expect(legendOf([])).toEqual([]);
	});
});
