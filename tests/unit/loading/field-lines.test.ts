import { describe, expect, it } from 'vitest';
import { fieldPath, withFieldLines } from '../../../src/loading/field-lines';

const files: Record<string, string> = {
	'content/claims/x.yaml': [
		'claim: A claim.',
		'verdict: confirmed',
		'byVersion:',
		'- article: a',
		'  citation: no-citation',
		'  wording:',
		'    judged: [faithful]',
		'    words: Some words',
	].join('\n'),
	'content/articles/a.md': ['---', 'title: T', 'references:', '  - source: s1', '---', '', 'Body.'].join(
		'\n',
	),
	'content/claims/broken.yaml': 'claim: [unclosed',
};
const read = (file: string) => {
	const text = files[file];
	if (text === undefined) throw new Error('no such file');
	return text;
};
const problem = (file: string, field: string) => ({ file, field, message: 'expected something' });

describe('withFieldLines', () => {
	it.each([
		['a top-level field', problem('content/claims/x.yaml', 'verdict'), 'verdict, line 2'],
		[
			'a field deep in a list',
			problem('content/claims/x.yaml', 'byVersion[0].wording.words'),
			'byVersion[0].wording.words, line 8',
		],
		['an item of a list', problem('content/claims/x.yaml', 'byVersion[0]'), 'byVersion[0], line 4'],
		[
			'a field of an article’s frontmatter',
			problem('content/articles/a.md', 'references[0].source'),
			'references[0].source, line 4',
		],
		[
			'a field that is not there, at the nearest one around it',
			problem('content/claims/x.yaml', 'byVersion[0].note'),
			'byVersion[0].note, line 4',
		],
		['a top-level field that is not there', problem('content/claims/x.yaml', 'searches'), 'searches'],
		['a body line, already placed', problem('content/articles/a.md', 'body, line 7'), 'body, line 7'],
		['a file that does not parse', problem('content/claims/broken.yaml', 'claim'), 'claim'],
		['a file that cannot be read', problem('content/claims/gone.yaml', 'id'), 'id'],
		['a field already given a line', problem('content/claims/x.yaml', 'verdict, line 2'), 'verdict, line 2'],
	])('%s', (_, given, field) => {
		expect(withFieldLines([given], read)[0]!.field).toBe(field);
	});

	it('reads a field name as a path', () => {
		expect(fieldPath('byVersion[1].wording.words')).toEqual(['byVersion', 1, 'wording', 'words']);
	});
});
