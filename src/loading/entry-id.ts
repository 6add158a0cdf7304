import { idPattern } from '../schemas/id';

/**
 * Makes the `generateId` of a content folder: an entry's id is its file name
 * without the extension, which must already be a valid id, and no two files
 * may share one (`claim.yaml` and `claim.yml`). Astro itself would quietly let
 * the second file replace the first.
 *
 * `exists` tells whether a file named earlier is still there, so a file
 * renamed while the dev server runs is not taken for a duplicate.
 */
export function fileIds(folder: string, exists: (entry: string) => boolean) {
	const seen = new Map<string, string>();
	return function generateId({ entry }: { entry: string }): string {
		const id = entry.replace(/\.[^./]+$/, '');
		if (!idPattern.test(id)) {
			throw new Error(
				`content/${folder}/${entry} → file name: "${id}" is not a valid id; expected lower-case words joined by hyphens, such as "shoigu-1000-pioneers"`,
			);
		}
		const other = seen.get(id);
		if (other !== undefined && other !== entry && exists(other)) {
			throw new Error(
				`content/${folder}/${entry} → file name: the id "${id}" is already used by content/${folder}/${other}; expected each id once`,
			);
		}
		seen.set(id, entry);
		return id;
	};
}
