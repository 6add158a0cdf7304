/**
 * The cost of the check-worthiness coverage step and of claim suggestions at
 * a corpus size, apart from the rest of the build:
 *
 * npm run bench:coverage [-- --sizes 100,1000,5000 --seed 1]
 *
 * For each N it generates the corpus, renders its articles through the site's
 * Markdown pipeline once (the build does that anyway), then times, in process:
 * the coverage step as the build runs it (`findCoverageProblems`: every
 * sentence split and searched for cues, every `notClaims` entry matched), and
 * the suggestions as `claims:todo` makes them (the claims index built, then the
 * closest claims looked up for every check-worthy sentence). It also times
 * recording the text blocks in the Markdown plugin, by rendering with and
 * without it. Run by `npm run bench` too, which sets each against its cold build.
 */
import './resolve-ts.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from './generate.ts';

const { readArticlesAndClaims } = await import('../lib/read-content.ts');
const { findCoverageProblems, claimIndexOf } = await import('../../src/record/coverage.ts');
const { checkWorthySentences } = await import('../../src/record/check-worthy.ts');
const { suggestClaims } = await import('../../src/record/claim-index.ts');

export interface CoverageTiming {
	articles: number;
	claims: number;
	sentences: number;
	checkWorthy: number;
	problems: number;
	/** The coverage step as the build runs it. */
	coverageMs: number;
	/** Building the claims index. */
	indexMs: number;
	/** Looking up the closest claims for every check-worthy sentence. */
	suggestMs: number;
}

function median(runs: number[]): number {
	return [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

function time(work: () => void, repeat = 3): number {
	const runs: number[] = [];
	for (let i = 0; i < repeat; i++) {
		const start = performance.now();
		work();
		runs.push(performance.now() - start);
	}
	return median(runs);
}

/** Generates the corpus of `articles` articles and times coverage and suggestions on it. */
export async function measureCoverage(articles: number, seed = 1): Promise<CoverageTiming> {
	const root = mkdtempSync(join(tmpdir(), 'sourceline-coverage-'));
	try {
		writeCorpus(root, generateCorpus({ articles, seed }).files);
		const content = await readArticlesAndClaims(root);
		let problems = 0;
		const coverageMs = time(() => (problems = findCoverageProblems(content).length));
		let index = claimIndexOf(content);
		const indexMs = time(() => (index = claimIndexOf(content)));
		const worthy = content.articles.flatMap((article) =>
			checkWorthySentences(article.data, article.textBlocks),
		);
		const suggestMs = time(() => {
			for (const item of worthy) suggestClaims(index, item.text);
		});
		return {
			articles: content.articles.length,
			claims: content.claims.length,
			sentences: content.articles.reduce((sum, article) => sum + article.textBlocks.length, 0),
			checkWorthy: worthy.length,
			problems,
			coverageMs,
			indexMs,
			suggestMs,
		};
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** One line per size. */
export function coverageLine(timing: CoverageTiming, coldBuildMs?: number): string {
	const share = (ms: number) =>
		coldBuildMs ? ` (${((100 * ms) / coldBuildMs).toFixed(2)}% of the cold build)` : '';
	return (
		`N=${timing.articles}: ${timing.checkWorthy} check-worthy sentences in ${timing.sentences} blocks, ` +
		`${timing.problems} coverage problem(s); coverage step ${timing.coverageMs.toFixed(0)} ms${share(timing.coverageMs)}, ` +
		`claims index (${timing.claims} claims) ${timing.indexMs.toFixed(0)} ms, ` +
		`suggestions for all ${timing.checkWorthy} ${timing.suggestMs.toFixed(0)} ms${share(timing.indexMs + timing.suggestMs)}`
	);
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: { sizes: { type: 'string', default: '100,1000' }, seed: { type: 'string', default: '1' } },
	});
	for (const size of values.sizes.split(',').map(Number)) {
		console.log(coverageLine(await measureCoverage(size, Number(values.seed))));
	}
}
