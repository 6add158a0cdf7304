import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentFolders } from './content-folders';
import { shardContent, shardFromEnv, type ShardContent, type ShardInputs } from './shards';

/**
 * What decides the shards, read from the content's files under `root`: each
 * article's `story` and sources (its frontmatter alone), each claim's versions,
 * sources and evidence, and the evidence each story's timeline names. Nothing
 * is checked here: a file that does not parse counts as naming nothing, shard 1
 * reads it like every file, and its content checks report it.
 */
export function readShardInputs(root: string): ShardInputs {
	return {
		articles: filesOf(root, 'articles').map(({ id, text }) => {
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
			const data = recordOf(frontmatter ?? '');
			const references: unknown[] = Array.isArray(data?.references) ? data.references : [];
			return {
				id,
				story: typeof data?.story === 'string' ? data.story : undefined,
				provenance: typeof data?.provenance === 'string' ? data.provenance : undefined,
				sources: references.flatMap((reference: any) =>
					typeof reference?.source === 'string' ? [reference.source] : [],
				),
			};
		}),
		claims: filesOf(root, 'claims').map(({ id, text }) => {
			const record = recordOf(text);
			const byVersion = listOf(record?.byVersion);
			return {
				id,
				articles: byVersion.flatMap((entry) => textsOf([entry?.article])),
				sources: byVersion.flatMap((entry) => textsOf(listOf(entry?.sources))),
				evidence: listOf(record?.evidence).flatMap((link) => textsOf([link?.item])),
			};
		}),
		stories: filesOf(root, 'stories').map(({ id, text }) => ({
			id,
			evidence: listOf(recordOf(text)?.timeline).flatMap((event) => textsOf(listOf(event?.evidence))),
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

/** Each file a collection reads, by the id its loader gives it (its name without the ending). */
function filesOf(
	root: string,
	folder: 'articles' | 'claims' | 'stories',
): { id: string; file: string; text: string }[] {
	const dir = join(root, 'content', folder);
	if (!existsSync(dir)) return [];
	const endings: readonly string[] = contentFolders[folder];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && endings.some((ending) => entry.name.endsWith(ending)))
		.map((entry) => ({
			id: entry.name.replace(/\.[^./]+$/, ''),
			file: entry.name,
			text: readFileSync(join(dir, entry.name), 'utf8'),
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
