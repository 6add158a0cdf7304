import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { processorOptions, remarkPlugins } from '../../src/markdown/plugins';
import { recordedProblems, type ClaimMarkerData } from '../../src/loading/marked-text';

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

/**
 * The Markdown side of the site's processor, as Astro builds it (`remark-parse`,
 * GFM, then the site's remark plugins, in order), run synchronously. The claim
 * markers and the plain text are recorded there, before any HTML is made, so
 * this reads them exactly as `render` does, for helpers that cannot wait on a
 * promise. `tests/markdown/reading.test.ts` holds the two to the same result.
 */
const remarkSide = unified()
	.use(remarkParse)
	.use(remarkGfm)
	.use(remarkPlugins as PluggableList)
	.freeze();

/**
 * What the site's Markdown plugins record about a text: its claim markers, its
 * blocks as plain text with the claim spans, and the problems found.
 *
 * @example readMarkdown('A :claim[b]{#x} c.').data.textBlocks[0].text // 'A b c.'
 */
export function readMarkdown(markdown: string, frontmatter: Record<string, unknown> = {}) {
	const file = new VFile({ value: markdown, data: { astro: { frontmatter } } });
	remarkSide.runSync(remarkSide.parse(file) as Root, file);
	const recorded = file.data.astro?.frontmatter ?? {};
	return { data: recorded as unknown as ClaimMarkerData, problems: recordedProblems(recorded) };
}
