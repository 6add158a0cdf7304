import { readFileSync } from 'node:fs';

/** A Content-Security-Policy's directives by name, e.g. `script-src` → `["'self'", "'sha256-…'"]`. */
export function parsePolicy(content: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of content.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), values);
	}
	return directives;
}

/**
 * The rules of a `_headers` file as Netlify and Cloudflare Pages read it: a
 * path pattern on a line of its own, then its headers indented below it, one
 * `Name: value` a line; `#` starts a comment. Header names are lower-cased.
 *
 * @example parseHostHeaders('/*\n  X-Content-Type-Options: nosniff\n')
 * // Map { '/*' => Map { 'x-content-type-options' => 'nosniff' } }
 */
export function parseHostHeaders(text: string): Map<string, Map<string, string>> {
	const rules = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const [index, line] of text.split('\n').entries()) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.set(line.trim(), (current = new Map()));
			continue;
		}
		const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
		if (!current || !header)
			throw new Error(`_headers, line ${index + 1}: expected "Name: value" under a path`);
		current.set(header[1]!.toLowerCase(), header[2]!.trim());
	}
	return rules;
}

/** The rules of the `_headers` file at `file`. */
export const readHostHeaders = (file: string) => parseHostHeaders(readFileSync(file, 'utf8'));
