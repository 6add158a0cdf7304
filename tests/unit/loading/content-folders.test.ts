import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/loading/content-error';
import { filePattern, unreadFiles } from '../../../src/loading/content-folders';

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
