import { describe, expect, it } from 'vitest';
import {
	auditOrder,
	auditSources,
	domainMatchesOutlet,
	flagGroups,
	flagsOf,
	type AuditInput,
} from '../../../src/compare/audit';
import { isBefore, sourceDate } from '../../../src/record/dates';
import { auditReason } from '../../../src/strings';
import type { Source } from '../../../src/schemas/source';

const source = (fields: Partial<Source>): Source => ({
	outlet: 'The Outlet',
	title: 'A title',
	citedAs: 'The Outlet. "A title."',
	note: 'Noted.',
	corrections: [],
	...fields,
});

const input = (id: string, fields: Partial<Source>, more: Partial<AuditInput> = {}): AuditInput => ({
	id,
	source: source(fields),
	citations: [
		{ articleId: 'a', versionName: 'the first version', number: 1, position: 1, inlineNumbers: [1] },
	],
	claims: [],
	...more,
});

const outcome = (inputs: AuditInput[], id: string, rule: string) =>
	auditSources(inputs)
		.find((entry) => entry.id === id)!
		.checks.filter((check) => check.rule === rule)
		.map((check) => check.outcome);

describe('domainMatchesOutlet', () => {
	it.each([
		['https://thediplomat.com/2022/10/x/', 'The Diplomat', true],
		['https://www.reuters.com/x', 'Reuters', true],
		['https://www.npr.org/x', 'National Public Radio', true],
		['https://www.rferl.org/a/x', 'Radio Free Europe', true],
		['https://example.com/x', 'The Diplomat', false],
	])('%s for %s → %s', (url, outlet, expected) => {
		expect(domainMatchesOutlet(url, outlet)).toBe(expected);
	});
});

describe('sourceDate and isBefore', () => {
	it.each([
		[{ date: 'March 2023' }, { date: '2023-03', from: 'citation' }],
		[{ date: '2022' }, { date: '2022', from: 'citation' }],
		[{ url: 'https://x.com/2022/10/story/' }, { date: '2022-10', from: 'url' }],
		[{ url: 'https://x.com/story/' }, undefined],
		[{}, undefined],
	])('%j → %j', (fields, expected) => {
		expect(sourceDate(fields)).toEqual(expected);
	});

	it.each([
		['2022-10', '2024', true],
		['2024-06', '2024', false],
		['2023-03', '2023-02', false],
	])('%s before %s → %s', (a, b, expected) => {
		expect(isBefore(a, b)).toBe(expected);
	});
});

describe('auditSources', () => {
	it('flags a missing address, and says when the word "link" survived without one', () => {
		const audit = auditSources([input('x', { citedAs: '[1] Outlet, "Title", link' })]);
		const check = audit[0]!.checks.find((c) => c.rule === 'link')!;
		expect(check.outcome).toBe('flag');
		expect(auditReason(check)).toContain('“link”');
		expect(audit[0]!.flagged).toBe(true);
	});

	it('checks the domain only when there is an address', () => {
		expect(outcome([input('x', { url: 'https://theoutlet.com/a' })], 'x', 'domain')).toEqual(['ok']);
		expect(outcome([input('x', { url: 'https://other.org/a' })], 'x', 'domain')).toEqual(['flag']);
		expect(outcome([input('x', {})], 'x', 'domain')).toEqual([]);
	});

	it('flags a source dated before the earliest event of the claims it is cited for, and only then', () => {
		const treaty = { id: 'treaty', date: '2024-06-19', event: 'A treaty is signed.', evidence: ['e1'] };
		const claims = (earliestEvent: typeof treaty | undefined) => [
			{ id: 'c', versionName: 'the rewrite', citation: 'title-states' as const, earliestEvent },
		];
		const date = (fields: Partial<Source>, event: typeof treaty | undefined) =>
			auditSources([input('x', fields, { claims: claims(event) })])[0]!.checks.find(
				(c) => c.rule === 'date',
			)!;
		expect(date({ date: '2022' }, treaty)).toEqual({
			rule: 'date',
			outcome: 'flag',
			finding: 'dated',
			dating: { date: '2022', from: 'citation', cited: '2022' },
			events: [{ event: treaty, claimIds: ['c'], before: true }],
			before: true,
		});
		expect(auditReason(date({ date: '2022' }, treaty))).toBe(
			'Dated 2022 as cited: before the event it is cited for, so it cannot report it.',
		);
		expect(date({ date: 'May 2024' }, treaty).outcome).toBe('flag');
		expect(date({ date: 'June 2024' }, treaty).outcome).toBe('ok');
		expect(date({ date: '2024-07' }, treaty).outcome).toBe('ok');
		expect(date({ date: '2022' }, undefined).outcome).toBe('unknown');
		expect(date({}, treaty).outcome).toBe('unknown');
	});

	it('flags a duplicated title and a repeated word', () => {
		const inputs = [input('x', { title: 'Drones over Kyiv' }), input('y', { title: 'Drones over  kyiv' })];
		expect(outcome(inputs, 'x', 'title')).toEqual(['flag']);
		expect(outcome([input('x', { title: 'The the drones' })], 'x', 'title')).toEqual(['flag']);
	});

	it('flags an unnumbered item in a list the text cites by number', () => {
		const citations = [{ articleId: 'a', versionName: 'the rewrite', position: 3, inlineNumbers: [1, 5] }];
		const audit = auditSources([input('x', {}, { citations })]);
		const check = audit[0]!.checks.find((c) => c.rule === 'numbering')!;
		expect(check.outcome).toBe('flag');
		expect(auditReason(check)).toBe(
			'The rewrite cites by number ([1] to [5]) but lists this source without a number; only its place in the list (item 3) would tie it to [3].',
		);
	});

	it('flags a source that bears out none of the claims it is cited for', () => {
		const claim = (id: string, citation: AuditInput['claims'][number]['citation']) => ({
			id,
			versionName: 'the rewrite',
			citation,
			earliestEvent: undefined,
		});
		const support = (claims: AuditInput['claims']) => outcome([input('x', {}, { claims })], 'x', 'support');
		expect(support([claim('c', 'predates-events'), claim('d', 'title-states')])).toEqual(['flag']);
		expect(support([claim('c', 'unresolvable')])).toEqual(['flag']);
		expect(support([claim('c', 'title-states'), claim('d', 'on-topic')])).toEqual(['ok']);
		expect(support([claim('c', 'on-topic')])).toEqual(['unknown']);
		expect(support([])).toEqual(['unknown']);
		const [check] = auditSources([
			input(
				'x',
				{},
				{ claims: [claim('c', 'title-states'), claim('d', 'on-topic'), claim('e', 'on-topic')] },
			),
		])[0]!.checks.filter((c) => c.rule === 'support');
		expect(auditReason(check!)).toBe(
			'Cited for 3 claims: the cited title states it, 1; citation on topic only, 2.',
		);
	});

	it('notes another item from the same outlet cited by another version', () => {
		const other = input(
			'y',
			{ title: 'Another' },
			{ citations: [{ articleId: 'b', versionName: 'the second', position: 1, inlineNumbers: [] }] },
		);
		const audit = auditSources([input('x', {}), other]);
		expect(audit[0]!.checks.map(auditReason)).toContain(
			'The second cites another item from The Outlet: “Another”.',
		);
	});

	it('judges each event once, with every claim that depends on it, in date order', () => {
		const ap = { id: 'ap', date: '2024-10-10', event: 'AP reports recruitment.', evidence: ['e1'] };
		const nk = { id: 'nk', date: '2025-06-19', event: 'NHK reports workers.', evidence: ['e2'] };
		const claim = (id: string, earliestEvent: typeof ap, versionName = 'the rewrite') => ({
			id,
			versionName,
			citation: 'predates-events' as const,
			earliestEvent,
		});
		const claims = [
			claim('workers', nk),
			claim('women', ap),
			claim('lured', ap),
			claim('women', ap, 'the scraped page'),
		];
		const check = auditSources([
			input('x', { url: 'https://theoutlet.com/2024/11/x/' }, { claims }),
		])[0]!.checks.find((c) => c.rule === 'date')!;
		expect(check.finding === 'dated' && check.events).toEqual([
			{ event: ap, claimIds: ['women', 'lured'], before: false },
			{ event: nk, claimIds: ['workers'], before: true },
		]);
		expect(check.outcome).toBe('flag');
		expect(auditReason(check)).toBe(
			'The citation gives no date; its address carries November 2024, which may not be the publication date: before one of the two events it is cited for, so it cannot report that one.',
		);
	});
});

describe('flags by what they mean', () => {
	const treaty = { id: 'treaty', date: '2024-06-19', event: 'A treaty is signed.', evidence: ['e1'] };
	const claims = [
		{ id: 'c', versionName: 'the rewrite', citation: 'title-states' as const, earliestEvent: treaty },
	];
	// In the story's order: one flagged for form only, one for its date and its form, one not flagged.
	const audit = auditSources([
		input('no-address', { title: 'One' }, { claims }),
		input('early', { title: 'Two', date: '2022', url: 'https://elsewhere.org/a' }, { claims }),
		input('fine', { title: 'Three', date: 'July 2024', url: 'https://theoutlet.com/a' }, { claims }),
	]);

	it('names what each source is flagged for, strongest first', () => {
		expect(audit.map((entry) => [entry.id, flagsOf(entry)])).toEqual([
			['no-address', ['link']],
			['early', ['date', 'domain']],
			['fine', []],
		]);
	});

	it('puts sources flagged for their dates before those flagged for their form, and unflagged ones last', () => {
		expect(auditOrder(audit).map((entry) => entry.id)).toEqual(['early', 'no-address', 'fine']);
	});

	it('groups the flagged sources by kind of flag, strongest kind first, a source in each of its groups', () => {
		expect(flagGroups(audit)).toEqual([
			{ flag: 'date', ids: ['early'] },
			{ flag: 'link', ids: ['no-address'] },
			{ flag: 'domain', ids: ['early'] },
		]);
	});
});
