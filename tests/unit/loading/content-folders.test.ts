import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/loading/content-error';
import { filePattern, namePatterns, unreadFiles } from '../../../src/loading/content-folders';

describe('unreadFiles', () => {
	it('passes the files the collections read, and hidden files', () => {
		expect(
			unreadFiles([
				'content/articles/001-scraped-page.md',
				'content/claims/heavy-casualties.yaml',
				'content/sources/nhk.yml',
				'content/topics/.DS_Store',
				'content/.gitkeep',
			]),
		).toEqual([]);
	});

	it.each([
		[
			'content/claims/x.json',
			'content/claims/x.json → file name: content/claims/ reads only files ending .yaml or .yml; expected "x.json" to end so',
		],
		[
			'content/articles/x.markdown',
			'content/articles/x.markdown → file name: content/articles/ reads only files ending .md; expected "x.markdown" to end so',
		],
		[
			'content/articles/2025/x.md',
			'content/articles/2025/x.md → folder: subfolders are not read; expected the file directly in content/articles/',
		],
		[
			'content/claim/x.yaml',
			'content/claim/x.yaml → folder: "claim" is not a collection, so its files are not read; expected one of articles, claims, evidence, sources, stories, topics',
		],
		[
			'content/x.md',
			'content/x.md → folder: files directly in content/ are not read; expected the file in one of content/articles/, content/claims/, content/evidence/, content/sources/, content/stories/, content/topics/',
		],
	])('names %s, which no collection would read', (file, message) => {
		expect(unreadFiles([file]).map(formatProblem)).toEqual([message]);
	});
});

describe('filePattern', () => {
	it.each([
		[['.md'], '*.md'],
		[['.yaml', '.yml'], '*.{yaml,yml}'],
	])('turns %j into %s', (endings, pattern) => {
		expect(filePattern(endings)).toBe(pattern);
	});
});

describe('namePatterns', () => {
	// A folder as Astro's glob loader reads it, with names a glob would read as patterns.
	const dir = mkdtempSync(join(tmpdir(), 'name-patterns-'));
	const names = [
		'plain.md',
		'a,b.md',
		'x{1,2}.md',
		'(y)!.md',
		'star*.md',
		'q?.md',
		'other.md',
		'story-12.md',
	];
	for (const name of names) writeFileSync(join(dir, name), '');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const found = async (patterns: string[]) =>
		(await glob(patterns, { cwd: dir, expandDirectories: false })).sort();

	it('matches exactly the files named, whatever their names hold', async () => {
		const wanted = names.filter((name) => name !== 'other.md');
		expect(await found(namePatterns(wanted))).toEqual([...wanted].sort());
	});

	it('splits the names into patterns no longer than the budget, each matching its own', async () => {
		const wanted = ['plain.md', 'a,b.md', 'story-12.md', 'q?.md'];
		const patterns = namePatterns(wanted, 24);
		expect(patterns.length).toBeGreaterThan(1);
		for (const pattern of patterns) expect(pattern.length).toBeLessThanOrEqual(24);
		expect(await found(patterns)).toEqual([...wanted].sort());
	});

	it('gives a single name as itself, and no pattern for no name', async () => {
		expect(namePatterns(['plain.md'])).toEqual(['plain.md']);
		expect(await found(namePatterns(['x{1,2}.md']))).toEqual(['x{1,2}.md']);
		expect(namePatterns([])).toEqual([]);
	});
});
