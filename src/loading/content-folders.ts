import type { ContentProblem } from './content-error';

/** Each collection's folder under `content/`, and the endings of the files it reads. */
export const contentFolders = {
	articles: ['.md'],
	claims: ['.yaml', '.yml'],
	evidence: ['.yaml', '.yml'],
	sources: ['.yaml', '.yml'],
	stories: ['.yaml', '.yml'],
	topics: ['.yaml', '.yml'],
} as const satisfies Record<string, readonly string[]>;

/** The glob pattern of a folder's files, such as `*.{yaml,yml}`. */
export function filePattern(endings: readonly string[]): string {
	const bare = endings.map((ending) => ending.slice(1));
	return bare.length === 1 ? `*.${bare[0]}` : `*.{${bare.join(',')}}`;
}

/**
 * Glob patterns that match exactly the files named (names in one folder):
 * `{a.md,b.md}`, with what a glob would read as a pattern escaped. Astro's
 * glob loader matches each file against each pattern, so a shard's thousands
 * of files as a pattern each took minutes; a few braces of many names take
 * under a second. A pattern stays under `budget` characters: picomatch
 * refuses one over 65,536. No name, no pattern.
 *
 * @example namePatterns(['a.md', 'b.md']) // ['{a.md,b.md}']
 */
export function namePatterns(names: string[], budget = 60_000): string[] {
	const groups: string[][] = [];
	// The length of the last group's pattern so far: its braces and each name with a comma.
	let length = Infinity;
	for (const name of names.map((name) => name.replace(/[\\*?[\]{}()!@+,|^$]/g, '\\$&'))) {
		if (length + name.length + 1 > budget) {
			groups.push([]);
			length = 2;
		}
		groups.at(-1)!.push(name);
		length += name.length + 1;
	}
	return groups.map((group) => (group.length === 1 ? group[0]! : `{${group.join(',')}}`));
}

/**
 * The files under `content/` that no collection reads: outside every
 * collection's folder, in a subfolder of one, or with another ending. The
 * loaders would pass over them without a word, and the entry they were meant
 * to be would be missing from the site. Hidden files (`.DS_Store`) are left alone.
 *
 * @example unreadFiles(['content/claims/x.json']) // [{ file: 'content/claims/x.json', field: 'file name', … }]
 */
export function unreadFiles(files: string[]): ContentProblem[] {
	const folders = Object.keys(contentFolders);
	const problems: ContentProblem[] = [];
	for (const file of files) {
		const [, folder = '', ...rest] = file.split('/');
		const name = rest.at(-1) ?? folder;
		if (name.startsWith('.')) continue;
		const endings: readonly string[] | undefined = contentFolders[folder as keyof typeof contentFolders];
		if (rest.length === 0) {
			problems.push({
				file,
				field: 'folder',
				message: `files directly in content/ are not read; expected the file in one of ${folders.map((f) => `content/${f}/`).join(', ')}`,
			});
		} else if (!endings) {
			problems.push({
				file,
				field: 'folder',
				message: `"${folder}" is not a collection, so its files are not read; expected one of ${folders.join(', ')}`,
			});
		} else if (rest.length > 1) {
			problems.push({
				file,
				field: 'folder',
				message: `subfolders are not read; expected the file directly in content/${folder}/`,
			});
		} else if (!endings.some((ending) => name.endsWith(ending))) {
			problems.push({
				file,
				field: 'file name',
				message: `content/${folder}/ reads only files ending ${endings.join(' or ')}; expected "${name}" to end so`,
			});
		}
	}
	return problems;
}
