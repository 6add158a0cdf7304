/**
 * Holds a built site to the page-weight budget (`pageBudget` in
 * `scripts/bench/page-weight.ts`): every page within its gzip budget, all in
 * and for JavaScript, with no request to another host. The tests hold their
 * fixture sites to it; the deploy runs this on the real site after its build:
 *
 *     npm run build && npm run check:weight
 *
 * `BASE_PATH` is the base path the site was built under, as for the build.
 */
import { measurePage, pageBudget, sitePages } from './bench/page-weight.ts';

const dist = process.argv[2] ?? 'dist';
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const weights = sitePages(dist, base).map((path) => measurePage(dist, path, { base }));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const problems = weights.flatMap((weight) => [
	...(weight.total.all > pageBudget.allIn
		? [`${weight.path}: ${kb(weight.total.all)} gzip all in; expected at most ${kb(pageBudget.allIn)}`]
		: []),
	...(weight.total.js > pageBudget.js
		? [
				`${weight.path}: ${kb(weight.total.js)} gzip of JavaScript at load; expected at most ${kb(pageBudget.js)}`,
			]
		: []),
	...weight.thirdParty.map((url) => `${weight.path}: loads ${url}; expected no request to another host`),
]);
const [first, ...rest] = weights;
if (!first) problems.push(`${dist}: no pages found; expected a built site (npm run build)`);
if (!first || problems.length > 0) {
	console.error(`Page weight over budget:\n${problems.map((line) => `  ${line}`).join('\n')}`);
	process.exit(1);
}
const heaviest = rest.reduce((a, b) => (b.total.all > a.total.all ? b : a), first);
console.log(
	`${weights.length} pages within the budget; the heaviest, ${heaviest.path}, is ${kb(heaviest.total.all)} gzip all in.`,
);
