import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { processorOptions } from '../../src/markdown/plugins';
import { recordedProblems } from '../../src/markdown/problems';
import type { ClaimMarkerData } from '../../src/markdown/remark-claim-markers';

/**
 * Renders Markdown with the site's own processor: Astro's unified pipeline plus
 * our plugins. `frontmatter` reaches the plugins on `file.data.astro.frontmatter`,
 * as Astro hands it over when it renders an article.
 */
export async function render(markdown: string, frontmatter: Record<string, unknown> = {}) {
	const processor = await createMarkdownProcessor(processorOptions);
	const { code, metadata } = await processor.render(markdown, { frontmatter });
	return {
		html: code,
		data: metadata.frontmatter as ClaimMarkerData,
		problems: recordedProblems(metadata.frontmatter),
	};
}
