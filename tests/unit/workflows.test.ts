import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { shardFolders } from '../../src/integrations/shard-output';
import { projectRoot } from '../helpers/astro';

interface Step {
	run?: string;
	uses?: string;
	with?: Record<string, string>;
}
interface Job {
	needs?: string | string[];
	if?: string;
	strategy?: { matrix: { shard: number[] } };
	steps: Step[];
}

/* The sharded deploy: one job per shard, then the merge, then the deploy. */
const workflow = parse(readFileSync(join(projectRoot, '.github/workflows/deploy-sharded.yml'), 'utf8')) as {
	on: Record<string, unknown>;
	env: { SHARDS: number };
	jobs: Record<string, Job>;
};
const { jobs } = workflow;
const needs = (job: string) => [jobs[job]!.needs ?? []].flat();
const runs = (job: string) => jobs[job]!.steps.flatMap((step) => step.run ?? []).join('\n');

describe('the sharded deploy', () => {
	it('tests, builds each shard, merges them, then deploys, each after the one before', () => {
		expect(Object.keys(jobs)).toEqual(['test', 'shard', 'merge', 'deploy']);
		expect(needs('test')).toEqual([]);
		expect(needs('shard')).toEqual(['test']);
		expect(needs('merge')).toEqual(['shard']);
		expect(needs('deploy')).toEqual(['merge']);
	});

	it('has one job for each of its shards', () => {
		const shards = workflow.env.SHARDS;
		expect(shards).toBeGreaterThan(1);
		expect(jobs.shard!.strategy!.matrix.shard).toEqual(Array.from({ length: shards }, (_, i) => i + 1));
		expect(runs('shard')).toContain('npm run build:sharded -- --shard ${{ matrix.shard }}/${{ env.SHARDS }}');
		expect(runs('merge')).toContain('npm run build:sharded -- --merge "$SHARDS"');
	});

	it('hands on the folder each shard writes, and keeps the caches each shard reads', () => {
		const { outDir, cacheDir } = shardFolders({ SHARDS: '4', SHARD: '3' });
		const upload = jobs.shard!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!;
		expect(`./${upload.with!.path!.replace('${{ matrix.shard }}', '3')}`).toBe(outDir);
		const cache = jobs.shard!.steps.find((step) => step.uses?.startsWith('actions/cache'))!;
		const cached = cache
			.with!.path!.replaceAll('${{ matrix.shard }}', '3')
			.replaceAll('${{ env.SHARDS }}', '4');
		expect(cached).toContain(cacheDir!.slice(2));
		expect(cached).toContain('node_modules/.astro/shard-output/3-of-4');
		// The merge puts each downloaded shard where the merge reads it.
		expect(runs('merge')).toContain('dist-shards/');
	});

	it('builds and merges the shards on every push to main, and publishes only when run by hand', () => {
		expect(workflow.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
		for (const job of ['test', 'shard', 'merge']) expect(jobs[job]!.if, job).toBeUndefined();
		expect(jobs.deploy!.if).toBe("github.event_name == 'workflow_dispatch'");
	});

	it('keeps each shard’s share cards, so a card is drawn once', () => {
		const cache = jobs.shard!.steps.find((step) => step.uses?.startsWith('actions/cache'))!;
		expect(cache.with!.path).toContain('node_modules/.astro/share-cards');
	});

	it('publishes the merged site', () => {
		const upload = jobs.merge!.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))!;
		expect(upload.with!.path).toBe('dist');
		expect(jobs.deploy!.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
	});
});
