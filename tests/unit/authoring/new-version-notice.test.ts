import { describe, expect, it } from 'vitest';
import { newVersionNotice } from '../../../src/authoring/new-version-notice';
import { validContent } from '../fixtures';

describe('newVersionNotice', () => {
	it('lists, for a version not yet published, every published claim it marks', () => {
		const content = validContent();
		const notice = newVersionNotice(content, (file) => file !== 'content/articles/b.md');
		expect(notice).toEqual([
			'content/articles/b.md is new and marks 1 claim(s) published before it; read each again (its rationale, wording judgements and citations were written without this version): content/claims/y.yaml',
		]);
	});

	it('says nothing when every version was published, or the claims are as new as the version', () => {
		const content = validContent();
		expect(newVersionNotice(content, () => true)).toEqual([]);
		expect(newVersionNotice(content, () => false)).toEqual([]);
	});
});
