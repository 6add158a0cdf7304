import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import type { ArticleEntry, ContentSet, Entry } from '../../src/loading/content-set.ts';
import { bodyLineOffset } from '../../src/loading/content-error.ts';
import { processorOptions } from '../../src/markdown/plugins.ts';
import { recordedProblems, type ClaimMarkerData } from '../../src/loading/marked-text.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import type { Claim } from '../../src/schemas/claim.ts';

/**
 * The articles and claims of a content folder as the site reads them, for the
 * command-line tools: each article through the site's own Markdown pipeline
 * (the same plugin lists `astro.config.mjs` uses), so the sentences, markers
 * and lines are the ones the build checks.
 */
export async function readArticlesAndClaims(root: string): Promise<Pick<ContentSet, 'articles' | 'claims'>> {
	const processor = await createMarkdownProcessor(processorOptions);
	const folder = (name: string) =>
		readdirSync(join(root, 'content', name))
			.filter((file) => !file.startsWith('.'))
			.sort();
	const articles: ArticleEntry[] = [];
	for (const file of folder('articles').filter((name) => name.endsWith('.md'))) {
		const filePath = `content/articles/${file}`;
		const source = readFileSync(join(root, filePath), 'utf8')
			.replace(/^\uFEFF/, '')
			.replace(/\r\n/g, '\n');
		const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source) ?? [];
		const raw = (yaml.load(frontmatter) ?? {}) as Record<string, unknown>;
		const parsed = articleSchema.safeParse(raw);
		const data = parsed.success ? parsed.data : ({ headlineClaims: {}, notClaims: [], ...raw } as never);
		const { metadata } = await processor.render(body, { frontmatter: raw });
		const recorded = metadata.frontmatter as Partial<ClaimMarkerData>;
		const offset = bodyLineOffset(source, body);
		const inFile = <T extends { line: number | undefined }>(item: T): T => ({
			...item,
			line: item.line === undefined ? undefined : item.line + offset,
		});
		articles.push({
			id: file.replace(/\.md$/, ''),
			filePath,
			data,
			body,
			markers: (recorded.claimMarkers ?? []).map(inFile),
			textBlocks: (recorded.textBlocks ?? []).map(inFile),
			markdownProblems: recordedProblems(metadata.frontmatter).map(inFile),
			renderFailed: false,
		});
	}
	const claims: Entry<Claim>[] = folder('claims')
		.filter((name) => /\.ya?ml$/.test(name))
		.map((file) => ({
			id: file.replace(/\.ya?ml$/, ''),
			filePath: `content/claims/${file}`,
			data: yaml.load(readFileSync(join(root, 'content/claims', file), 'utf8')) as Claim,
		}));
	return { articles, claims };
}
