import yaml from 'js-yaml';
import { contentSchemas as schemas } from '../../src/loading/content-loader.ts';

/**
 * Checks every generated file against the site's current schemas, so a
 * schema change that the generator has not followed stops the bench at once
 * (instead of timing a build that fails, or one that builds something else).
 * Returns one `file → field: message` line per mistake.
 */
export function validateCorpus(files: Map<string, string>): string[] {
	const problems: string[] = [];
	for (const [path, text] of files) {
		const collection = /^content\/([^/]+)\//.exec(path)?.[1] as keyof typeof schemas | undefined;
		const schema = collection && schemas[collection];
		if (!schema) {
			problems.push(`${path}: no schema for this folder`);
			continue;
		}
		const source = path.endsWith('.md') ? (/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') : text;
		const result = schema.safeParse(yaml.load(source));
		if (!result.success) {
			for (const issue of result.error.issues) {
				problems.push(`${path} → ${issue.path.join('.') || '(file)'}: ${issue.message}`);
			}
		}
	}
	return problems;
}
