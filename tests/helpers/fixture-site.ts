import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { fixtureProject } from './astro';
import { datedGit } from './git';
import { serveStatic } from './serve';
import { verdicts } from '../../src/schemas/verdict';

/*
 * The fixture site as a deploy would publish it: in a git repository of its
 * own whose history is known (everything committed on 1 January 2025, then one
 * claim's verdict corrected on 1 February with a corrections entry that records
 * it), built as production under a sub-path, as on GitHub Pages. The global
 * setup (tests/build/setup.ts) builds it once; the build tests read it.
 */

/** The environment of the published build. */
export const published = {
	SITE_URL: 'https://sourceline.example',
	BASE_PATH: '/analysis/',
	CORRECTIONS_EMAIL: 'corrections@sourceline.example',
	SITE_OWNER: 'Sourceline Fixture Ltd',
	SITE_FUNDING: 'Paid for by its owner; it takes no advertising.',
};
/** Where the published site's home page is. */
export const publishedHome = `${published.SITE_URL}${published.BASE_PATH}`;

/** The claim whose verdict the history corrects: an opinion judged on no evidence, which may move to "not found". */
export const correctedClaim = { id: 'busier-port', from: 'not-checkable', to: 'not-found' } as const;
export const correctedClaimFile = `content/claims/${correctedClaim.id}.yaml`;

/** The corrections entry the second commit adds. */
export const correction = [
	'corrections:',
	'  - date: "2025-02-01"',
	'    kind: correction',
	'    change: The verdict was changed after a reader’s report.',
	'    reason: Nothing in the record says either way, so the claim is not found rather than not checkable.',
	'    verdict:',
	`      from: ${verdicts[correctedClaim.from].label}`,
	`      to: ${verdicts[correctedClaim.to].label}`,
	'',
].join('\n');

/** The claim the long passage of the retelling marks over and over, and how many times it does. */
export const longPassage = { claimId: 'тяжёлый-кран', paragraphs: 1500 } as const;

/**
 * Paragraphs added to the retelling (whose line endings are Windows') for the
 * published build, each marking the same claim: an article of some length
 * with many marked passages, not to be kept in the fixture's files.
 */
export function longPassageText(): string {
	const paragraph = (i: number) =>
		// The paragraph's number is inside the marker: a figure outside every marker would need review.
		`Ordinary words of a long article. :claim[Paragraph ${i}: Это отмеченный отрывок ${i}]{#${longPassage.claimId}} and more words after it.`;
	return Array.from({ length: longPassage.paragraphs }, (_, i) => `\r\n${paragraph(i + 1)}\r\n`).join('');
}

/**
 * A copy of the project with the fixture content, the long passage and the history above.
 * Returns the copy, its git and a commit helper.
 */
export function publishedFixture() {
	const project = fixtureProject();
	const git = datedGit(project.dir);
	const commitAll = (message: string, date: string) => {
		git(['add', '-A']);
		git(['commit', '-q', '-m', message], date);
	};
	writeFileSync(join(project.dir, '.gitignore'), 'node_modules\ndist\n.astro\n');
	const retelling = join(project.dir, 'content/articles/retelling.md');
	writeFileSync(retelling, `${readFileSync(retelling, 'utf8')}${longPassageText()}`);
	git(['init', '-q', '-b', 'main']);
	commitAll('The site as first published', '2025-01-01T12:00:00+00:00');
	const file = join(project.dir, correctedClaimFile);
	const original = readFileSync(file, 'utf8');
	if (!original.includes(`verdict: ${correctedClaim.from}\n`))
		throw new Error(`${correctedClaimFile} has changed`);
	writeFileSync(
		file,
		`${original.replace(`verdict: ${correctedClaim.from}\n`, `verdict: ${correctedClaim.to}\n`)}${correction}`,
	);
	commitAll('A claim’s verdict corrected', '2025-02-01T12:00:00+00:00');
	return { ...project, git, commitAll };
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** The project folder of the published fixture site, built into its `dist/`. */
		publishedFixtureDir: string;
	}
}

/** The `dist/` of the published fixture site the global setup built. */
export const publishedDist = () => join(inject('publishedFixtureDir'), 'dist');

/**
 * Serves the published fixture site under its sub-path, as GitHub Pages serves
 * a project site. `url` is its home page's address, ending in the base path.
 */
export async function servePublished(): Promise<{ url: string; close: () => Promise<void> }> {
	const root = mkdtempSync(join(tmpdir(), 'site-root-'));
	symlinkSync(publishedDist(), join(root, published.BASE_PATH.replace(/^\/|\/$/g, '')), 'dir');
	const server = await serveStatic(root);
	return {
		url: `${server.url}${published.BASE_PATH}`,
		close: async () => {
			await server.close();
			rmSync(root, { recursive: true, force: true });
		},
	};
}
