import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { contentFolders } from './content-folders';
import { shardContent, shardFromEnv, type ShardContent, type ShardInputs } from './shards';

/**
 * What decides the shards, read from the content's files under `root`: each
 * article's `story` and sources (its frontmatter alone), each claim's versions,
 * sources and evidence, and the evidence each story's timeline names. Nothing
 * is checked here: a file that does not parse counts as naming nothing, shard 1
 * reads it like every file, and its content checks report it.
 *
 * One build asks for them several times (the articles' and the claims' loaders,
 * then the pages), so they are read again only when a file was added, removed
 * or changed since the last time this process read them (`astro dev` reloads
 * the content after an edit).
 */
export function readShardInputs(root: string): ShardInputs {
	const files = {
		articles: filesOf(root, 'articles'),
		claims: filesOf(root, 'claims'),
		stories: filesOf(root, 'stories'),
	};
	const key = resolve(root);
	const stamp = stampOf(Object.values(files).flat());
	const before = readBefore.get(key);
	if (before?.stamp === stamp) return before.inputs;
	const inputs = parseInputs(files);
	readBefore.set(key, { stamp, inputs });
	return inputs;
}

/**
 * The inputs this process read last, by root (resolved: the loaders name it
 * with a slash at the end, the pages without), with the stamp of the files they
 * came from. It lives on `globalThis`: Astro runs the loaders and the pages as
 * separate instances of this module.
 */
const readBefore: Map<string, { stamp: string; inputs: ShardInputs }> = ((globalThis as any)[
	Symbol.for('shard-inputs.readBefore')
] ??= new Map());

/** A digest of the files' paths, sizes and modification times: it changes when any of them does. */
function stampOf(files: ContentFile[]): string {
	const hash = createHash('sha256');
	for (const { path } of files) {
		const { size, mtimeMs } = statSync(path);
		hash.update(`${path}\0${size}\0${mtimeMs}\n`);
	}
	return hash.digest('hex');
}

function parseInputs(files: Record<'articles' | 'claims' | 'stories', ContentFile[]>): ShardInputs {
	return {
		articles: files.articles.map(({ id, path }) => {
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1];
			const data = recordOf(frontmatter ?? '');
			return {
				id,
				story: typeof data?.story === 'string' ? data.story : undefined,
				provenance: typeof data?.provenance === 'string' ? data.provenance : undefined,
				sources: listOf(data?.references).flatMap((reference) => textsOf([reference?.source])),
			};
		}),
		claims: files.claims.map(({ id, path }) => {
			const record = recordOf(readFileSync(path, 'utf8'));
			const byVersion = listOf(record?.byVersion);
			return {
				id,
				articles: byVersion.flatMap((entry) => textsOf([entry?.article])),
				sources: byVersion.flatMap((entry) => textsOf(listOf(entry?.sources))),
				evidence: listOf(record?.evidence).flatMap((link) => textsOf([link?.item])),
			};
		}),
		stories: files.stories.map(({ id, path }) => ({
			id,
			evidence: listOf(recordOf(readFileSync(path, 'utf8'))?.timeline).flatMap((event) =>
				textsOf(listOf(event?.evidence)),
			),
		})),
	};
}

/** `value` when it is a list, else an empty one. */
function listOf(value: unknown): any[] {
	return Array.isArray(value) ? value : [];
}

/** The strings among `values`. */
function textsOf(values: unknown[]): string[] {
	return values.filter((value): value is string => typeof value === 'string');
}

/** The shard this build makes (`SHARDS`, `SHARD`) and what it reads, or undefined for a whole build. */
export function buildShard(
	root: string,
	env = process.env,
): ({ index: number; count: number; inputs: ShardInputs } & ShardContent) | undefined {
	const shard = shardFromEnv(env);
	if (!shard) return undefined;
	const inputs = readShardInputs(root);
	return { ...shard, inputs, ...shardContent(inputs, shard) };
}

/** The names of the files in `content/<folder>/` whose ids are in `ids`, as the loader's glob pattern takes them. */
export function shardFiles(root: string, folder: 'articles' | 'claims', ids: Set<string>): string[] {
	return filesOf(root, folder)
		.filter(({ id }) => ids.has(id))
		.map(({ file }) => file);
}

/** A file a collection reads: the id its loader gives it (its name without the ending), its name and its path. */
interface ContentFile {
	id: string;
	file: string;
	path: string;
}

/** Each file a collection reads. */
function filesOf(root: string, folder: 'articles' | 'claims' | 'stories'): ContentFile[] {
	const dir = join(root, 'content', folder);
	if (!existsSync(dir)) return [];
	const endings: readonly string[] = contentFolders[folder];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && endings.some((ending) => entry.name.endsWith(ending)))
		.map((entry) => ({
			id: entry.name.replace(/\.[^./]+$/, ''),
			file: entry.name,
			path: join(dir, entry.name),
		}));
}

function recordOf(text: string): Record<string, any> | undefined {
	try {
		const value = parse(text);
		return value && typeof value === 'object' ? value : undefined;
	} catch {
		return undefined;
	}
}
