import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { projectRoot } from './astro';

/**
 * The content read straight from the files, independently of the site's own
 * code, so the built pages can be checked against it.
 */
export function contentIds(collection: string): string[] {
	return readdirSync(join(projectRoot, 'content', collection)).map((file) => file.replace(/\.[^.]+$/, ''));
}

export function readData(collection: string, id: string): Record<string, any> {
	const dir = join(projectRoot, 'content', collection);
	const file = readdirSync(dir).find((name) => name.replace(/\.[^.]+$/, '') === id)!;
	return yaml.load(readFileSync(join(dir, file), 'utf8')) as Record<string, any>;
}

export function readArticle(id: string): { data: Record<string, any>; body: string; markedClaims: string[] } {
	const source = readFileSync(join(projectRoot, 'content/articles', `${id}.md`), 'utf8');
	const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
	const markedClaims = [...body.matchAll(/:claim\[[^\]]*\]\{#([^}\s]+)\}/g)].map((match) => match[1]!);
	return { data: yaml.load(frontmatter) as Record<string, any>, body, markedClaims };
}
