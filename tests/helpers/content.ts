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

/**
 * The whole content as a `ContentSet`, read from the files with js-yaml and a
 * regular expression for the markers, for running the pure analysis on the
 * real content without a build.
 */
export function readContentSet(): import('../../src/lib/content-set').ContentSet {
	const entries = (collection: string) =>
		contentIds(collection).map((id) => ({
			id,
			filePath: `content/${collection}/${id}.yaml`,
			data: { corrections: [], ...readData(collection, id) } as any,
		}));
	return {
		articles: contentIds('articles').map((id) => {
			const { data, body, markedClaims } = readArticle(id);
			const numbers = new Map<string, number>();
			const seen = new Map<string, number>();
			const markers = markedClaims.map((claimId) => {
				if (!numbers.has(claimId)) numbers.set(claimId, numbers.size + 1);
				seen.set(claimId, (seen.get(claimId) ?? 0) + 1);
				return {
					claimId,
					number: numbers.get(claimId)!,
					passageId: `passage-${claimId}-${seen.get(claimId)}`,
					text: claimId,
					line: undefined,
				};
			});
			const withDefaults = { tags: [], referencesHeading: 'References', corrections: [], ...data } as any;
			return {
				id,
				filePath: `content/articles/${id}.md`,
				data: withDefaults,
				body,
				markers,
				markdownProblems: [],
				renderFailed: false,
			};
		}),
		claims: entries('claims'),
		sources: entries('sources'),
		stories: entries('stories'),
		topics: entries('topics'),
	};
}
