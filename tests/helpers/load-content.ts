import { withFieldLines } from '../../src/loading/field-lines';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import yaml from 'js-yaml';
import { contentFolders } from '../../src/loading/content-folders';
import { contentLoader, contentSchemas } from '../../src/loading/content-loader';
import { contentProblems } from '../../src/record/content-problems';
import { ContentError } from '../../src/loading/content-error';
import { articleFromStore } from '../../src/loading/stored-article';
import type { Article } from '../../src/schemas/article';
import type { ContentSet, Entry } from '../../src/loading/content-set';
import { processorOptions } from '../../src/markdown/plugins';

/*
 * Loads a project's content/ in the test process the way a build does, short
 * of Astro itself: each folder through the site's own loader
 * (`src/loading/content-loader.ts`: Astro's glob loader, our ids and schema checks),
 * YAML read with js-yaml and articles rendered by the site's Markdown
 * processor as Astro hands them over, then the checks the build runs on the
 * whole (`src/record/content-problems.ts`). A content mistake gives the message
 * a build would stop with, in milliseconds instead of a build.
 */

interface Stored {
	id: string;
	data: any;
	body?: string;
	filePath?: string;
	digest?: string;
	rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** The entry types Astro registers for `.yaml`, `.yml` and `.md`, read as it reads them. */
function entryTypes(): Map<string, unknown> {
	const data = {
		getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => ({
			data: yaml.load(contents, { filename: fileURLToPath(fileUrl) }),
			rawData: contents,
		}),
	};
	const markdown = {
		getEntryInfo: ({ contents }: { contents: string }) => {
			const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
			return { data: parsed.frontmatter, body: parsed.content.trim(), rawData: parsed.rawFrontmatter };
		},
		getRenderFunction: async () => {
			const processor = await createMarkdownProcessor(processorOptions);
			return async (entry: { body?: string; data: Record<string, unknown>; filePath?: string }) => {
				const result = await processor.render(entry.body ?? '', {
					frontmatter: entry.data,
					fileURL: entry.filePath ? pathToFileURL(entry.filePath) : undefined,
				});
				return { html: result.code, metadata: result.metadata };
			};
		},
	};
	return new Map<string, any>([
		['.yaml', data],
		['.yml', data],
		['.md', markdown],
	]);
}

/** Runs one folder's loader over `root/content/<folder>/`; returns what it stored, or throws what it threw. */
export async function loadFolder(root: string, folder: keyof typeof contentFolders): Promise<Stored[]> {
	const store = new Map<string, Stored>();
	const meta = new Map<string, string>();
	const logged: string[] = [];
	const log = (message: string) => logged.push(message);
	const context = {
		collection: folder,
		config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
		logger: { info: log, warn: log, error: log, debug: log, label: folder },
		meta,
		store: {
			keys: () => [...store.keys()],
			get: (id: string) => store.get(id),
			set: (entry: Stored) => (store.set(entry.id, entry), true),
			delete: (id: string) => store.delete(id),
			clear: () => store.clear(),
			has: (id: string) => store.has(id),
			entries: () => [...store.entries()],
			values: () => [...store.values()],
			addModuleImport: () => {},
			addAssetImports: () => {},
		},
		parseData: async ({ data }: { data: unknown }) => contentSchemas[folder].parseAsync(data),
		generateDigest: (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16),
		entryTypes: entryTypes(),
	} as unknown as LoaderContext;
	await contentLoader(folder).load(context);
	return [...store.values()];
}

/** Every file under `root/content/`, as a path from `root` with forward slashes. */
function contentFiles(root: string): string[] {
	return readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The content under `root/content/` as the build reads it. Throws a loader's mistake, as a build stops with it. */
export async function loadContent(root: string): Promise<ContentSet> {
	const plain = ({ id, filePath, data }: Stored): Entry<any> => ({ id, filePath: filePath!, data });
	const [articles, claims, evidence, sources, stories, topics] = await Promise.all(
		(['articles', 'claims', 'evidence', 'sources', 'stories', 'topics'] as const).map((folder) =>
			loadFolder(root, folder),
		),
	);
	return {
		articles: articles!.map((entry) =>
			articleFromStore(
				entry as Stored & { data: Article },
				entry.filePath!,
				readFileSync(join(root, entry.filePath!), 'utf8'),
			),
		),
		claims: claims!.map(plain),
		evidence: evidence!.map(plain),
		sources: sources!.map(plain),
		stories: stories!.map(plain),
		topics: topics!.map(plain),
	};
}

/**
 * What a build of the content under `root/content/` would stop with: a
 * loader's message, or the list of the mistakes found across the content, or
 * '' when it holds. (Verdict changes against the git history are not checked here.)
 */
export async function contentMistakes(root: string): Promise<string> {
	let content: ContentSet;
	try {
		content = await loadContent(root);
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
	const problems = contentProblems(contentFiles(root), content);
	// As the build gives them (src/data/site.ts): each field with its line.
	const placed = withFieldLines(problems, (file) => readFileSync(join(root, file), 'utf8'));
	return problems.length > 0 ? new ContentError(placed).message : '';
}
