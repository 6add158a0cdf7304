import { describe, expect, it } from 'vitest';
import { judgementBreaches, originsOf, type JudgedClaim } from '../../../src/record/verdict-rules';
import { citationSupports, type CitationSupportId } from '../../../src/schemas/citation-support';
import type { Claim, ClaimInVersion, EvidenceBearing } from '../../../src/schemas/claim';
import type { Evidence } from '../../../src/schemas/evidence';
import type { Source } from '../../../src/schemas/source';
import type { TimelineEvent } from '../../../src/schemas/story';
import { verdicts, type VerdictId } from '../../../src/schemas/verdict';
import type { Wording } from '../../../src/schemas/wording';
import { claimData, evidenceData } from '../fixtures';

type Link = JudgedClaim['evidence'][number];

/** A piece of evidence as it bears on the claim. */
function link(id: string, bears: EvidenceBearing, item: Partial<Evidence> = {}): Link {
	return { id, bears, item: evidenceData(item), shows: `${id} reports “as the versions put it”.` };
}

// The evidence the cases draw on: NHK's own report, two outlets relaying it,
// an independent report, an official statement, and a page that contradicts.
const nhk = (bears: EvidenceBearing = 'states') => link('nhk-report', bears, { outlet: 'NHK' });
const unnRelay = link('unn-relay', 'states', { outlet: 'UNN', kind: 'relay', origin: 'NHK' });
const yonhapRelay = link('yonhap-relay', 'states', { outlet: 'Yonhap', kind: 'relay', origin: 'nhk' });
const reuters = link('reuters-report', 'states', { outlet: 'Reuters' });
const kremlin = link('kremlin-statement', 'states', {
	outlet: 'TASS',
	kind: 'statement',
	origin: 'Dmitry Peskov',
});
const denial = link('denial', 'contradicts', { outlet: 'Kyiv Independent' });

const events = new Map<string, TimelineEvent>(
	[
		{ id: 'treaty', date: '2024-06-19', event: 'A treaty is signed.', evidence: ['nhk-report'] },
		{ id: 'visit', date: '2024-09-01', event: 'A visit.', evidence: ['nhk-report'] },
	].map((event) => [event.id, event]),
);

const source = (date?: string): Source => ({
	outlet: 'Outlet',
	title: 'A title',
	...(date ? { date } : {}),
	citedAs: '[1] Outlet, A title',
	note: 'Noted.',
	corrections: [],
});
const sources = new Map<string, Source>([
	['early', source('March 2023')],
	['earlier', source('2022-10')],
	['late', source('2024-10')],
	['same-month', source('2024-06')],
	['undated', source()],
]);

function judged(claim: Partial<Claim>, evidence: Link[] = []): JudgedClaim {
	return {
		claim: claimData(claim),
		evidence,
		events,
		sources,
		texts: new Map([['a', "The version's text, as the versions put it."]]),
	};
}

/** A claim whose verdict holds (two independent reports) and whose one version cites as given. */
function cited(entry: Partial<ClaimInVersion>, claimEvents: string[] = ['visit', 'treaty']): JudgedClaim {
	return judged(
		{
			verdict: 'confirmed',
			events: claimEvents,
			byVersion: [
				{
					article: 'a',
					citation: 'title-states',
					sources: [],
					citationRationale: 'Because.',
					wording: {
						judged: ['faithful'],
						words: 'as the versions put it',
						record: 'as the versions put it',
					},
					...entry,
				},
			],
		},
		[nhk(), reuters],
	);
}

/** The message a broken verdict gives: its label, its rule, and what broke. */
const verdictMessage = (verdict: VerdictId, broken: string) =>
	`“${verdicts[verdict].label}” ${verdicts[verdict].rule}; but ${broken}`;
const citationMessage = (citation: CitationSupportId, broken: string) =>
	`“${citationSupports[citation].label}” ${citationSupports[citation].rule}; but ${broken}`;

describe('judgementBreaches: verdicts', () => {
	const broken: [string, JudgedClaim, string][] = [
		[
			'confirmed, from one origin',
			judged({ verdict: 'confirmed' }, [nhk()]),
			verdictMessage(
				'confirmed',
				'the evidence that states it goes back to one origin only (nhk: nhk-report)',
			),
		],
		[
			'confirmed, from two outlets relaying the same origin only',
			judged({ verdict: 'confirmed' }, [unnRelay, yonhapRelay]),
			verdictMessage(
				'confirmed',
				'the evidence that states it goes back to one origin only (nhk: unn-relay, yonhap-relay)',
			),
		],
		[
			'confirmed, from a report and two relays of it',
			judged({ verdict: 'confirmed' }, [nhk(), unnRelay, yonhapRelay]),
			verdictMessage(
				'confirmed',
				'the evidence that states it goes back to one origin only (nhk: nhk-report, unn-relay, yonhap-relay)',
			),
		],
		[
			'confirmed, with no stating evidence',
			judged({ verdict: 'confirmed' }, [nhk('context')]),
			verdictMessage('confirmed', 'the evidence that states it goes back to no origin'),
		],
		[
			'confirmed, with an item contradicting it',
			judged({ verdict: 'confirmed' }, [nhk(), reuters, denial]),
			verdictMessage('confirmed', '1 item(s) of evidence contradict it'),
		],
		[
			'an official statement without a statement',
			judged({ verdict: 'official-statement' }, [nhk(), reuters]),
			verdictMessage(
				'official-statement',
				'no evidence of kind “Official statement, as published” reports it',
			),
		],
		[
			'an official statement whose statement only gives context',
			judged({ verdict: 'official-statement' }, [{ ...kremlin, bears: 'context' }]),
			verdictMessage(
				'official-statement',
				'no evidence of kind “Official statement, as published” reports it',
			),
		],
		[
			'reported but unconfirmed, from two independent origins',
			judged({ verdict: 'reported-unconfirmed' }, [nhk(), unnRelay, reuters]),
			verdictMessage(
				'reported-unconfirmed',
				'the evidence that reports it goes back to 2 independent origins (nhk: nhk-report, unn-relay; reuters: reuters-report), not to one',
			),
		],
		[
			'reported but unconfirmed, with nothing reporting it',
			judged({ verdict: 'reported-unconfirmed' }, [nhk('context')]),
			verdictMessage('reported-unconfirmed', 'no evidence states it or reports it differently'),
		],
		[
			'reported but unconfirmed, and contradicted',
			judged({ verdict: 'reported-unconfirmed' }, [nhk(), denial]),
			verdictMessage('reported-unconfirmed', '1 item(s) of evidence contradict it'),
		],
		[
			'contradicted without a contradicting item',
			judged({ verdict: 'contradicted' }, [nhk('differs')]),
			verdictMessage('contradicted', 'no evidence contradicts it'),
		],
		[
			'not found, with evidence stating it',
			judged({ verdict: 'not-found' }, [nhk(), link('background', 'context')]),
			verdictMessage('not-found', 'evidence bears on it directly (nhk-report)'),
		],
		[
			'not found, with evidence differing and contradicting',
			judged({ verdict: 'not-found' }, [nhk('differs'), denial]),
			verdictMessage('not-found', 'evidence bears on it directly (nhk-report, denial)'),
		],
		[
			'not found, with no search recorded',
			judged({ verdict: 'not-found', searches: [] }, [link('background', 'context')]),
			verdictMessage(
				'not-found',
				'no search is recorded; expected searches: [{ query, where, date, found }] for each search made',
			),
		],
		[
			'not checkable, for a figure',
			judged({ verdict: 'not-checkable', kind: 'figure' }),
			verdictMessage('not-checkable', 'its kind is “figure”'),
		],
		[
			'not checkable, for an event',
			judged({ verdict: 'not-checkable', kind: 'event' }),
			verdictMessage('not-checkable', 'its kind is “event”'),
		],
	];

	it.each(broken)(
		'%s fails on the verdict, naming the label, the rule and the evidence',
		(_, claim, message) => {
			expect(judgementBreaches(claim)).toEqual([{ field: 'verdict', message }]);
		},
	);

	it('words a breach in full', () => {
		expect(judgementBreaches(judged({ verdict: 'confirmed' }, [unnRelay, yonhapRelay]))[0]!.message).toBe(
			'“Confirmed by independent reports” needs evidence from at least two independent origins that states the claim, and none that contradicts it; but the evidence that states it goes back to one origin only (nhk: unn-relay, yonhap-relay)',
		);
	});

	const holding: [string, JudgedClaim][] = [
		['confirmed by two independent reports', judged({ verdict: 'confirmed' }, [nhk(), reuters])],
		[
			'confirmed by a report, its relays and an independent report, with background',
			judged({ verdict: 'confirmed' }, [nhk(), unnRelay, reuters, link('background', 'context')]),
		],
		['an official statement', judged({ verdict: 'official-statement' }, [kremlin])],
		[
			'an official statement, also contradicted',
			judged({ verdict: 'official-statement' }, [kremlin, denial]),
		],
		[
			'reported but unconfirmed: two relays of NHK and NHK’s report are one origin',
			judged({ verdict: 'reported-unconfirmed' }, [nhk(), unnRelay, yonhapRelay]),
		],
		[
			'reported but unconfirmed: one origin that reports it differently from the versions',
			judged({ verdict: 'reported-unconfirmed' }, [nhk('differs'), unnRelay]),
		],
		[
			'an official statement, told differently',
			judged({ verdict: 'official-statement' }, [{ ...kremlin, bears: 'differs' }]),
		],
		['contradicted', judged({ verdict: 'contradicted' }, [nhk(), denial])],
		['not found, with background only', judged({ verdict: 'not-found' }, [link('background', 'context')])],
		['not found, with nothing', judged({ verdict: 'not-found' }, [])],
		['not checkable: an opinion', judged({ verdict: 'not-checkable', kind: 'opinion' })],
		['not checkable: a forecast', judged({ verdict: 'not-checkable', kind: 'forecast' })],
	];

	it.each(holding)('%s holds', (_, claim) => {
		expect(judgementBreaches(claim)).toEqual([]);
	});

	it('covers every verdict, broken and holding', () => {
		const named = (cases: [string, JudgedClaim, ...unknown[]][]) =>
			new Set(cases.map(([, claim]) => claim.claim.verdict));
		expect([...named(broken)].sort()).toEqual(Object.keys(verdicts).sort());
		expect([...named(holding)].sort()).toEqual(Object.keys(verdicts).sort());
	});
});

describe('judgementBreaches: citation supports', () => {
	const broken: [string, JudgedClaim, string][] = [
		[
			'the title states it, with no source',
			cited({ citation: 'title-states' }),
			citationMessage('title-states', 'it lists no cited source'),
		],
		[
			'the title states it, with a source dated before the earliest event',
			cited({ citation: 'title-states', sources: ['late', 'early'] }),
			citationMessage('title-states', 'early (2023-03) predate(s) “treaty” (2024-06-19)'),
		],
		[
			'on topic, with no source',
			cited({ citation: 'on-topic' }),
			citationMessage('on-topic', 'it lists no cited source'),
		],
		[
			'on topic, with a source dated before the events',
			cited({ citation: 'on-topic', sources: ['earlier'] }),
			citationMessage('on-topic', 'earlier (2022-10) predate(s) “treaty” (2024-06-19)'),
		],
		[
			'predating the events, with no events',
			cited({ citation: 'predates-events', sources: ['early'] }, []),
			citationMessage('predates-events', 'the claim names no timeline event to date the sources against'),
		],
		[
			'predating the events, with only later sources',
			cited({ citation: 'predates-events', sources: ['late', 'same-month', 'undated'] }),
			citationMessage('predates-events', 'no cited source is dated before “treaty” (2024-06-19)'),
		],
		[
			'unresolvable, with every candidate predating the events',
			cited({ citation: 'unresolvable', sources: ['early', 'earlier'] }),
			citationMessage(
				'unresolvable',
				'every source it may mean is dated before the events: early (2023-03), earlier (2022-10) predate(s) “treaty” (2024-06-19)',
			),
		],
		[
			'unresolvable, with no candidate',
			cited({ citation: 'unresolvable' }),
			citationMessage('unresolvable', 'it lists no cited source'),
		],
		[
			'no citation, with sources',
			cited({ citation: 'no-citation', sources: ['late', 'undated'] }),
			citationMessage('no-citation', 'it lists cited source(s) late, undated'),
		],
	];

	it.each(broken)(
		'%s fails on that version’s citation, naming the label, the rule and the sources',
		(_, claim, message) => {
			expect(judgementBreaches(claim)).toEqual([{ field: 'byVersion[0].citation', message }]);
		},
	);

	const holding: [string, JudgedClaim][] = [
		['the title states it, with a later source', cited({ citation: 'title-states', sources: ['late'] })],
		[
			'the title states it, with a source of the same month as the event',
			cited({ citation: 'title-states', sources: ['same-month'] }),
		],
		[
			'the title states it, with an undated source',
			cited({ citation: 'title-states', sources: ['undated'] }),
		],
		[
			'the title states it, with an early source and no events to date it against',
			cited({ citation: 'title-states', sources: ['early'] }, []),
		],
		['on topic, with a later source', cited({ citation: 'on-topic', sources: ['late'] })],
		['predating the events', cited({ citation: 'predates-events', sources: ['late', 'early'] })],
		[
			'unresolvable, between an early and a later source',
			cited({ citation: 'unresolvable', sources: ['early', 'late'] }),
		],
		['unresolvable, with no events', cited({ citation: 'unresolvable', sources: ['early'] }, [])],
		['no citation', cited({ citation: 'no-citation' })],
	];

	it.each(holding)('%s holds', (_, claim) => {
		expect(judgementBreaches(claim)).toEqual([]);
	});

	it('covers every citation support, broken and holding', () => {
		const named = (cases: [string, JudgedClaim, ...unknown[]][]) =>
			new Set(cases.map(([, claim]) => claim.claim.byVersion[0]!.citation));
		expect([...named(broken)].sort()).toEqual(Object.keys(citationSupports).sort());
		expect([...named(holding)].sort()).toEqual(Object.keys(citationSupports).sort());
	});

	it('reports each broken version under its own index, after the verdict', () => {
		const claim = judged(
			{
				verdict: 'contradicted',
				events: ['treaty'],
				byVersion: [
					{
						article: 'a',
						citation: 'on-topic',
						sources: ['late'],
						citationRationale: 'Fine.',
						wording: faithful,
					},
					{
						article: 'b',
						citation: 'no-citation',
						sources: ['late'],
						citationRationale: 'Not fine.',
						wording: faithful,
					},
				],
			},
			[nhk()],
		);
		expect(judgementBreaches(claim).map(({ field }) => field)).toEqual(['verdict', 'byVersion[1].citation']);
	});
});

const faithful = {
	judged: ['faithful'],
	words: 'as the versions put it',
	record: 'as the versions put it',
} satisfies Wording;

describe('judgementBreaches: wording', () => {
	const hardened = { ...faithful, judged: ['hedge-dropped', 'hardened'] } satisfies Wording;
	const version = (entry: Partial<ClaimInVersion>): JudgedClaim =>
		judged(
			{
				verdict: 'reported-unconfirmed',
				byVersion: [
					{ article: 'a', citation: 'no-citation', sources: [], citationRationale: 'None.', ...entry },
				],
			},
			[nhk('differs')],
		);
	const broken: [string, JudgedClaim, string, string][] = [
		[
			'no wording judgement where the record reports the matter',
			version({}),
			'wording',
			'the record reports the matter, so each version needs a wording judgement; expected wording: { judged: [faithful] or the changes, words: the version’s words, record: the record’s words }',
		],
		[
			'a wording judgement where the record has no words for it',
			judged(
				{
					verdict: 'not-found',
					byVersion: [
						{
							article: 'a',
							citation: 'no-citation',
							sources: [],
							citationRationale: 'None.',
							wording: faithful,
						},
					],
				},
				[link('background', 'context')],
			),
			'wording',
			'no consulted item reports the matter (each bears “context” or there is none), so there are no record’s words to set beside the version’s; expected no wording judgement',
		],
		[
			'the version’s words re-typeset',
			version({ wording: { ...faithful, words: 'The version’s text' } }),
			'wording.words',
			'“The version’s text” is not in the text of "a"; expected its words exactly as written, quote marks and all',
		],
		[
			'the record’s words found in no evidence account',
			version({ wording: { ...faithful, record: 'will be sent' } }),
			'wording.record',
			'“will be sent” is in none of the claim’s evidence accounts; expected the record’s words as one of the evidence links’ “shows” gives them',
		],
		[
			'a note that describes a change beside a faithful wording',
			version({ wording: faithful, note: 'It drops NHK’s “considering”.' }),
			'note',
			'the note describes a change (“drops”) but the wording is judged “Faithful to the record”; expected a judgement that names the change, or a note that describes none',
		],
		[
			'a changed wording with no note to say how',
			version({ wording: hardened }),
			'note',
			'the wording is judged “Hedge dropped; Tense or certainty hardened” but no note says how; expected a note describing the change',
		],
	];

	it.each(broken)('%s fails on that version’s wording, with one message', (_, claim, field, message) => {
		expect(judgementBreaches(claim)).toEqual([{ field: `byVersion[0].${field}`, message }]);
	});

	it.each<[string, JudgedClaim]>([
		['a faithful wording with no note', version({ wording: faithful })],
		[
			'a faithful wording whose note says no change',
			version({ wording: faithful, note: 'It keeps the hedge.' }),
		],
		['a changed wording whose note says how', version({ wording: hardened, note: 'It drops the hedge.' })],
		['no wording where the record has no words', judged({ verdict: 'not-found' }, [])],
	])('%s holds', (_, claim) => {
		expect(judgementBreaches(claim)).toEqual([]);
	});
});

describe('originsOf', () => {
	it('counts a report and its relays once, whatever the outlet or the case of the origin', () => {
		expect([...originsOf([nhk(), unnRelay, yonhapRelay, reuters, denial], 'states')]).toEqual([
			['nhk', ['nhk-report', 'unn-relay', 'yonhap-relay']],
			['reuters', ['reuters-report']],
		]);
	});

	it('counts a statement under the official who made it', () => {
		expect([...originsOf([kremlin], 'states').keys()]).toEqual(['dmitry peskov']);
	});
});
