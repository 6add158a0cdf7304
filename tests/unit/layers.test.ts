import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';

/*
 * The layers of src/ (.dependency-cruiser.cjs): no module imports from a layer
 * above its own, and no modules import each other in a circle.
 */

const depcruise = join(projectRoot, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

function cruise(cwd: string) {
	const result = spawnSync(
		process.execPath,
		[depcruise, 'src', '--config', join(projectRoot, '.dependency-cruiser.cjs'), '--output-type', 'err'],
		{ cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } },
	);
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const scratch = mkdtempSync(join(tmpdir(), 'layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A tiny source tree in a folder of its own, checked with the project's rules. */
function tree(files: Record<string, string>): string {
	const dir = mkdtempSync(join(scratch, 'tree-'));
	writeFileSync(
		join(dir, 'tsconfig.json'),
		JSON.stringify({ compilerOptions: { moduleResolution: 'bundler' } }),
	);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

describe('the layers of src/', { timeout: 30_000 }, () => {
	it('are kept: nothing imports upward or in a circle', () => {
		const { status, output } = cruise(projectRoot);
		expect(status, output).toBe(0);
		expect(output).toMatch(/no dependency violations found \((\d{3,}) modules/);
	});

	it('refuse an upward import, a circle and a folder in no layer, naming the files', () => {
		const dir = tree({
			'src/record/rules.ts': "import { audit } from '../compare/audit';\nexport const rules = audit;\n",
			'src/compare/audit.ts': 'export const audit = 1;\n',
			'src/record/a.ts': "import { b } from './b';\nexport const a = b;\n",
			'src/record/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
			'src/helpers/c.ts': "import { b } from '../record/b';\nexport const c = b;\n",
		});
		const { status, output } = cruise(dir);
		expect(status).not.toBe(0);
		expect(output).toMatch(/layer-\d+-imports-upward: src\/record\/rules\.ts → src\/compare\/audit\.ts/);
		expect(output).toMatch(/no-circular: src\/record\/(a|b)\.ts/);
		expect(output).toMatch(/unlayered: src\/helpers\/c\.ts/);
	});
});

/*
 * dependency-cruiser does not read .astro files, so their imports are read
 * here: components render what they are given, and read none of the build's
 * data (src/data/) themselves; only pages and layouts do.
 */

/** Every .astro file under src/, relative to the project, with the files its frontmatter imports. */
function astroImports(): { file: string; imports: string[] }[] {
	const files = readdirSync(join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.astro'))
		.map((path) => join('src', path));
	return files.map((file) => {
		const frontmatter =
			/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(projectRoot, file), 'utf8'))?.[1] ?? '';
		const specifiers = [...frontmatter.matchAll(/\bfrom\s+['"](\.[^'"]+)['"]/g)].map(
			(match) => match[1] ?? '',
		);
		return {
			file,
			imports: specifiers.map((specifier) =>
				relative(projectRoot, resolve(projectRoot, dirname(file), specifier)),
			),
		};
	});
}

describe('the .astro files', () => {
	const astro = astroImports();

	it('are read', () => {
		expect(astro.length).toBeGreaterThan(20);
		expect(
			astro.find(({ file }) => file === 'src/components/StoryTimeline.astro')?.imports.length,
		).toBeGreaterThan(0);
	});

	it('live only where rendering does: pages, components and layouts', () => {
		const elsewhere = astro.filter(({ file }) => !/^src\/(pages|components|layouts)\//.test(file));
		expect(elsewhere.map(({ file }) => file)).toEqual([]);
	});

	it('take what a component shows as props, never from the build’s data', () => {
		const reads = astro
			.filter(({ file }) => file.startsWith('src/components/'))
			.flatMap(({ file, imports }) =>
				imports.filter((path) => path.startsWith('src/data/')).map((path) => `${file} → ${path}`),
			);
		expect(reads).toEqual([]);
	});
});
