import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readShardInputs } from '../../../src/loading/shard-inputs';

let root: string;
const write = (path: string, text: string) => {
	mkdirSync(join(root, 'content', path, '..'), { recursive: true });
	writeFileSync(join(root, 'content', path), text);
};

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'shard-inputs-'));
	write('articles/a.md', '---\nstory: s\nprovenance: original\nreferences:\n  - source: nhk\n---\n\nText.\n');
	write('claims/c.yaml', 'byVersion:\n  - article: a\n    sources: [nhk]\nevidence:\n  - item: e1\n');
	write('stories/s.yaml', 'timeline:\n  - evidence: [e2]\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readShardInputs', () => {
	it("reads each article's story and sources, each claim's versions, sources and evidence, each story's evidence", () => {
		expect(readShardInputs(root)).toEqual({
			articles: [{ id: 'a', story: 's', provenance: 'original', sources: ['nhk'] }],
			claims: [{ id: 'c', articles: ['a'], sources: ['nhk'], evidence: ['e1'] }],
			stories: [{ id: 's', evidence: ['e2'] }],
		});
	});

	it('reads the files once while none changes, and again after one does or one is added', () => {
		const first = readShardInputs(root);
		expect(readShardInputs(root)).toBe(first);
		// The loaders name the root with a slash at the end, the pages without.
		expect(readShardInputs(`${root}/`)).toBe(first);

		write('claims/c.yaml', 'byVersion:\n  - article: a\n    sources: [nhk, kyodo]\n');
		const edited = readShardInputs(root);
		expect(edited).not.toBe(first);
		expect(edited.claims).toEqual([{ id: 'c', articles: ['a'], sources: ['nhk', 'kyodo'], evidence: [] }]);

		write('articles/b.md', '---\nstory: t\n---\n\nMore.\n');
		expect(readShardInputs(root).articles.map(({ id, story }) => [id, story])).toEqual([
			['a', 's'],
			['b', 't'],
		]);
	});
});
