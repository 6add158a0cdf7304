import { diffArrays } from 'diff';
import { plainText, readArticle, readData } from './content';

/**
 * The fidelity check: an article against the text it was taken from, word for
 * word. Used by `tests/unit/fidelity.test.ts` on every article and by the
 * new-version tests on what `npm run new-version` writes.
 */

/** Page furniture a scrape brings along, which the articles leave out. */
export const furniture = ['Skip to content', 'Read also', 'Latest'];

/** Lower-case words and numbers of a plain text. */
function words(text: string): string[] {
	return (
		text
			.replace(/[‘’]/g, "'")
			.toLowerCase()
			.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
	);
}

/** The parts of an article its frontmatter holds: headlines, tags and references as cited. */
function movedToFrontmatter(data: Record<string, any>, citedAs?: string[]): string[][] {
	const texts: string[] = [
		data.title,
		data.kicker,
		data.alternateHeadline,
		data.referencesHeading,
		...(data.tags ?? []),
		...(citedAs ??
			(data.references ?? []).map(
				(reference: { source: string }) => readData('sources', reference.source).citedAs,
			)),
	];
	return texts.filter((text): text is string => typeof text === 'string').map(words);
}

/**
 * Whether `run` is made up, end to end, of whole pieces, each used any number
 * of times.
 */
function madeOf(run: string[], pieces: string[][]): boolean {
	if (run.length === 0) return false;
	const sorted = [...pieces].filter((piece) => piece.length > 0).sort((a, b) => b.length - a.length);
	const ends = new Set([0]);
	for (let start = 0; start < run.length; start++) {
		if (!ends.has(start)) continue;
		for (const piece of sorted) {
			if (piece.every((word, i) => run[start + i] === word)) ends.add(start + piece.length);
		}
	}
	return ends.has(run.length);
}

/**
 * What the article adds to its original, and what it drops. A line of the
 * original made up wholly of furniture or of what the frontmatter holds (a
 * headline, a tag, the references running together on one line) is expected
 * to be missing from the body; every other word must be there, in order.
 */
export function compare(original: string, id: string) {
	const { data, body } = readArticle(id);
	return compareText(original, data, body);
}

/**
 * The comparison itself, for any article text: `body` is its Markdown, read as
 * the site's Markdown plugins read it (the plain text a reader sees), `data`
 * its frontmatter; `citedAs`, when given, stands for the references' words (a
 * new version's references may not be sources yet).
 */
export function compareText(original: string, data: Record<string, any>, body: string, citedAs?: string[]) {
	const pieces = [...movedToFrontmatter(data, citedAs), ...furniture.map(words)];
	const kept = original
		.split('\n')
		.map(words)
		.filter((line) => !madeOf(line, pieces))
		.flat();
	const added: string[] = [];
	const dropped: string[] = [];
	for (const change of diffArrays(kept, words(plainText(body, data)))) {
		if (change.added) added.push(change.value.join(' '));
		if (change.removed) dropped.push(change.value.join(' '));
	}
	return { added, dropped };
}
