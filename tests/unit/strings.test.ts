import { describe, expect, it } from 'vitest';
import {
	auditEvent,
	auditFlagCount,
	auditFlagLine,
	auditReason,
	capitalise,
	countInWords,
	describeLooseDate,
	everyVersion,
	readingListSentence,
	versionName,
	versionTitle,
	words,
} from '../../src/strings';

describe('version names', () => {
	it('names a version as readers know it', () => {
		expect(versionName({ data: { name: 'scraped page' } })).toBe('the scraped page');
		expect(versionTitle({ data: { name: 'rewrite' } })).toBe('Rewrite');
	});

	it('names three versions of one story distinctly', () => {
		const story = ['scraped page', 'rewrite', 'wire copy'].map((name) => versionName({ data: { name } }));
		expect(new Set(story).size).toBe(3);
	});

	it.each([
		[1, 'the only version'],
		[2, 'both versions'],
		[3, 'all three versions'],
		[12, 'all 12 versions'],
	])('counts %i versions in words', (count, words) => {
		expect(everyVersion(count)).toBe(words);
	});
});

describe('counts and sentences in words', () => {
	it.each([
		[0, 'no versions'],
		[1, 'one version'],
		[2, 'two versions'],
		[12, '12 versions'],
	])('counts %i in words', (count, expected) => {
		expect(countInWords(count, 'version')).toBe(expected);
	});

	it('capitalises the first letter only', () => {
		expect(capitalise('the scraped page')).toBe('The scraped page');
	});

	it('names the story only when there are several to tell apart', () => {
		expect(words.compareWording('Story', 1)).toBe('Compare how each version words and hedges it');
		expect(words.compareWording('Story', 2)).toBe('Compare how each version of “Story” words and hedges it');
	});

	it('gives a verdict group’s count on the site and, when fewer, on this page', () => {
		expect(words.claimsOfVerdict(3, 3)).toBe('3 claims');
		expect(words.claimsOfVerdict(3, 1)).toBe('3 claims, 1 on this page');
	});
});

describe('the citation audit in words', () => {
	const event = (id: string, date: string) => ({ id, date, event: `Event ${id}.`, evidence: ['e'] });

	it.each([
		['2022', '2022'],
		['2022-10', 'October 2022'],
		['2024-10-11', '11 October 2024'],
		['March 2023', 'March 2023'],
	])('gives the date %s in words: %s', (date, expected) => {
		expect(describeLooseDate(date)).toBe(expected);
	});

	it('dates a source in words, however it is dated, and counts the events it predates', () => {
		const dated = (
			dating: { date: string; from: 'citation' | 'url'; cited: string | undefined },
			before: boolean[],
		) =>
			auditReason({
				finding: 'dated',
				dating,
				events: before.map((b, i) => ({ event: event(`e${i}`, '2024-10-10'), claimIds: ['c'], before: b })),
				before: before.some(Boolean),
			});
		const cited = { date: '2022-10', from: 'citation' as const, cited: '2022-10' };
		const fromUrl = { date: '2022-10', from: 'url' as const, cited: undefined };
		expect(dated(cited, [true])).toBe(
			'Dated October 2022 as cited: before the event it is cited for, so it cannot report it.',
		);
		expect(dated({ ...cited, cited: 'Oct. 2022' }, [true, true])).toBe(
			'Dated Oct. 2022 as cited: before every one of the two events it is cited for, so it cannot report them.',
		);
		expect(dated(fromUrl, [true, false, true])).toBe(
			'The citation gives no date; its address carries October 2022, which may not be the publication date: before two of the three events it is cited for, so it cannot report those.',
		);
		expect(dated(cited, [false])).toBe('Dated October 2022 as cited: not before the event it is cited for.');
		expect(dated(cited, [])).toMatch(/name no dated event/);
	});

	it('names an event by its date in words and its sentence', () => {
		expect(auditEvent(event('ap', '2024-10-10'))).toBe('10 October 2024: Event ap.');
	});

	it('names the outlets of sources cited under the same title, not their ids', () => {
		expect(auditReason({ finding: 'title-twins', twins: [{ id: 'reuters-x', outlet: 'Reuters' }] })).toBe(
			'The same title is cited for another source, from Reuters.',
		);
	});

	it('counts the sources of each kind of flag, and says what one source is flagged for', () => {
		expect(auditFlagCount('date', 1)).toBe('1 dated before the events it is cited for');
		expect(auditFlagCount('date', 4)).toBe('4 dated before the events they are cited for');
		expect(auditFlagCount('link', 7)).toBe('7 with no address');
		expect(auditFlagLine(['date', 'link'])).toBe(
			'Flagged: dated before the events it is cited for; no address',
		);
		expect(auditFlagLine([])).toBe('No flag');
	});
});

describe('readingListSentence', () => {
	const finding = {
		articleId: 'r',
		name: 'rewrite',
		listed: 5,
		datedCitations: 4,
		predating: 4,
		predatingItems: 2,
		predatingByAddress: 0,
		itemDates: { first: '2022-11', last: '2023-05' },
		eventDates: { first: '2024-10-10', last: '2025-06-19' },
	};
	it.each([
		[
			'dated as cited',
			{},
			'Every one of the 4 citations the rewrite makes of its reading list for a dated claim points to an item dated before the event it is cited for: 2 items dated November 2022 to May 2023 as cited, for events of 10 October 2024 to 19 June 2025. None of them can report what it is cited for.',
		],
		[
			'dated by their addresses',
			{ predatingByAddress: 2 },
			'Every one of the 4 citations the rewrite makes of its reading list for a dated claim points to an item dated before the event it is cited for: 2 items dated November 2022 to May 2023 by the date in their addresses, as their citations give none, for events of 10 October 2024 to 19 June 2025. None of them can report what it is cited for.',
		],
		[
			'one citation, of one item dated by its address',
			{
				datedCitations: 1,
				predating: 1,
				predatingItems: 1,
				predatingByAddress: 1,
				itemDates: { first: '2022-10', last: '2022-10' },
				eventDates: { first: '2024-10-10', last: '2024-10-10' },
			},
			'The one citation the rewrite makes of its reading list for a dated claim points to an item dated before the event it is cited for: 1 item dated October 2022 by the date in its address, as its citation gives none, for events of 10 October 2024. It cannot report what it is cited for.',
		],
		[
			'some dated each way',
			{ predatingByAddress: 1 },
			'Every one of the 4 citations the rewrite makes of its reading list for a dated claim points to an item dated before the event it is cited for: 2 items dated November 2022 to May 2023 as cited, or by the date in the address where the citation gives none (1 of them), for events of 10 October 2024 to 19 June 2025. None of them can report what it is cited for.',
		],
	])('says how the items are dated: %s', (_, change, expected) => {
		expect(readingListSentence({ ...finding, ...change })).toBe(expected);
	});
});

describe('the page as it was, in words', () => {
	it('names a recorded copy as one, and a look-up as a look-up that may find none', () => {
		expect(words.archiveLink({ kind: 'recorded', date: '2026-05-03' })).toBe('archived copy, 3 May 2026');
		expect(words.archiveLink({ kind: 'lookup', date: '2026-12-02' })).toBe(
			'look for an archived copy (Wayback Machine, nearest to 2 December 2026)',
		);
	});
});
