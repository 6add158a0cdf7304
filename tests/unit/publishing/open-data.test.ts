import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/record/graph';
import { buildOpenData } from '../../../src/publishing/open-data';
import { OPEN_DATA_VERSION, openDataJsonSchema, openDataSchema } from '../../../src/schemas/open-data';
import { citationSupports } from '../../../src/schemas/citation-support';
import { verdicts } from '../../../src/schemas/verdict';
import { validContent } from '../fixtures';

const pick = ({ label, meaning, rule }: { label: string; meaning: string; rule: string }) => ({
	label,
	meaning,
	rule,
});

const home = new URL('https://example.org/analysis/');
const data = buildOpenData(buildSiteGraph(validContent()), home);
const schema = openDataJsonSchema('https://example.org/analysis/data.schema.json');

/** Draft 2020-12, with the one string format the schema uses. */
const ajv = new Ajv2020({ allErrors: true });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validate = ajv.compile(schema);

describe('buildOpenData', () => {
	it('says which format version it follows and where its schema is', () => {
		expect(data.version).toBe(OPEN_DATA_VERSION);
		expect(data.$schema).toBe('https://example.org/analysis/data.schema.json');
		expect(data.site).toBe('https://example.org/analysis/');
	});

	it('lists each claim with its page and every place it is made', () => {
		expect(data.claims.find((claim) => claim.id === 'x')).toMatchObject({
			id: 'x',
			page: 'https://example.org/analysis/claims/x/',
			verdict: 'confirmed',
			evidence: [
				{ item: 'e1', bears: 'states' },
				{ item: 'e2', bears: 'states' },
			],
			events: ['treaty'],
			byVersion: [{ article: 'a', citation: 'title-states', sources: ['s1'] }],
			appearances: [
				{
					article: 'a',
					number: 1,
					passages: [
						{
							id: 'passage-x-1',
							text: 'words of x',
							url: 'https://example.org/analysis/articles/a/#passage-x-1',
						},
						{
							id: 'passage-x-2',
							text: 'words of x',
							url: 'https://example.org/analysis/articles/a/#passage-x-2',
						},
					],
				},
			],
		});
	});

	it('keeps content fields under their own names, beside the page on this site', () => {
		const source = data.sources[0]!;
		expect(source).toMatchObject({
			id: 's1',
			page: 'https://example.org/analysis/sources/s1/',
			outlet: 'Outlet',
		});
		expect(source).not.toHaveProperty('url');
		expect(data.articles.map((article) => [article.id, article.claims.map((made) => made.claim)])).toEqual([
			['a', ['x', 'y']],
			['b', ['y']],
		]);
	});

	it('gives the two scales, each with its rule', () => {
		expect(data.verdicts.map((verdict) => verdict.id)).toEqual(Object.keys(verdicts));
		expect(data.verdicts.find((verdict) => verdict.id === 'confirmed')).toEqual({
			id: 'confirmed',
			...pick(verdicts.confirmed),
		});
		expect(data.citationSupports.map((support) => support.id)).toEqual(Object.keys(citationSupports));
		expect(data.citationSupports.find((support) => support.id === 'no-citation')).toEqual({
			id: 'no-citation',
			...pick(citationSupports['no-citation']),
		});
	});

	it('lists the evidence with its page, the timeline in date order and how late each version is written', () => {
		expect(data.evidence.map((item) => [item.id, item.page, item.outlet])).toEqual([
			['e1', 'https://example.org/analysis/evidence/e1/', 'NHK'],
			['e2', 'https://example.org/analysis/evidence/e2/', 'Reuters'],
		]);
		expect(data.stories[0]!.timeline).toEqual([
			{ id: 'treaty', date: '2024-06-19', event: 'A treaty is signed.', evidence: ['e1'], later: false },
		]);
		expect(data.articles.map((article) => [article.id, article.writtenOnOrAfter])).toEqual([
			['a', { event: 'treaty', date: '2024-06-19' }],
			['b', undefined],
		]);
	});

	it('passes its own zod schema', () => {
		expect(openDataSchema.safeParse(data).error).toBeUndefined();
	});
});

describe('the published JSON Schema', () => {
	it('is draft 2020-12 with its own address as $id, and refuses unknown fields', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe('https://example.org/analysis/data.schema.json');
		expect(schema.additionalProperties).toBe(false);
		expect(JSON.stringify(schema)).toContain('What the versions say, in one neutral sentence of our own');
	});

	it('accepts the export', () => {
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
	});

	it.each([
		['an unknown verdict', (copy: any) => (copy.claims[0].verdict = 'true')],
		['the old status field', (copy: any) => (copy.claims[0].status = 'opinion')],
		['an unknown citation support', (copy: any) => (copy.claims[0].byVersion[0].citation = 'proves')],
		['evidence without its page', (copy: any) => delete copy.evidence[0].page],
		['a timeline event without its later flag', (copy: any) => delete copy.stories[0].timeline[0].later],
		['a missing rationale', (copy: any) => delete copy.claims[0].rationale],
		['an extra field', (copy: any) => (copy.sources[0].verdict = 'false')],
		['a bad id', (copy: any) => (copy.topics[0].id = 'Not An Id')],
		['another version', (copy: any) => (copy.version = '0.1.0')],
		['a claim with no passage', (copy: any) => (copy.claims[0].appearances[0].passages = [])],
	])('refuses %s', (_, spoil) => {
		const copy = structuredClone(data);
		spoil(copy);
		expect(validate(copy)).toBe(false);
	});
});
