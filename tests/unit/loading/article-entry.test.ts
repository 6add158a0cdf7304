import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownBody } from '../../../src/loading/article-entry';
import { recordedFields, recordedOnly } from '../../../src/loading/marked-text';

describe('markdownBody', () => {
	it.each([
		['a fenced frontmatter', '---\ntitle: T\n---\n\nFirst paragraph.\n\nSecond.\n'],
		['no frontmatter', '\nJust text.\n'],
		['a rule later in the text', '---\ntitle: T\n---\nAbove.\n\n---\n\nBelow.\n'],
		['blank lines before the fence', '\n\n---\ntitle: T\n---\nText.'],
		['a byte-order mark', '\uFEFF---\ntitle: T\n---\nText.'],
		['Windows line endings', '---\r\ntitle: T\r\n---\r\nText.\r\n'],
		['TOML', '+++\ntitle = "T"\n+++\nText.'],
		['only a frontmatter', '---\ntitle: T\n---\n'],
	])('is the body Astro’s loader reads from %s', (_, source) => {
		// What Astro's Markdown entry type gives the glob loader as the body.
		const astro = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content.trim();
		expect(markdownBody(source)).toBe(astro);
	});

	it('keeps the text after the frontmatter', () => {
		expect(markdownBody('---\ntitle: T\n---\n\nA :claim[marked]{#c} passage.\n')).toBe(
			'A :claim[marked]{#c} passage.',
		);
	});
});

describe('recordedOnly', () => {
	it('keeps what the Markdown plugins recorded and drops the frontmatter as parsed', () => {
		const recorded = { claimMarkers: [{ claimId: 'c' }], textBlocks: [], markdownProblems: [] };
		expect(recordedOnly({ title: 'T', notClaims: [{ text: 'x' }], ...recorded })).toEqual(recorded);
		expect(Object.keys(recorded)).toEqual([...recordedFields]);
	});

	it('adds nothing the plugins did not record', () => {
		expect(recordedOnly({ title: 'T' })).toEqual({});
	});
});
