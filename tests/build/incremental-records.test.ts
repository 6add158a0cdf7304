import { describe, expect, it } from 'vitest';
import { incrementalSite } from '../helpers/incremental';

/* A rebuild after an edited record and after edited plugin code; tests/helpers/incremental.ts says how each is checked. */

const { rebuildAfter, expectSameSite } = incrementalSite();

describe('a rebuild after an edit', () => {
	it('renders again the pages that show an edited record', () => {
		const result = rebuildAfter({
			'content/sources/gazette-crane.yaml': (text) =>
				text.replace('title: Port takes delivery of its new crane', 'title: A corrected title'),
		});
		expectSameSite(result);
		expect(result.rendered).toContain('/sources/gazette-crane/index.html');
		expect(result.rendered).toContain('/articles/lighthouse-note/index.html');
	});

	it('renders again, from the new code, the articles a changed Markdown plugin renders differently', () => {
		// A change to a plugin's code alone: the content, the config and the pages' code stay as they were.
		const result = rebuildAfter({
			'src/markdown/remark-typography.ts': (text) =>
				text.replace(
					'const text = value.replace(',
					"const text = value.replaceAll('grey morning', 'grey dawn').replace(",
				),
		});
		expectSameSite(result);
		const article = result.incremental.get('articles/first-report/index.html')!;
		expect(article).toContain('grey dawn');
		expect(article).not.toContain('grey morning');
		expect(result.rendered).toContain('/articles/first-report/index.html');
	});
});
