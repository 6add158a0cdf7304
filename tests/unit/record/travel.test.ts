import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/record/graph';
import {
	changesFrom,
	readTravel,
	travelDrift,
	travelOfClaim,
	travelRecord,
} from '../../../src/record/travel';
import { originOf } from '../../../src/schemas/evidence';
import { readHedges } from '../../../src/text/hedging';
import { travelDriftSentence } from '../../../src/strings';
import { projectRoot } from '../../helpers/astro';
import { readContentSet } from '../../helpers/content';

/*
 * The three-version fixture's bridge closure travels from two origins: the
 * Gazette, known only through its relays (one keeps its hedge, one drops it,
 * a later one hedges again), and the council, whose notice we read. No
 * version cites a relay. Expectations are read from the fixture's records.
 */
const content = readContentSet(join(projectRoot, 'tests/fixtures/three-versions'));
const site = buildSiteGraph(content);
const node = site.claim('bridge-closes-six-weeks');
const record = travelOfClaim(node)!;
const evidence = new Map(content.evidence.map((entry) => [entry.id, entry.data]));
const relayIds = node.entry.data.evidence
	.map(({ item }) => item)
	.filter((id) => evidence.get(id)!.kind === 'relay');
const hedged = (words: string) => readHedges(words).some((reading) => reading.kind === 'hedge');

describe('readTravel', () => {
	it.each([
		['considering sending about 25,000 workers', {}, 'considering', 25000, 'about'],
		[
			'North may send 25,000 workers to Russian drone factory, NHK reports',
			{ headline: true },
			'possible',
			25000,
			undefined,
		],
		[
			'North Korea wants to send 25,000 workers to a drone factory',
			{ headline: true },
			'intends',
			25000,
			undefined,
		],
		['a total of 25,000 workers from North Korea will be dispatched there', {}, 'future', 25000, undefined],
		['North Korea To Send 25,000 Workers To Russia', { headline: true }, 'future', 25000, undefined],
		['around 25,000 North Koreans are heading to Russia', {}, 'under-way', 25000, 'around'],
		['может направить в Россию около 25 тысяч граждан', {}, 'unread', undefined, undefined],
	] as const)('%s: %s', (words, options, stance, value, qualifier) => {
		const reading = readTravel(words, options);
		expect(reading.stance).toBe(stance);
		expect(reading.figure?.value).toBe(value);
		expect(reading.figure?.qualifier).toBe(qualifier);
	});
});

describe('changesFrom', () => {
	const origin = readTravel('considering sending about 25,000 workers');
	it.each([
		['considering dispatching 25,000 workers', 'kept', 'qualifier', 'kept'],
		['may send about 25,000 workers', 'changed', 'kept', 'harder'],
		['Over 25,000 North Koreans are set to collaborate', 'dropped', 'changed', 'harder'],
		['20,000 workers will allegedly go', 'changed', 'changed', 'harder'],
		['workers will go', 'dropped', 'dropped', 'harder'],
	] as const)('%s', (words, hedge, figure, tense) => {
		expect(changesFrom(origin, readTravel(words))).toEqual({ hedge, figure, tense });
	});

	it('cannot say what unread words changed', () => {
		expect(changesFrom(origin, readTravel('около 25 тысяч')).hedge).toBe('unknown');
		expect(changesFrom(undefined, readTravel('workers will go')).tense).toBe('unknown');
	});
});

describe('the travel record of a claim with two origins', () => {
	it('has each origin once, in date order; the one we read has its page, the other is known through its relays', () => {
		const origins = [...new Set(relayIds.map((id) => evidence.get(id)!.origin!))];
		expect(record.origins.map((origin) => origin.name).sort()).toEqual([...origins].sort());
		expect(record.origins.map((origin) => origin.date)).toEqual(
			[...record.origins.map((o) => o.date)].sort(),
		);
		for (const origin of record.origins) {
			const own = node.entry.data.evidence.find(
				({ item }) => evidence.get(item)!.kind !== 'relay' && originOf(evidence.get(item)!) === origin.key,
			);
			if (own) {
				expect(origin.evidenceId).toBe(own.item);
				expect(origin.dateFromRelays).toBe(false);
				expect(origin.date).toBe(evidence.get(own.item)!.published);
				expect(origin.knownThrough).toBeUndefined();
			} else {
				const relays = relayIds.filter((id) => evidence.get(id)!.origin === origin.name);
				const first = relays
					.map((id) => evidence.get(id)!)
					.sort((a, b) => a.published.localeCompare(b.published))[0]!;
				expect(origin.evidenceId).toBeUndefined();
				expect(origin.dateFromRelays).toBe(true);
				expect(origin.date).toBe(first.published);
				expect(origin.knownThrough).toBe(first.outlet);
				expect(origin.reading?.words).toBe(first.quote);
			}
		}
		// The fixture must hold both cases, or this test proves nothing.
		expect(record.origins.some((origin) => origin.evidenceId)).toBe(true);
		expect(record.origins.some((origin) => !origin.evidenceId)).toBe(true);
	});

	it('lists every relay the claim cites, by date, each set against its own origin', () => {
		const dates = relayIds.map((id) => evidence.get(id)!.published).sort();
		expect(record.relays.map((relay) => relay.date)).toEqual(dates);
		expect(record.relays.map((relay) => relay.evidenceId).sort()).toEqual([...relayIds].sort());
		for (const relay of record.relays) {
			const origin = record.origins.find((o) => o.key === relay.origin)!;
			expect(relay.changes).toEqual(changesFrom(origin.reading, relay.reading));
		}
	});

	it('drops the hedge where a relay’s words carry none, and marks a later relay that hedges again', () => {
		const gazette = record.relays.filter(
			(relay) => record.origins.find((o) => o.key === relay.origin)!.evidenceId === undefined,
		);
		const drop = gazette.findIndex((relay) => !hedged(relay.reading.words));
		expect(drop).toBeGreaterThan(0);
		expect(gazette[drop]!.changes.hedge).toBe('dropped');
		gazette.forEach((relay, i) => {
			expect(relay.restoresHedge).toBe(i > drop && hedged(relay.reading.words));
		});
		expect(gazette.some((relay) => relay.restoresHedge)).toBe(true);
	});

	it('gives each version that words it, in version order, and draws no link: no version cites a relay', () => {
		const worded = node.entry.data.byVersion.filter(({ wording }) => wording);
		expect(record.versions.map((v) => v.articleId)).toEqual(worded.map(({ article }) => article));
		expect(record.versions.map((v) => v.reading.words)).toEqual(worded.map(({ wording }) => wording!.words));
		expect(record.versions.every((v) => v.citesRelays.length === 0)).toBe(true);
		expect(record.linkUnknown).toBe(true);
	});

	it('links a version to a relay when the version cites the relay’s page', () => {
		const relay = record.relays[0]!;
		const version = node.citations[0]!;
		const source = {
			...version.sources[0]!,
			data: { ...version.sources[0]!.data, url: evidence.get(relay.evidenceId)!.url },
		};
		const linked = travelRecord({
			claim: node.entry,
			evidence: node.evidence.map(({ evidence }) => evidence),
			versions: node.citations.map(({ article, sources }, i) => ({
				article,
				sources: i === 0 ? [source] : sources,
			})),
		})!;
		expect(linked.versions[0]!.citesRelays).toEqual([relay.evidenceId]);
		expect(linked.linkUnknown).toBe(false);
	});

	it('counts the drift the sentence words', () => {
		const drift = travelDrift(record);
		expect(drift.relays).toBe(relayIds.length);
		expect(drift.hedgeDropped).toBe(record.relays.filter((r) => r.changes.hedge === 'dropped').length);
		expect(drift.hedgeRestored).toBe(1);
		const sentence = travelDriftSentence(drift);
		for (const origin of record.origins) expect(sentence).toContain(origin.name);
		expect(sentence).toContain(
			`${drift.hedgeDropped} of the ${relayIds.length} relays we read dropped its hedge`,
		);
		expect(sentence).toContain(`${drift.hedgeRestored} kept it after another had dropped it`);
	});
});

describe('a claim with no relay', () => {
	it('has no travel record', () => {
		for (const claim of site.claims) {
			const relays = claim.evidence.filter(
				({ evidence, bears }) => evidence.data.kind === 'relay' && bears !== 'context',
			);
			expect(travelOfClaim(claim) === undefined, claim.entry.id).toBe(relays.length === 0);
		}
		expect(site.claims.some((claim) => travelOfClaim(claim) === undefined)).toBe(true);
	});
});

describe('a relay’s words', () => {
	const input = () => ({
		claim: node.entry,
		evidence: node.evidence.map(({ evidence }) => evidence),
		versions: node.citations.map(({ article, sources }) => ({ article, sources })),
	});
	const [relayId] = relayIds;

	it('are the words its entry quotes for this claim, not its page’s quote or headline, which may be about another', () => {
		const relay = record.relays.find((r) => r.evidenceId === relayId)!;
		const page = evidence.get(relayId!)!;
		const unquoted = input();
		unquoted.claim = {
			...node.entry,
			data: {
				...node.entry.data,
				evidence: node.entry.data.evidence.map((link) =>
					link.item === relayId ? { ...link, words: undefined, shows: 'Relays it, quoting nothing.' } : link,
				),
			},
		};
		unquoted.evidence = unquoted.evidence.map((entry) =>
			entry.id === relayId ? { ...entry, data: { ...page, quote: relay.reading.words } } : entry,
		);
		const without = travelRecord(unquoted)!;
		expect(without.relays.map((r) => r.evidenceId)).not.toContain(relayId);
		expect(without.relays).toHaveLength(record.relays.length - 1);
	});
});
