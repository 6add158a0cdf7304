import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareStory, comparedStory, pairsOf, summariseStory } from '../../../src/compare/story';
import { withClaimStatus } from '../../../src/record/claim-status';
import { contentProblems } from '../../../src/record/content-problems';
import type { ContentSet, Entry } from '../../../src/loading/content-set';
import { buildSiteGraph, hasComparison, type SiteGraph } from '../../../src/record/graph';
import type { RecordDates } from '../../../src/history/history';
import { pageKeys } from '../../../src/publishing/page-keys';
import type { Publisher } from '../../../src/publishing/structured-data';
import { articleFromStore } from '../../../src/loading/stored-article';
import { renderArticle } from '../../../src/platform/stored-rendering';
import { comparisonPage, comparisonPairPage } from '../../../src/page-models/comparison-page';
import { pairsOnOwnPages } from '../../../src/site/paths';
import {
	articleProps,
	claimProps,
	comparisonProps,
	evidenceProps,
	sourceProps,
	topicProps,
	type DetailContext,
} from '../../../src/page-models/detail-pages';
import { articleSchema, type Article } from '../../../src/schemas/article';
import { claimSchema } from '../../../src/schemas/claim';
import { evidenceSchema } from '../../../src/schemas/evidence';
import { provenanceIds } from '../../../src/schemas/provenance';
import { sourceSchema } from '../../../src/schemas/source';
import { storySchema } from '../../../src/schemas/story';
import { topicKindLabels, topicSchema } from '../../../src/schemas/topic';
import { verdictIds } from '../../../src/schemas/verdict';
import { projectRoot } from '../../helpers/astro';
import { loadContent, loadFolder } from '../../helpers/load-content';

describe('pageKeys', () => {
	const key = pageKeys(null);

	it.each([
		['a Map by its entries', new Map([['x', 1]]), new Map([['x', 2]])],
		[
			'a Map by their order',
			new Map([
				['x', 1],
				['y', 1],
			]),
			new Map([
				['y', 1],
				['x', 1],
			]),
		],
		['a Set by its items', new Set(['a']), new Set(['b'])],
		['an array by its order', ['a', 'b'], ['b', 'a']],
		['a string from a number', { n: 1 }, { n: '1' }],
		['null from undefined in a list', [null], [undefined]],
		['a Map from an object', new Map([['x', 1]]), { x: 1 }],
	])('tells %s', (_, a, b) => {
		expect(key({ page: a })).not.toBe(key({ page: b }));
		expect(key({ page: a })).toBe(key({ page: structuredClone(a) }));
	});

	it('reads an undefined property as JSON does, as absent', () => {
		expect(key({ page: { a: 1, b: undefined } })).toBe(key({ page: { a: 1 } }));
	});

	it.each([
		['a function, naming where it is', { verdictOf: () => 'x' }, 'page.verdictOf is a function'],
		['a class instance', { node: new (class Node {})() }, 'page.node is a Node, not plain data'],
		['a symbol', { s: Symbol('s') }, 'page.s is a symbol'],
	])('refuses %s', (_, page, message) => {
		expect(() => key({ page })).toThrow(message);
	});

	it('refuses a cycle, through an object or a Map, without overflowing', () => {
		const node: Record<string, unknown> = { id: 'a' };
		node.self = { node };
		expect(() => key({ page: { node } })).toThrow('page.node.self.node refers back to what holds it');
		const map = new Map<string, unknown>();
		map.set('itself', map);
		expect(() => key({ page: map })).toThrow(TypeError);
	});

	it('changes every key when what every page shows changes, and no key when it stays', () => {
		const props = [{ page: { title: 'A' } }, { page: { title: 'B' }, history: { dates: undefined } }];
		const keys = (email: string) => props.map(pageKeys({ publisher: { contact: { email } } }));
		const before = keys('desk@example.org');
		expect(keys('desk@example.org')).toEqual(before);
		expect(keys('corrections@example.org').filter((key, i) => key === before[i])).toEqual([]);
	});

	it('keys a part shared by several pages by what it holds', () => {
		const shared = { texts: ['One.'] };
		expect(key({ part: shared })).toBe(key({ part: { texts: ['One.'] } }));
		expect(key({ part: shared })).not.toBe(key({ part: { texts: ['Two.'] } }));
	});
});

/*
 * The keys of the fixture site's detail pages against what the pages show.
 * Every field of every record is changed in turn, in a copy of the content the
 * tests' build reads (articles rendered again by the site's Markdown pipeline),
 * and each time the keys of every page are computed again, with what each page
 * shows: its props, and what it computes from them as it renders (its text's
 * HTML, its comparison). Then, for each change:
 * - a page's key changes exactly when its props change: a key covers nothing
 *   but what the page is given;
 * - a page whose rendering changes has a new key: nothing it shows is left out;
 * - the pages that, by the record's reach, show the field (`shownOn`) have new keys.
 */

const publisher: Publisher = {
	name: 'Test',
	description: 'A test site.',
	home: new URL('https://example.org/'),
};
const day: RecordDates = { published: '2025-04-01T10:00:00Z', modified: '2025-04-02T10:00:00Z' };

interface Page {
	key: string;
	props: object;
	/** What the page renders: its props, and what it computes from them. */
	shows: unknown;
}

/** Every detail page of `content`, by name, as the pages' `getStaticPaths` set them out. */
function detailPages(
	content: ContentSet,
	datesOf: DetailContext['datesOf'] = () => day,
	shareCards = true,
): { site: SiteGraph; pages: Map<string, Page> } {
	const site = buildSiteGraph(content);
	const compared = new Map(
		site.stories.filter(hasComparison).map((story) => [story.entry.id, comparedStory(story)]),
	);
	const context: DetailContext = { datesOf, publisher, comparedStory: (id) => compared.get(id), shareCards };
	const key = pageKeys({ publisher });
	const pages = new Map<string, Page>();
	const add = (name: string, props: object, computed?: unknown) =>
		pages.set(name, { key: key(props), props, shows: [props, computed] });
	const summaries = new Map([...compared].map(([id, story]) => [id, summariseStory(story).summaries]));
	for (const node of site.articles) {
		const props = articleProps(site, node, context);
		add(`article ${node.entry.id}`, props, {
			html: withClaimStatus(renderArticle(props.text).html, {
				article: props.version,
				verdictOf: (id) => props.page.verdicts.get(id),
			}),
			summary: props.compared && summaries.get(props.compared.entry.id)!.get(props.version),
		});
	}
	for (const node of site.claims) add(`claim ${node.entry.id}`, claimProps(site, node, context));
	for (const node of site.sources) add(`source ${node.entry.id}`, sourceProps(site, node, context));
	for (const node of site.evidence) add(`evidence ${node.entry.id}`, evidenceProps(site, node, context));
	for (const node of site.topics) add(`topic ${node.entry.id}`, topicProps(node));
	for (const story of site.stories.filter(hasComparison)) {
		const props = comparisonProps(site, story, context);
		const comparison = compareStory(props.compared);
		add(`comparison ${story.entry.id}`, props, {
			comparison,
			page: comparisonPage(props.compared, comparison),
		});
		if (!pairsOnOwnPages(story.versions.length)) continue;
		pairsOf(story.versions).forEach((_, index) => {
			const pair = { compared: props.compared, index };
			add(`pair ${story.entry.id} ${index}`, pair, comparisonPairPage(pair.compared, comparison, index));
		});
	}
	return { site, pages };
}

/** The pages that show something of a record, in a few kinds of reach. */
type Reach =
	'own' | 'versions' | 'otherVersions' | 'claims' | 'sources' | 'evidence' | 'topics' | 'comparison';

type Kind = keyof ContentSet;
/** A record of any kind, as a mutation changes it: an article has its body too. */
type EditedRecord = Entry<any> & { body?: string };

function reach(site: SiteGraph, kind: Kind, id: string): Record<Reach, string[]> {
	const none = {
		own: [],
		versions: [],
		otherVersions: [],
		claims: [],
		sources: [],
		evidence: [],
		topics: [],
		comparison: [],
	};
	const pages = (prefix: string, ids: Iterable<string>) => [...new Set(ids)].map((one) => `${prefix} ${one}`);
	const comparisons = (stories: Iterable<string>) =>
		pages(
			'comparison',
			[...stories].filter((story) =>
				site.stories.some((node) => node.entry.id === story && hasComparison(node)),
			),
		);
	const exists = <T>(find: () => T) => {
		try {
			return find();
		} catch {
			return undefined;
		}
	};
	switch (kind) {
		case 'articles': {
			const node = exists(() => site.article(id));
			if (!node) return none;
			return {
				...none,
				own: [`article ${id}`],
				otherVersions: pages('article', node.entry.data.versions),
				claims: pages(
					'claim',
					node.claims.map(({ claim }) => claim.id),
				),
				sources: pages(
					'source',
					node.references.map(({ source }) => source.id),
				),
				topics: pages('topic', node.entry.data.topics),
				comparison: comparisons([node.entry.data.story]),
			};
		}
		case 'claims': {
			const node = exists(() => site.claim(id));
			if (!node) return none;
			return {
				...none,
				own: [`claim ${id}`],
				versions: pages(
					'article',
					node.appearances.map(({ article }) => article.id),
				),
				sources: pages(
					'source',
					node.citations.flatMap(({ sources }) => sources.map((source) => source.id)),
				),
				evidence: pages(
					'evidence',
					node.evidence.map(({ evidence }) => evidence.id),
				),
				topics: pages('topic', node.entry.data.topics),
				comparison: comparisons(node.appearances.map(({ article }) => article.data.story)),
			};
		}
		case 'sources': {
			const node = exists(() => site.source(id));
			if (!node) return none;
			return {
				...none,
				own: [`source ${id}`],
				versions: pages(
					'article',
					node.citedBy.map(({ article }) => article.id),
				),
				claims: pages(
					'claim',
					node.claims.map(({ claim }) => claim.id),
				),
				comparison: comparisons(node.citedBy.map(({ article }) => article.data.story)),
			};
		}
		case 'evidence': {
			const node = exists(() => site.evidenceItem(id));
			if (!node) return none;
			return {
				...none,
				own: [`evidence ${id}`],
				claims: pages(
					'claim',
					node.claims.map(({ claim }) => claim.id),
				),
				comparison: comparisons(node.events.map(({ story }) => story.id)),
			};
		}
		case 'topics': {
			const node = exists(() => site.topic(id));
			if (!node) return none;
			return {
				...none,
				own: [`topic ${id}`],
				versions: pages(
					'article',
					node.articles.map((article) => article.id),
				),
				claims: pages(
					'claim',
					node.claims.map((claim) => claim.id),
				),
			};
		}
		case 'stories':
			return { ...none, comparison: comparisons([id]) };
	}
}

interface Mutation {
	/** The top-level fields it changes; every field of every kind's schema is changed by one. */
	fields: string[];
	/** Changes `record` in `content`, a copy; false where the record allows no such change. */
	apply: (record: EditedRecord, content: ContentSet) => boolean | void;
	/**
	 * The pages that must show the change: by the record's reach before or after it, only
	 * after it (`new …`: a topic added), or as a function of the changed record.
	 */
	shownOn: (Reach | `new ${Reach}` | ((record: EditedRecord) => string[]))[];
}

const edited = (text: string) => `${text.replace(/\.$/, '')} (edited)${text.endsWith('.') ? '.' : ''}`;
/** Edits the prose of `field`, or sets it to `absent` where the record leaves it out. */
const prose =
	(field: string, absent?: string): Mutation['apply'] =>
	(record) => {
		const value = record.data[field];
		if (value === undefined && absent === undefined) return false;
		record.data[field] = value === undefined ? absent : edited(value);
	};
/** Sets `field` to the first of `values`, other than its own, that leaves the content valid. */
const another =
	(field: string, values: readonly string[]): Mutation['apply'] =>
	(record, content) =>
		values.some((value) => {
			const was = record.data[field];
			if (value === was) return false;
			record.data[field] = value;
			if (problems(content).length === 0) return true;
			record.data[field] = was;
			return false;
		});
/** Records another archived copy of the record's address: a capture on another day. */
const archive: Mutation['apply'] = (record) => {
	if (!record.data.url) return false;
	const date = record.data.archived?.date === '2025-03-12' ? '2025-03-13' : '2025-03-12';
	record.data.archived = {
		url: `https://web.archive.org/web/${date.replaceAll('-', '')}120000/${record.data.url}`,
		date,
	};
};
const correction = {
	date: '2025-05-01',
	kind: 'clarification',
	change: 'A line reworded.',
	reason: 'It read two ways.',
};
const addCorrection: Mutation['apply'] = (record) => void record.data.corrections.push(correction);
const notIn = (ids: string[], all: { id: string }[]) =>
	all.map(({ id }) => id).find((id) => !ids.includes(id));

const mutations: Record<Kind, Mutation[]> = {
	articles: [
		{
			fields: ['title'],
			apply: prose('title'),
			shownOn: ['own', 'otherVersions', 'claims', 'sources', 'topics', 'comparison'],
		},
		{ fields: ['kicker'], apply: prose('kicker', 'Harbour news'), shownOn: ['own'] },
		{
			fields: ['alternateHeadline'],
			apply: prose('alternateHeadline', 'A crane for the quay'),
			shownOn: ['own'],
		},
		{ fields: ['description'], apply: prose('description'), shownOn: ['own'] },
		{ fields: ['publisher'], apply: prose('publisher', 'Harbour Daily'), shownOn: ['claims'] },
		{
			// A version moved into the other story, as its third version: the versions list each other.
			fields: ['story', 'versions'],
			apply: (record, content) => {
				const to = content.stories.find((story) => story.id !== record.data.story)!;
				const versions = content.articles.filter((article) => article.data.story === to.id);
				if (
					content.articles.some((article) => article.data.story === record.data.story && article !== record)
				)
					return false;
				content.stories = content.stories.filter((story) => story.id !== record.data.story);
				record.data.story = to.id;
				record.data.versions = versions.map((version) => version.id);
				for (const version of versions) version.data.versions.push(record.id);
			},
			shownOn: ['own', 'claims', 'comparison'],
		},
		{ fields: ['name'], apply: prose('name'), shownOn: ['own', 'claims', 'comparison'] },
		{ fields: ['provenance'], apply: another('provenance', provenanceIds), shownOn: ['own', 'comparison'] },
		{ fields: ['provenanceNote'], apply: prose('provenanceNote'), shownOn: ['own'] },
		{ fields: ['date'], apply: another('date', ['2025-03-05', 'undated']), shownOn: ['own'] },
		{
			fields: ['dateNote'],
			apply: prose('dateNote', 'It says it was written the next day.'),
			shownOn: ['own'],
		},
		{ fields: ['language'], apply: another('language', ['en-GB']), shownOn: ['own'] },
		{ fields: ['tags'], apply: (record) => void record.data.tags.push('Quay'), shownOn: ['own'] },
		{
			fields: ['topics'],
			apply: (record, content) => {
				const topic = notIn(record.data.topics, content.topics);
				if (!topic) return false;
				record.data.topics.push(topic);
			},
			shownOn: ['own', 'new topics'],
		},
		// Said on a source's page only beside an unnumbered citation.
		{ fields: ['referencesHeading'], apply: prose('referencesHeading'), shownOn: ['own'] },
		{
			fields: ['references'],
			apply: (record, content) => {
				const source = notIn(
					record.data.references.map(({ source }: { source: string }) => source),
					content.sources,
				);
				if (!source) return false;
				record.data.references.push({ source });
			},
			shownOn: ['own', 'new sources'],
		},
		{
			fields: ['headlineClaims'],
			apply: (record, content) => {
				const claim = content.claims.find((one) => one.data.byVersion.some((v) => v.article === record.id));
				record.data.headlineClaims = { title: [claim!.id] };
			},
			shownOn: ['own', (record) => [`claim ${record.data.headlineClaims.title[0]}`]],
		},
		{
			// Said on no detail page: the build checks it, and the open data lists it.
			fields: ['notClaims'],
			apply: (record) => {
				const text = (record.body ?? '').split('\n').find((line) => /^[A-Z][^:]*\.$/.test(line));
				if (!text) return false;
				record.data.notClaims.push({ text, reason: 'A scene, with nothing to check.' });
			},
			shownOn: [],
		},
		{ fields: ['corrections'], apply: addCorrection, shownOn: ['own'] },
		{
			fields: ['body'],
			apply: (record) => void (record.body = `${record.body}\n\nGulls circled over the water.\n`),
			shownOn: ['own', 'comparison'],
		},
	],
	claims: [
		{
			fields: ['claim'],
			apply: prose('claim'),
			shownOn: ['own', 'versions', 'sources', 'evidence', 'topics', 'comparison'],
		},
		{
			fields: ['kind'],
			apply: another('kind', ['figure', 'event', 'attribution', 'forecast', 'opinion']),
			shownOn: ['own', 'versions', 'topics'],
		},
		{ fields: ['assertedBy'], apply: prose('assertedBy'), shownOn: ['own', 'versions'] },
		{
			// Credited to an organisation, added as a topic of its own.
			fields: ['madeBy'],
			apply: (record, content) => {
				content.topics.push({
					id: 'port-authority',
					filePath: 'content/topics/port-authority.yaml',
					data: { name: 'The port authority', kind: 'organisation', description: 'Runs the harbour.' },
				});
				record.data.madeBy = ['port-authority'];
			},
			shownOn: ['own'],
		},
		{
			fields: ['verdict'],
			apply: another('verdict', verdictIds),
			shownOn: ['own', 'versions', 'sources', 'evidence', 'topics'],
		},
		{ fields: ['rationale'], apply: prose('rationale'), shownOn: ['own', 'versions'] },
		{
			fields: ['evidence'],
			apply: (record, content) => {
				const [link] = record.data.evidence;
				if (link) link.shows = edited(link.shows);
				else
					record.data.evidence.push({
						item: content.evidence[0]!.id,
						bears: 'context',
						shows: 'It reports the crane, not this.',
					});
			},
			shownOn: ['own', 'versions', 'evidence'],
		},
		{
			fields: ['searches'],
			apply: (record) =>
				void record.data.searches.push({
					query: 'harbour crane quay',
					where: 'the harbour gazette, full text',
					date: '2025-02-01',
					found: 'Nothing on this.',
				}),
			shownOn: ['own'],
		},
		{
			fields: ['events'],
			apply: (record, content) => {
				const stories = content.articles
					.filter((article) =>
						record.data.byVersion.some((v: { article: string }) => v.article === article.id),
					)
					.map((article) => article.data.story);
				const event = content.stories
					.filter((story) => stories.includes(story.id))
					.flatMap((story) => story.data.timeline)
					.find((one) => !record.data.events.includes(one.id));
				if (event) record.data.events.push(event.id);
				else if (record.data.events.length > 0) record.data.events = [];
				else return false;
			},
			shownOn: ['own'],
		},
		{
			fields: ['byVersion'],
			apply: (record) => {
				const [first] = record.data.byVersion;
				first.citationRationale = edited(first.citationRationale);
			},
			// The version whose entry it is: each version's sidebar shows its own citation.
			shownOn: ['own', (record) => [`article ${record.data.byVersion[0].article}`]],
		},
		{
			fields: ['topics'],
			apply: (record, content) => {
				const topic = notIn(record.data.topics, content.topics);
				if (!topic) return false;
				record.data.topics.push(topic);
			},
			shownOn: ['own', 'new topics'],
		},
		{ fields: ['corrections'], apply: addCorrection, shownOn: ['own'] },
	],
	sources: [
		{ fields: ['outlet'], apply: prose('outlet'), shownOn: ['own', 'versions', 'claims', 'comparison'] },
		{ fields: ['title'], apply: prose('title'), shownOn: ['own', 'versions', 'claims', 'comparison'] },
		{
			fields: ['date'],
			apply: another('date', ['April 2025', 'May 2025']),
			shownOn: ['own', 'versions', 'claims', 'comparison'],
		},
		{
			fields: ['url'],
			apply: another('url', ['https://bulletin.example/notes', 'https://gazette.example/crane']),
			shownOn: ['own'],
		},
		// The archived copy is also the citation's `archivedAt` in each version's structured data.
		{ fields: ['archived'], apply: archive, shownOn: ['own', 'versions'] },
		{ fields: ['citedAs'], apply: prose('citedAs'), shownOn: ['own'] },
		{ fields: ['note'], apply: prose('note'), shownOn: ['own', 'comparison'] },
		{ fields: ['corrections'], apply: addCorrection, shownOn: ['own'] },
	],
	evidence: [
		{ fields: ['outlet'], apply: prose('outlet'), shownOn: ['own', 'claims', 'comparison'] },
		{ fields: ['title'], apply: prose('title'), shownOn: ['own', 'claims'] },
		{
			fields: ['url'],
			apply: another('url', ['https://gazette.example/news/crane']),
			shownOn: ['own', 'claims'],
		},
		{
			fields: ['published'],
			apply: another('published', ['2025-02-28', '2025-03-02', '2025-03-05']),
			shownOn: ['own', 'claims', 'comparison'],
		},
		{ fields: ['publishedAs'], apply: prose('publishedAs', '1 Mar. 2025, 09:30'), shownOn: ['own'] },
		// The day we consulted it dates its link, wherever the link is.
		{ fields: ['consulted'], apply: another('consulted', ['2025-03-11']), shownOn: ['own', 'claims'] },
		{ fields: ['archived'], apply: archive, shownOn: ['own', 'claims'] },
		{
			fields: ['kind', 'origin'],
			apply: (record) => {
				record.data.kind = 'relay';
				record.data.origin = 'The port authority';
			},
			shownOn: ['own'],
		},
		{ fields: ['attributesTo'], apply: prose('attributesTo'), shownOn: ['own'] },
		{ fields: ['reports'], apply: prose('reports'), shownOn: ['own'] },
		{ fields: ['quote'], apply: another('quote', ['a new crane']), shownOn: ['own'] },
		{ fields: ['corrections'], apply: addCorrection, shownOn: ['own'] },
	],
	stories: [
		{ fields: ['title'], apply: prose('title'), shownOn: ['comparison'] },
		// Said on the home page and the index of versions, which are rendered on every build.
		{ fields: ['summary'], apply: prose('summary'), shownOn: [] },
		{
			fields: ['timeline'],
			apply: (record) => {
				const [event] = record.data.timeline;
				if (!event) return false;
				event.event = edited(event.event);
			},
			shownOn: ['comparison'],
		},
		{
			// Said on the corrections log, rendered on every build.
			fields: ['removedClaims'],
			apply: (record) =>
				void record.data.removedClaims.push({
					...correction,
					kind: 'correction',
					id: 'old-claim',
					claim: 'An old claim.',
					rating: 'Not found',
				}),
			shownOn: [],
		},
	],
	topics: [
		{ fields: ['name'], apply: prose('name'), shownOn: ['own', 'versions', 'claims'] },
		{ fields: ['kind'], apply: another('kind', Object.keys(topicKindLabels)), shownOn: ['own'] },
		{ fields: ['description'], apply: prose('description'), shownOn: ['own'] },
	],
};

/** Each kind's fields, from its schema: a new field fails the test until a mutation changes it. */
const schemaFields: Record<Kind, string[]> = {
	articles: [...Object.keys(articleSchema.shape), 'body'],
	claims: Object.keys(claimSchema.shape),
	sources: Object.keys(sourceSchema.shape),
	evidence: Object.keys(evidenceSchema.shape),
	stories: Object.keys(storySchema.shape),
	topics: Object.keys(topicSchema.shape),
};

function problems(content: ContentSet): string[] {
	const records = Object.values(content).flat() as Entry<unknown>[];
	return contentProblems(
		records.map((record) => record.filePath),
		content,
	).map((problem) => `${problem.file} ${problem.field}: ${problem.message}`);
}

describe('the keys of the fixture site’s detail pages', () => {
	const root = join(projectRoot, 'tests/fixtures/site');
	let content: ContentSet;
	let scratch: string;

	beforeAll(async () => {
		scratch = mkdtempSync(join(tmpdir(), 'page-keys-'));
		// Its articles as the changed ones are read: written out from their data and rendered again.
		content = await rewritten(await loadContent(root));
	});
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	/**
	 * `edited` with the articles whose data or body differ from `from` written
	 * out as files and rendered again by the site's Markdown pipeline, as the
	 * build would read them.
	 */
	async function rewritten(edited: ContentSet, from?: ContentSet): Promise<ContentSet> {
		const changed = edited.articles.filter((article) => {
			const was = from?.articles.find((one) => one.id === article.id);
			return !was || !isDeepStrictEqual(was.data, article.data) || was.body !== article.body;
		});
		if (changed.length === 0) return edited;
		rmSync(join(scratch, 'content/articles'), { recursive: true, force: true });
		mkdirSync(join(scratch, 'content/articles'), { recursive: true });
		for (const article of changed)
			writeFileSync(
				join(scratch, article.filePath),
				`---\n${yaml.dump(article.data)}---\n\n${article.body}\n`,
			);
		const stored = await loadFolder(scratch, 'articles');
		const read = stored.map((entry) =>
			articleFromStore(
				entry as typeof entry & { data: Article },
				entry.filePath!,
				readFileSync(join(scratch, entry.filePath!), 'utf8'),
			),
		);
		return {
			...edited,
			articles: edited.articles.map((article) => read.find((one) => one.id === article.id) ?? article),
		};
	}

	it('starts from content the build accepts, with a story compared and one told once', () => {
		expect(problems(content)).toEqual([]);
		const { site, pages } = detailPages(content);
		expect(site.stories.map(hasComparison).sort()).toEqual([false, true]);
		expect(pages.size).toBe(15);
	});

	// About 150 changes, each read and checked as the build would: longer than a unit test's default.
	it(
		'gives each page the key of what it shows, whatever field of whatever record changes',
		{ timeout: 60_000 },
		async () => {
			const before = detailPages(content);
			const failures: string[] = [];
			const changedFields = new Map<Kind, Set<string>>();
			for (const kind of Object.keys(mutations) as Kind[]) {
				for (const mutation of mutations[kind]) {
					for (const { id } of content[kind] as Entry<unknown>[]) {
						const copy = structuredClone(content);
						const record = (copy[kind] as EditedRecord[]).find((one) => one.id === id)!;
						if (mutation.apply(record, copy) === false) continue;
						const what = `${kind} ${id} ${mutation.fields.join(' and ')}`;
						const edited = await rewritten(copy, content);
						const invalid = problems(edited);
						if (invalid.length > 0) {
							failures.push(`${what}: not content the build accepts: ${invalid.join('; ')}`);
							continue;
						}
						for (const field of mutation.fields)
							changedFields.set(kind, (changedFields.get(kind) ?? new Set()).add(field));
						const after = detailPages(edited);
						const names = [...new Set([...before.pages.keys(), ...after.pages.keys()])];
						const differ = (test: (was: Page, is: Page) => boolean) =>
							names.filter((name) => {
								const [was, is] = [before.pages.get(name), after.pages.get(name)];
								return !was || !is || test(was, is);
							});
						const keyed = differ((was, is) => was.key !== is.key);
						const given = differ((was, is) => !isDeepStrictEqual(was.props, is.props));
						const shown = differ((was, is) => !isDeepStrictEqual(was.shows, is.shows));
						if (!isDeepStrictEqual(keyed, given))
							failures.push(
								`${what}: new keys on ${keyed.join(', ') || 'no page'}, new props on ${given.join(', ') || 'no page'}`,
							);
						const stale = shown.filter((name) => !keyed.includes(name));
						if (stale.length > 0) failures.push(`${what}: shown anew with the same key: ${stale.join(', ')}`);
						const [was, is] = [reach(before.site, kind, id), reach(after.site, kind, id)];
						const expected = new Set(
							mutation.shownOn.flatMap((shown) => {
								if (typeof shown === 'function') return shown(record);
								if (!shown.startsWith('new ')) return [...was[shown as Reach], ...is[shown as Reach]];
								const category = shown.slice('new '.length) as Reach;
								return is[category].filter((page) => !was[category].includes(page));
							}),
						);
						const missed = [...expected].filter((name) => !keyed.includes(name));
						if (missed.length > 0) failures.push(`${what}: no new key on ${missed.join(', ')}`);
						if (mutation.shownOn.length === 0 && keyed.length > 0)
							failures.push(`${what}: shown on no detail page, but new keys on ${keyed.join(', ')}`);
					}
				}
			}
			expect(failures).toEqual([]);
			expect(
				Object.fromEntries(
					Object.keys(schemaFields).map((kind) => [
						kind,
						[...(changedFields.get(kind as Kind) ?? [])].sort(),
					]),
				),
			).toEqual(
				Object.fromEntries(Object.entries(schemaFields).map(([kind, fields]) => [kind, [...fields].sort()])),
			);
		},
	);

	it('changes the key of a record’s own page alone when its dates change', () => {
		const claim = content.claims[0]!;
		const later = (file: string) =>
			file === claim.filePath ? { ...day, modified: '2025-06-01T10:00:00Z' } : day;
		const [was, is] = [detailPages(content).pages, detailPages(content, later).pages];
		expect([...is].filter(([name, page]) => was.get(name)!.key !== page.key).map(([name]) => name)).toEqual([
			`claim ${claim.id}`,
		]);
	});

	it('changes the key of every page with a share card when a preview leaves the cards out, and of no other', () => {
		const [was, is] = [detailPages(content).pages, detailPages(content, undefined, false).pages];
		const changed = [...is].filter(([name, page]) => was.get(name)!.key !== page.key).map(([name]) => name);
		expect(changed.sort()).toEqual(
			[
				...content.articles.map(({ id }) => `article ${id}`),
				...content.claims.map(({ id }) => `claim ${id}`),
			].sort(),
		);
		for (const name of changed) expect(is.get(name)!.props).toMatchObject({ card: undefined });
	});
});
