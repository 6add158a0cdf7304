/**
 * `npm run claims:todo`: every check-worthy sentence of the articles that no
 * claim marker covers and no `notClaims` entry lists, with its file and line,
 * the cues that make it check-worthy, and the closest existing claims.
 *
 * npm run claims:todo [-- --root <project folder>]
 */
import '../scripts/bench/resolve-ts.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = resolve(values.root);
const { readArticlesAndClaims } = await import('./lib/read-content.ts');
const { coverageReport } = await import('../src/record/coverage.ts');
const { describeCue } = await import('../src/record/check-worthy.ts');

const content = await readArticlesAndClaims(root);
const todo = coverageReport(content);
for (const item of todo) {
	const where = item.headline ? `${item.file} (${item.headline})` : `${item.file}:${item.line ?? '?'}`;
	console.log(`${where}\n  "${item.text}"\n  cues: ${item.cues.map(describeCue).join(', ')}`);
	console.log(
		item.suggestions.length
			? `  closest claims: ${item.suggestions.map((s) => `${s.claimId} (${s.score.toFixed(2)})`).join(', ')}`
			: '  closest claims: none; a new claim, or a notClaims entry',
	);
}
console.log(
	todo.length === 0
		? `Every check-worthy sentence of ${content.articles.length} article(s) is marked or listed in notClaims.`
		: `${todo.length} check-worthy sentence(s) to mark as a claim, or list in notClaims with a reason.`,
);
process.exitCode = todo.length === 0 ? 0 : 1;
