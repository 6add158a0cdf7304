import { describe, expect, it } from 'vitest';
import { auditSources, domainMatchesOutlet, type AuditInput } from '../../../src/compare/audit';
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
			events: [{ claimId: 'c', event: treaty }],
			before: true,
		});
		expect(auditReason(date({ date: '2022' }, treaty))).toBe(
			'Dated 2022 as cited: that is before the earliest event of the claims it is cited for, so it cannot report them: c (A treaty is signed, 2024-06-19).',
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
});
