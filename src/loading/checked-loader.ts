import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { unparsedDataFile } from '../platform/loader-errors';
import { ContentError, describeIssues } from './content-error';

/**
 * Wraps a content loader so that every mistake in a file stops the build with
 * one message naming the file, the field (and its line) and what was
 * expected, instead of Astro's report with a stack trace:
 *
 * - data that does not match the schema, checked here before Astro checks it;
 * - YAML that does not parse, with the line the parser stopped at (Astro's
 *   report of it is read in src/platform/loader-errors.ts).
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
				const checked = await schema.safeParseAsync(props.data);
				if (!checked.success) {
					const file = props.filePath ? relative(root, props.filePath) : `${context.collection}/${props.id}`;
					const source = props.filePath ? readFileSync(props.filePath, 'utf8') : '';
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
	if (unparsed) {
		const line = unparsed.line ? `line ${unparsed.line}` : 'file';
		return new ContentError(
			`${relative(root, unparsed.file)} → ${line}: the YAML does not parse (${unparsed.reason}); expected valid YAML`,
		);
	}
	return error;
}
