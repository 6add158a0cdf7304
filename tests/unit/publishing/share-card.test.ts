import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	CARD_DRAWN_WITH,
	cardFor,
	cardVerdictColours,
	shareCardsSetting,
	type CardContent,
	type CardElement,
} from '../../../src/publishing/share-card';
import { verdictIds, verdicts } from '../../../src/schemas/verdict';

const claim: CardContent = { kind: 'claim', claim: 'The plant makes drones.', verdict: 'confirmed' };
const version: CardContent = { kind: 'version', headline: 'Girls build drones', outlet: 'AP', claims: 12 };
const home: CardContent = { kind: 'home', headline: 'How a drone plant hired its workers' };

/** Every string drawn in a layout, in order. */
function drawnText(node: CardElement | string): string[] {
	if (typeof node === 'string') return [node];
	const { children } = node.props;
	return (Array.isArray(children) ? children : children === undefined ? [] : [children]).flatMap(drawnText);
}

describe('cardFor', () => {
	it.each<[string, CardContent, CardContent]>([
		['a claim’s words', claim, { ...claim, claim: 'The plant makes cars.' }],
		['a claim’s verdict', claim, { ...claim, verdict: 'contradicted' }],
		['a version’s headline', version, { ...version, headline: 'Girls build cars' }],
		['a version’s outlet', version, { ...version, outlet: 'Reuters' }],
		['a version’s outlet, now unknown', version, { ...version, outlet: undefined }],
		['how many claims a version has', version, { ...version, claims: 13 }],
		['the home page’s headline', home, { ...home, headline: 'Another story' }],
		['the kind of card', { kind: 'home', headline: 'Same words' }, { ...version, headline: 'Same words' }],
	])('gives a new digest when %s changes', (_, before, after) => {
		expect(cardFor(after).digest).not.toBe(cardFor(before).digest);
		expect(cardFor(after).path).toBe(`og/${cardFor(after).digest}.png`);
	});

	it.each([claim, version, home])('gives the same digest for the same content, built again', (content) => {
		expect(cardFor(structuredClone(content)).digest).toBe(cardFor(content).digest);
	});

	it('names the drawing software’s versions in what it digests, so a new version draws every card again', () => {
		const digest = cardFor(claim).digest;
		const drawnWith = CARD_DRAWN_WITH as Record<string, string>;
		const was = drawnWith.satori!;
		try {
			drawnWith.satori = '0.0.0';
			expect(cardFor(claim).digest).not.toBe(digest);
		} finally {
			drawnWith.satori = was;
		}
		expect(cardFor(claim).digest).toBe(digest);
	});

	it.each(verdictIds)(
		'draws the claim, the site’s name and the verdict “%s” with its label and colour',
		(id) => {
			const card = cardFor({ ...claim, verdict: id });
			const text = drawnText(card.layout);
			expect(text).toEqual(expect.arrayContaining(['Sourceline', `“${claim.claim}”`, verdicts[id].label]));
			expect(JSON.stringify(card.layout)).toContain(cardVerdictColours[id].fg);
			expect(card.alt).toBe(`Claim: The plant makes drones. Verdict: ${verdicts[id].label}.`);
		},
	);

	it('draws a version’s headline, its outlet and its claims checked', () => {
		const card = cardFor(version);
		expect(drawnText(card.layout)).toEqual(
			expect.arrayContaining(['Girls build drones', '· Version · AP', '12 claims checked']),
		);
		expect(card.alt).toBe('Version: Girls build drones (AP). 12 claims checked.');
		expect(cardFor({ ...version, outlet: undefined }).alt).toBe(
			'Version: Girls build drones. 12 claims checked.',
		);
	});

	it('draws the site’s name and the story on the home card', () => {
		const card = cardFor(home);
		expect(drawnText(card.layout)).toEqual(expect.arrayContaining(['Sourceline', home.headline]));
		expect(card.alt).toBe(`Sourceline: ${home.headline}`);
	});
});

describe('cardVerdictColours', () => {
	it('are the light scheme’s verdict colours in global.css', () => {
		const css = readFileSync('src/styles/global.css', 'utf8');
		const light = css.slice(css.indexOf(':root'), css.indexOf('}', css.indexOf(':root')));
		for (const id of verdictIds) {
			for (const part of ['fg', 'bg'] as const) {
				const token = new RegExp(`--verdict-${id}-${part}: (#[0-9a-f]{6});`).exec(light)?.[1];
				expect(cardVerdictColours[id][part], `--verdict-${id}-${part}`).toBe(token);
			}
		}
	});
});

describe('shareCardsSetting', () => {
	it.each([
		[{}, true],
		[{ SHARE_CARDS: '' }, true],
		[{ SHARE_CARDS: 'on' }, true],
		[{ SHARE_CARDS: 'off' }, false],
		[{ SHARE_CARDS: ' off ' }, false],
	])('reads %j as drawing cards: %s', (env, drawn) => {
		expect(shareCardsSetting(env)).toEqual({ drawn });
	});

	it('finds a problem in any other setting, saying what it expected', () => {
		expect(shareCardsSetting({ SHARE_CARDS: 'no' }).problem).toBe(
			'environment → SHARE_CARDS: "no" is not a setting; expected "off" (a preview without share cards) or "on" (the default)',
		);
	});
});
