import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkedLoader, encodingProblem, schemaDigest } from '../../../src/loading/checked-loader';
import { codeDigest, renderingCode } from '../../../src/loading/content-loader';
import { claimSchema } from '../../../src/schemas/claim';
import { projectRoot } from '../../helpers/astro';

describe('schemaDigest', () => {
	const base = z.strictObject({ title: z.string() });

	it('is the same for the same shape', () => {
		expect(schemaDigest(base)).toBe(schemaDigest(z.strictObject({ title: z.string() })));
	});

	it.each([
		['a new field with a default', base.extend({ tags: z.array(z.string()).default([]) })],
		['another default', z.strictObject({ title: z.string().default('Untitled') })],
		['a field made optional', z.strictObject({ title: z.string().optional() })],
		['another type', z.strictObject({ title: z.number() })],
	])('changes with %s, so stored entries are parsed again', (_, changed) => {
		expect(schemaDigest(changed)).not.toBe(schemaDigest(base));
	});

	it('reads the site’s own schemas, refinements and all', () => {
		expect(schemaDigest(claimSchema)).toMatch(/^[0-9a-f]{16}$/);
	});
});

describe('checkedLoader', () => {
	/** Loads once with a store holding one entry; says whether the store was emptied first. */
	async function emptiesStore(meta: Map<string, string>, code: string): Promise<boolean> {
		const store = new Map([['kept', { id: 'kept' }]]);
		const loader = checkedLoader({ name: 'none', load: async () => {} }, base, () => code);
		await loader.load({
			config: { root: new URL('file:///project/') },
			meta,
			store: { clear: () => store.clear() },
		} as any);
		return store.size === 0;
	}
	const base = z.strictObject({ title: z.string() });

	it('empties the store when the code that renders the entries changes, and only then', async () => {
		const meta = new Map<string, string>();
		expect(await emptiesStore(meta, 'plugins as first built')).toBe(true);
		expect(await emptiesStore(meta, 'plugins as first built')).toBe(false);
		expect(await emptiesStore(meta, 'a plugin changed')).toBe(true);
	});
});

describe('encodingProblem', () => {
	const file = 'content/sources/x.yaml';
	const problem = (bytes: number[]) => encodingProblem(file, Uint8Array.from(bytes));
	const ascii = (text: string) => [...Buffer.from(text, 'utf8')];

	it('finds nothing in UTF-8 text, in any script', () => {
		expect(encodingProblem(file, Buffer.from('title: Café, 平壌, Пхеньян 🚀\n'))).toBeUndefined();
	});

	it('names the line and the first byte that is not UTF-8, past valid characters before it', () => {
		// Line 2 holds a valid "é" (0xC3 0xA9) and then a Latin-1 one (0xE9).
		expect(problem([...ascii('a: 1\nb: caf'), 0xc3, 0xa9, 0x20, 0xe9, ...ascii('\nc: 3\n')])).toBe(
			`${file} → line 2: the file is not UTF-8 text (byte 0xE9); expected UTF-8, which every content file is read as (save it as UTF-8 in the editor)`,
		);
	});

	it.each([
		['a continuation byte alone', [0x80]],
		['a character cut short by the end of the line', [0xe2, 0x82, 0x0a]],
		['UTF-16, as its byte-order mark starts it', [0xff, 0xfe, 0x61, 0x00]],
	])('refuses %s', (_, bytes) => {
		expect(problem([...ascii('x: '), ...bytes])).toMatch(
			/^content\/sources\/x\.yaml → line 1: the file is not UTF-8 text \(byte 0x[0-9A-F]{2}\)/,
		);
	});
});

describe('codeDigest', () => {
	it('changes with a file’s contents or name, and not otherwise', () => {
		const dir = mkdtempSync(join(tmpdir(), 'digest-'));
		try {
			mkdirSync(join(dir, 'sub'));
			writeFileSync(join(dir, 'sub/a.ts'), 'one');
			writeFileSync(join(dir, 'one.ts'), 'one');
			const first = codeDigest(dir, ['sub', 'one.ts', 'missing']);
			expect(codeDigest(dir, ['sub', 'one.ts', 'missing'])).toBe(first);
			writeFileSync(join(dir, 'sub/a.ts'), 'two');
			const second = codeDigest(dir, ['sub', 'one.ts']);
			expect(second).not.toBe(first);
			renameSync(join(dir, 'sub/a.ts'), join(dir, 'sub/b.ts'));
			const third = codeDigest(dir, ['sub', 'one.ts']);
			expect(third).not.toBe(second);
			writeFileSync(join(dir, 'one.ts'), 'two');
			expect(codeDigest(dir, ['sub', 'one.ts'])).not.toBe(third);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('of the rendering code changes with a Markdown plugin and with the way the store keeps an article', () => {
		const dir = mkdtempSync(join(tmpdir(), 'rendering-code-'));
		try {
			for (const path of renderingCode) cpSync(join(projectRoot, path), join(dir, path), { recursive: true });
			const first = codeDigest(dir, renderingCode);
			expect(first).toBe(codeDigest(projectRoot, renderingCode));
			for (const file of [
				'src/markdown/remark-claim-markers.ts',
				'src/loading/stored-article.ts',
				'src/platform/stored-rendering.ts',
			]) {
				const before = codeDigest(dir, renderingCode);
				writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}\n// changed\n`);
				expect(codeDigest(dir, renderingCode), file).not.toBe(before);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('of the rendering code keys the deploy’s cache too, so a change to it starts from an empty cache', () => {
		const workflow = readFileSync(join(projectRoot, '.github/workflows/deploy.yml'), 'utf8');
		const key = /key: astro-build-\$\{\{ hashFiles\(([^)]*)\) \}\}/.exec(workflow)?.[1] ?? '';
		for (const path of renderingCode) expect(key).toContain(`'${path}${path.endsWith('.ts') ? '' : '/**'}'`);
	});
});
