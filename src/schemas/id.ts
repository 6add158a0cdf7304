import { z } from 'astro/zod';

/**
 * An entry id: the file name without its extension, in lower-case kebab-case.
 * Cross-collection ids are plain strings checked by `src/record/integrity.ts`, not
 * Astro's `reference()`, because a dangling `reference()` is only logged and
 * the build would still succeed.
 *
 * @example idSchema('claims').parse('shoigu-1000-deminers')
 */
export const idPattern = /^[\p{Ll}\p{Lo}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u;

export function idSchema(collection: string) {
	return z
		.string()
		.regex(idPattern, {
			message: `expected the id of an entry in content/${collection}/ (lower-case words joined by hyphens)`,
		})
		.describe(`Id of an entry in content/${collection}/ (its file name without extension)`);
}

/** A list of ids with no repeats. */
export function idListSchema(collection: string, { min = 0 }: { min?: number } = {}) {
	return z
		.array(idSchema(collection))
		.min(min, { message: `expected at least ${min} id(s) of entries in content/${collection}/` })
		.refine((ids) => new Set(ids).size === ids.length, {
			message: `expected each id of content/${collection}/ at most once`,
		});
}
