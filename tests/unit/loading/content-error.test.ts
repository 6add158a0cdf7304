import { describe, expect, it } from 'vitest';
import {
	bodyLineOffset,
	ContentError,
	describeIssues,
	fieldName,
	formatProblem,
} from '../../../src/loading/content-error';

describe('fieldName', () => {
	it.each([
		[['status'], 'status'],
		[['sources', 0, 'source'], 'sources[0].source'],
		[['topics', 2], 'topics[2]'],
		[[], ''],
	])('%j → %s', (path, expected) => {
		expect(fieldName(path)).toBe(expected);
	});
});

describe('describeIssues', () => {
	const file = 'content/claims/x.yaml';
	const source = 'claim: Words\nstatus: maybe\nsources:\n  - source: a\n';

	it.each([
		[
			'a wrong value, with its line',
			['status'],
			{ status: 'maybe' },
			`${file} → status, line 2: expected one`,
		],
		[
			'a nested field, at its top-level line',
			['sources', 0, 'supports'],
			{ sources: [{}] },
			`${file} → sources[0].supports, line 3: missing; expected one`,
		],
		[
			'a missing field, without a line',
			['kind'],
			{ status: 'maybe' },
			`${file} → kind: missing; expected one`,
		],
		['the entry as a whole', [], {}, `${file} → (the whole entry): expected one`],
	])('names %s', (_, path, data, expected) => {
		expect(describeIssues(file, source, [{ path, message: 'expected one' }], data)).toBe(expected);
	});

	it('puts each issue on its own line', () => {
		const issues = [
			{ path: ['claim'], message: 'a' },
			{ path: ['status'], message: 'b' },
		];
		expect(describeIssues(file, source, issues).split('\n')).toEqual([
			`${file} → claim, line 1: a`,
			`${file} → status, line 2: b`,
		]);
	});
});

describe('ContentError', () => {
	it('carries its message and no stack trace', () => {
		const error = new ContentError('content/x.yaml → a: expected b');
		expect(error.message).toBe('content/x.yaml → a: expected b');
		expect(error.stack).toBe('');
		expect(error).toBeInstanceOf(ContentError);
		expect(new Error('x')).not.toBeInstanceOf(ContentError);
	});

	it('lists every problem it is given, one a line, each naming its file and field', () => {
		const problems = [
			{ file: 'content/claims/a.yaml', field: 'verdict', message: 'expected one of confirmed, …' },
			{ file: 'content/articles/b.md', field: 'body, line 4', message: 'unknown claim "x"' },
		];
		expect(new ContentError(problems).message).toBe(
			[
				'The content has 2 mistake(s):',
				'  - content/claims/a.yaml → verdict: expected one of confirmed, …',
				'  - content/articles/b.md → body, line 4: unknown claim "x"',
			].join('\n'),
		);
		expect(formatProblem(problems[0]!)).toBe('content/claims/a.yaml → verdict: expected one of confirmed, …');
	});
});

describe('bodyLineOffset', () => {
	it.each([
		['---\ntitle: x\n---\nText\n', 'Text\n', 3],
		['---\ntitle: x\n---\n\nText', 'Text', 4],
		['Text only', 'Text only', 0],
		['---\ntitle: x\n---\n', '', 0],
	])('%j → %i lines before the body', (source, body, expected) => {
		expect(bodyLineOffset(source, body)).toBe(expected);
	});
});
