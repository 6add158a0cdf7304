import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reusedPages } from '../../scripts/bench/build';
import { generateCorpus, writeCorpus } from '../../scripts/bench/generate';
import { astroBuild, copyProject } from '../helpers/astro';

/*
 * A rebuild reuses the pages whose cache key is unchanged. These tests edit a
 * small generated site the ways an editor would, rebuild it, and require the
 * result to be the very site a build from scratch makes of the edited content:
 * a page reused when it should have been rendered again fails them.
 */

const { files } = generateCorpus({ articles: 12, seed: 5 });
const edited = new Map(files);
const rebuilt = copyProject();
const fresh = copyProject();
afterAll(() => {
	rebuilt.remove();
	fresh.remove();
});

for (const { dir } of [rebuilt, fresh]) {
	rmSync(join(dir, 'content'), { recursive: true });
	writeCorpus(dir, files);
}

function build(dir: string): string {
	const { status, output } = astroBuild(dir);
	expect(status, output).toBe(0);
	return output;
}

/** Applies `edit` to a file of both copies' content. */
function edit(path: string, change: (text: string) => string) {
	edited.set(path, change(edited.get(path)!));
	for (const { dir } of [rebuilt, fresh]) writeFileSync(join(dir, path), edited.get(path)!);
}

/** Every file of a built site, by its path in `dist/`. */
function output(dir: string): Map<string, string> {
	const dist = join(dir, 'dist');
	const names = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) =>
		/\.(html|xml|json)$/.test(name),
	);
	return new Map(names.sort().map((name) => [name, readFileSync(join(dist, name), 'utf8')]));
}

function expectSameSite() {
	const fromScratch = output(fresh.dir);
	const incremental = output(rebuilt.dir);
	expect([...incremental.keys()]).toEqual([...fromScratch.keys()]);
	const differing = [...fromScratch].filter(([name, text]) => incremental.get(name) !== text);
	expect(differing.map(([name]) => name)).toEqual([]);
}

describe('a rebuild after an edit', () => {
	it('renders nothing again when nothing changed', () => {
		build(rebuilt.dir);
		const log = build(rebuilt.dir);
		expect(reusedPages(log)).toContain('/articles/a1-story-1-v1/index.html');
		expect(log).not.toMatch(/├─ \/(articles|claims|sources|topics|compare)\/[^/\s]+\/index\.html \(\+/);
	});

	it('renders again the pages that show an edited text, and only those', () => {
		// The text changes, and so do the words a claim marker marks, which the claim's page quotes.
		// (Unmarking a claim would take an edit of its record too: its entry for the version goes.)
		const path = 'content/articles/a3-story-2-v1.md';
		edit(path, (text) => {
			const marker = /:claim\[([^\]]+)\](\{#[^}]+\})/.exec(text)!;
			return `${text.replace(marker[0], `:claim[words an editor changed]${marker[2]}`)}\nOne more sentence, added by an editor.\n`;
		});
		const log = build(rebuilt.dir);
		build(fresh.dir);
		expectSameSite();
		expect(reusedPages(log)).toContain('/articles/a1-story-1-v1/index.html');
		expect(reusedPages(log)).not.toContain('/articles/a3-story-2-v1/index.html');
		expect(reusedPages(log)).not.toContain('/compare/story-2/index.html');
	});

	it('renders again the pages that show an edited record', () => {
		edit('content/sources/story-1-source-1.yaml', (text) =>
			text.replace(/^title: .*$/m, 'title: A corrected title'),
		);
		const log = build(rebuilt.dir);
		build(fresh.dir);
		expectSameSite();
		expect(reusedPages(log)).not.toContain('/sources/story-1-source-1/index.html');
		expect(reusedPages(log)).not.toContain('/articles/a1-story-1-v1/index.html');
	});
});
