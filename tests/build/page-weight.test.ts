import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';
import {
	measurePage,
	pageBudget as budget,
	sitePages,
	type PageWeight,
} from '../../scripts/bench/page-weight';

let weights: PageWeight[];

beforeAll(() => {
	const dist = join(projectRoot, 'dist');
	weights = sitePages(dist).map((path) => measurePage(dist, path));
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
