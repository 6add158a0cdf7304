import { describe, expect, it } from 'vitest';
import { versionProseProblems } from '../../../src/record/version-prose';
import { validContent } from '../fixtures';

describe('versionProseProblems: prose that counts or names the versions', () => {
	const withProse = (assertedBy: string, rationale = 'Because.') => {
		const content = validContent();
		content.claims[0]!.data.assertedBy = assertedBy;
		content.claims[0]!.data.rationale = rationale;
		return versionProseProblems(content).map(({ field, message }) => `${field}: ${message.split('”')[0]}”`);
	};

	it.each<[string, string, string, string[]]>([
		['both versions', 'Both versions.', 'Because.', ['assertedBy: “Both versions”']],
		['neither', 'The versions; neither names a source.', 'Because.', ['assertedBy: “neither names”']],
		[
			'the two standfirsts',
			'The versions.',
			'As the two standfirsts put it.',
			['rationale: “the two standfirsts”'],
		],
		['a version’s name', 'The version a, in its own voice.', 'Because.', ['assertedBy: “The version a”']],
		[
			'a version’s name in brackets',
			'The versions: “may” (version b).',
			'Because.',
			['assertedBy: “version b”'],
		],
		['a version named in a rationale is allowed', 'NHK', 'The version a says so.', []],
		['“neither” that does not count the versions', 'NHK', 'Neither the notice nor the report says so.', []],
		['words that neither count nor name', 'The versions themselves.', 'NHK reported it.', []],
	])('%s', (_, assertedBy, rationale, expected) => {
		expect(withProse(assertedBy, rationale)).toEqual(expected);
	});
});
