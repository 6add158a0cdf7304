import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { unparsedDataFile, unparsedFrontmatter, type UnparsedDataFile } from '../platform/loader-errors';
import { ContentError, describeIssues } from './content-error';

/**
 * Wraps a content loader so that every mistake in a file stops the build with
 * one message naming the file, the field (and its line) and what was
 * expected, instead of Astro's report with a stack trace:
 *
 * - data that does not match the schema, checked here before Astro checks it;
 * - a file that is not UTF-8 text, which would otherwise be read with each
 *   stray byte turned into "�";
 * - YAML that does not parse, in a data file or in an article's frontmatter,
 *   with the line the parser stopped at (Astro's reports of it are read in
 *   src/platform/loader-errors.ts).
 *
 * Astro keeps each entry as last parsed and reparses only the files that
 * changed, so a change to the schema alone (a new field with a default) would
 * leave every other entry without it. The schema's shape is therefore kept
 * beside the entries, and a different shape empties the store first. The same
 * holds for whatever else decides an entry as stored: `codeDigest`, given the
 * project's root, sums it up (for articles, the Markdown plugins' code, which
 * renders them as they load), and a different digest empties the store too.
 */
export function checkedLoader(
	loader: Loader,
	schema: z.ZodType,
	codeDigest?: (root: string) => string,
): Loader {
	return {
		...loader,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const shape = [schemaDigest(schema), codeDigest?.(root)].filter(Boolean).join(' ');
			if (context.meta.get('schema') !== shape) {
				context.store.clear();
				context.meta.set('schema', shape);
			}
			const parseData: typeof context.parseData = async (props) => {
				const file = props.filePath ? relative(root, props.filePath) : `${context.collection}/${props.id}`;
				const bytes = props.filePath ? readFileSync(props.filePath) : undefined;
				const encoding = bytes && encodingProblem(file, bytes);
				if (encoding) throw new ContentError(encoding);
				const checked = await schema.safeParseAsync(props.data);
				if (!checked.success) {
					const source = bytes?.toString('utf8') ?? '';
					throw new ContentError(describeIssues(file, source, checked.error.issues, props.data));
				}
				return context.parseData(props);
			};
			try {
				await loader.load({ ...context, parseData });
			} catch (error) {
				throw explain(error, root);
			}
		},
	};
}

/**
 * The mistake, as the build reports it, when `bytes` (the content of `file`)
 * are not UTF-8 text: the first line with a byte that is not, and the byte.
 *
 * @example encodingProblem('content/sources/x.yaml', Buffer.from('a: caf\xe9', 'latin1'))
 * // 'content/sources/x.yaml → line 1: the file is not UTF-8 text (byte 0xE9); expected UTF-8, …'
 */
export function encodingProblem(file: string, bytes: Uint8Array): string | undefined {
	if (isUtf8(bytes)) return undefined;
	let line = 1;
	for (let i = 0; i < bytes.length;) {
		const byte = bytes[i]!;
		if (byte === 0x0a) line++;
		if (byte < 0x80) {
			i++;
			continue;
		}
		// A lead byte says how long its character is; anything else starts none.
		const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
		if (length === 1 || !isUtf8(bytes.subarray(i, i + length))) {
			const hex = byte.toString(16).toUpperCase();
			return `${file} → line ${line}: the file is not UTF-8 text (byte 0x${hex}); expected UTF-8, which every content file is read as (save it as UTF-8 in the editor)`;
		}
		i += length;
	}
	return `${file} → file: the file is not UTF-8 text; expected UTF-8, which every content file is read as`;
}

/** A digest of what a schema accepts and the defaults it fills in. */
export function schemaDigest(schema: z.ZodType): string {
	const shape = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' });
	return createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 16);
}

/** A content mistake as a `ContentError`, or the error unchanged when it is not one. */
function explain(error: unknown, root: string): unknown {
	if (error instanceof ContentError) return error;
	if (!(error instanceof Error)) return error;
	// Our id rules (./entry-id.ts) already word their message this way.
	if (/^content\/\S.* → /.test(error.message)) return new ContentError(error.message);
	const unparsed = unparsedDataFile(error);
	if (unparsed) return new ContentError(unparsedMessage(root, unparsed, 'the YAML', 'valid YAML'));
	const frontmatter = unparsedFrontmatter(error);
	if (frontmatter)
		return new ContentError(
			unparsedMessage(
				root,
				frontmatter,
				'the frontmatter',
				'valid YAML between a first line of --- and a closing line of ---',
			),
		);
	return error;
}

/** The one line a file that does not parse is reported in: the file, the line, the parser's words, what was expected. */
function unparsedMessage(root: string, unparsed: UnparsedDataFile, what: string, expected: string): string {
	const line = unparsed.line ? `line ${unparsed.line}` : 'file';
	return `${relative(root, unparsed.file)} → ${line}: ${what} does not parse (${unparsed.reason}); expected ${expected}`;
}
