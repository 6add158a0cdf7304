import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ASTRO_VERSION } from '../../../src/platform/astro-version';
import { projectRoot } from '../../helpers/astro';

/*
 * src/platform/ is the one door to Astro's internals (its header comments say
 * which, and the Astro they were checked against). These read the code as
 * TypeScript, comments left out, so that a comment may name what the code may
 * not use.
 */

/** Astro's internals by the names the code would reach them with. */
const internals = [
	/(?<![.\w])astro\/dist\//,
	/astro:data-layer-content/,
	/astroIncremental/,
	/data-store\.json/,
	/DataCollectionEntryParseError/,
	/globalContentLayer/,
];

/** The script of a source file: a `.astro` file's frontmatter, any other file whole. */
function scriptOf(path: string): string {
	const text = readFileSync(join(projectRoot, path), 'utf8');
	if (!path.endsWith('.astro')) return text;
	return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
}

/** The site's code: every script under src/, and the config. */
function codeFiles(): string[] {
	const src = readdirSync(join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(ts|mjs|astro)$/.test(file))
		.map((file) => `src/${file.split('\\').join('/')}`);
	return [...src, 'astro.config.mjs'];
}

function parse(code: string): ts.SourceFile {
	return ts.createSourceFile('code.ts', code, ts.ScriptTarget.Latest, true);
}

/** `code` without its comments. */
function withoutComments(code: string): string {
	return ts.createPrinter({ removeComments: true }).printFile(parse(code));
}

const fromAstroContent = (node: ts.Expression | undefined) =>
	node !== undefined && ts.isStringLiteral(node) && node.text === 'astro:content';

/**
 * Whether `code` can reach `render()` from `astro:content`: by name (renamed
 * or not), through a namespace import, a re-export or a dynamic import.
 */
function takesAstroRender(code: string): boolean {
	let found = false;
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node) && fromAstroContent(node.moduleSpecifier)) {
			const bindings = node.importClause?.namedBindings;
			if (bindings && ts.isNamespaceImport(bindings)) found = true;
			if (
				bindings &&
				ts.isNamedImports(bindings) &&
				bindings.elements.some((element) => (element.propertyName ?? element.name).text === 'render')
			)
				found = true;
		}
		if (ts.isExportDeclaration(node) && fromAstroContent(node.moduleSpecifier)) found = true;
		if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			fromAstroContent(node.arguments[0])
		)
			found = true;
		ts.forEachChild(node, visit);
	};
	visit(parse(code));
	return found;
}

describe('takesAstroRender', () => {
	it.each([
		["import { getCollection, render } from 'astro:content';", true],
		["import { render as show } from 'astro:content';", true],
		["import * as content from 'astro:content';", true],
		["export { render } from 'astro:content';", true],
		["const { render } = await import('astro:content');", true],
		["import { getCollection } from 'astro:content';", false],
		["import { render } from './render';", false],
		["// import { render } from 'astro:content';", false],
	])('%s → %s', (code, expected) => {
		expect(takesAstroRender(code)).toBe(expected);
	});
});

describe('the door to Astro’s internals', () => {
	const files = codeFiles();

	it('reads the site’s code', () => {
		expect(files).toContain('src/pages/articles/[id].astro');
		expect(files).toContain('src/platform/stored-rendering.ts');
	});

	it('is the only code that names Astro’s internals', () => {
		const outside = files
			.filter((file) => !file.startsWith('src/platform/'))
			.flatMap((file) => {
				const code = withoutComments(scriptOf(file));
				return internals.filter((name) => name.test(code)).map((name) => `${file}: ${name.source}`);
			});
		expect(outside).toEqual([]);
		const inside = files
			.filter((file) => file.startsWith('src/platform/'))
			.map((file) => withoutComments(scriptOf(file)));
		for (const name of internals)
			expect(
				inside.some((code) => name.test(code)),
				name.source,
			).toBe(true);
	});

	it('says in each file’s header the Astro it was written for', () => {
		const platform = files.filter((file) => file.startsWith('src/platform/'));
		expect(platform.length).toBeGreaterThan(1);
		for (const file of platform) {
			const header = /^\/\*[\s\S]*?\*\//.exec(scriptOf(file))?.[0] ?? '';
			expect(header, file).toContain(`Written for Astro ${ASTRO_VERSION}`);
		}
	});

	it('is the only way to an article’s HTML: no code takes render() from astro:content, which shows nothing', () => {
		expect(files.filter((file) => takesAstroRender(scriptOf(file)))).toEqual([]);
	});
});
