import { beforeAll, describe, expect, it } from 'vitest';
import { published, publishedDist } from '../helpers/fixture-site';
import { threeVersionsDist } from '../helpers/setup-sites';
import {
	measurePage,
	pageBudget as budget,
	sitePages,
	type PageWeight,
} from '../../scripts/bench/page-weight';

let weights: PageWeight[];

/*
 * Every page of the fixture site as a deploy publishes it, under its sub-path
 * (tests/helpers/fixture-site.ts), and of the three-version site
 * (tests/helpers/setup-sites.ts); the generated site's in pagination.test.ts.
 */
/**
 * The fixture's pages that show its long passage whole (tests/helpers/fixture-site.ts): long on purpose,
 * to mark a passage many times over, not pages of a size the site publishes.
 */
const madeLong = ['articles/retelling/', 'compare/harbour-crane/'].map(
	(path) => `${published.BASE_PATH}${path}`,
);

beforeAll(() => {
	const sites = [
		{ dist: publishedDist(), base: published.BASE_PATH },
		{ dist: threeVersionsDist(), base: '/' },
	];
	weights = sites.flatMap(({ dist, base }) =>
		sitePages(dist, base)
			.filter((path) => !madeLong.includes(path))
			.map((path) => measurePage(dist, path, { base })),
	);
});

const over = (limit: number, value: (weight: PageWeight) => number) =>
	weights.filter((weight) => value(weight) > limit).map((weight) => `${weight.path}: ${value(weight)} bytes`);

describe('page weight', () => {
	it('measures every page with its stylesheets', () => {
		expect(weights.length).toBeGreaterThan(10);
		for (const weight of weights) {
			expect(
				weight.resources.some((resource) => resource.kind === 'css'),
				weight.path,
			).toBe(true);
		}
	});

	it(`keeps every page within ${budget.allIn / 1024} KB gzip, all in`, () => {
		expect(over(budget.allIn, (weight) => weight.total.all)).toEqual([]);
	});

	it(`loads at most ${budget.js / 1024} KB gzip of JavaScript with any page`, () => {
		expect(over(budget.js, (weight) => weight.total.js)).toEqual([]);
	});

	it('makes no request to another host', () => {
		expect(weights.flatMap((weight) => weight.thirdParty.map((url) => `${weight.path}: ${url}`))).toEqual([]);
	});
});
