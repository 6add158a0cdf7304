/*
 * Written for Astro 7.3.5 (src/platform/astro-version.ts).
 *
 * Astro's own errors from the content loaders, told apart by their wording.
 * A YAML file that does not parse reaches the loader as an error named
 * `DataCollectionEntryParseError` (the name is read from `AstroErrorData`,
 * which `astro/errors` exports), whose message ends in `failed to parse:`
 * and the parser's words, with the file and line in `loc` (thrown in
 * astro/dist/core/config/settings.js). The wording and `loc` are not part of
 * Astro's documented API.
 *
 * An article whose frontmatter does not parse reaches it as a `MarkdownError`
 * (`unparsedFrontmatter`).
 *
 * Against a new Astro, check that a YAML mistake, in a record and in an
 * article's frontmatter, still throws those errors with that message and
 * `loc`, and the frontmatter's line still a line early
 * (tests/build/content-errors.test.ts builds one of each).
 *
 * Upstream threads: none asks for a typed, public error a loader could catch
 * for an unparsable data file. The nearest is
 * https://github.com/withastro/astro/issues/9711 (closed), about the error for
 * a malformed entry not naming its file.
 */
import { AstroErrorData } from 'astro/errors';

/** A data file Astro could not parse, as Astro reports it. */
export interface UnparsedDataFile {
	/** The file's path, as Astro gives it (a URL's path). */
	file: string;
	/** The line the parser stopped at, when it said. */
	line: number | undefined;
	/** The parser's own words. */
	reason: string;
}

/** The data file and the parser's words when `error` is Astro's report of a file that does not parse; otherwise undefined. */
export function unparsedDataFile(error: unknown): UnparsedDataFile | undefined {
	if (!(error instanceof Error) || error.name !== AstroErrorData.DataCollectionEntryParseError.name)
		return undefined;
	const parse = /failed to parse: (.*)$/s.exec(error.message);
	const loc = (error as { loc?: { file?: string; line?: number } }).loc;
	if (!parse || !loc?.file) return undefined;
	return { file: loc.file, line: loc.line, reason: parse[1]!.trim() };
}

/**
 * The article and the parser's words when `error` is Astro's report of a
 * Markdown file whose frontmatter does not parse as YAML; otherwise undefined.
 * Astro throws it as a `MarkdownError` whose message is the parser's reason
 * and whose `loc` holds the file's path and js-yaml's `mark.line`
 * (`safeParseFrontmatter` in astro/dist/content/utils.js). That line counts
 * from 0 and from the opening `---`, whose line break starts the YAML it
 * reads, so the file's line is one more (Astro's own report prints it
 * unchanged, a line early). A frontmatter that fails for another reason keeps
 * the parser's whole message and no line.
 */
export function unparsedFrontmatter(error: unknown): UnparsedDataFile | undefined {
	if (!(error instanceof Error) || error.name !== 'MarkdownError') return undefined;
	const loc = (error as { loc?: { file?: string; line?: number } }).loc;
	if (!loc?.file) return undefined;
	return {
		file: loc.file,
		line: loc.line === undefined ? undefined : loc.line + 1,
		reason: error.message.split('\n')[0]!.trim(),
	};
}
