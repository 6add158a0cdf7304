/**
 * `npm run new-version -- <file> [--story <id>] [--id <article-id>]`: takes a
 * received text (plain text, or a saved HTML page), keeps it as received for
 * the fidelity test, writes the version's Markdown with a frontmatter
 * skeleton, links it both ways with the story's other versions, and lists
 * each line it removed for the author to confirm. The reading itself is
 * `src/lib/new-version.ts` (text) and `scripts/lib/html-text.ts` (HTML).
 */
import './bench/resolve-ts.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		story: { type: 'string' },
		id: { type: 'string' },
		root: { type: 'string', default: '.' },
		// A page that brought furniture along was scraped; a clean text is taken for a rewrite until the author says.
	provenance:
		values.provenance === 'rewrite' || values.provenance === 'scraped-page'
			? values.provenance
			: isHtml || prepared.removals.some((removal) => /furniture|repeated|tag list/.test(removal.reason))
				? 'scraped-page'
				: 'rewrite',
	sourcesByCitation,
});
writeFileSync(articlePath, `${skeleton}\n\n${prepared.markdown}`);
for (const { name, source } of others) writeFileSync(join(articlesDir, name), addVersionLink(source, id));

const show = (text: string) => (text.length > 100 ? `${text.slice(0, 99)}…` : text);
console.log(
	`Wrote content/articles/${id}.md and tests/fixtures/originals/${id}.txt${isHtml ? ` (and ${id}.html, the page as saved)` : ''}.`,
);
if (others.length)
	console.log(`Added ${id} to the versions of ${others.map(({ name }) => name).join(', ')}.`);
console.log('\nRecognised:');
for (const [field, value] of Object.entries(prepared.recognised)) {
	if (Array.isArray(value) ? value.length : value)
		console.log(`  ${field}: ${Array.isArray(value) ? `${value.length} item(s)` : value}`);
}
console.log('\nLeft out of the body (confirm each is not the author’s text):');
for (const { element, text: words } of page?.dropped ?? []) console.log(`  <${element}> ${show(words)}`);
for (const removal of prepared.removals)
	console.log(`  line ${removal.line}: ${show(removal.text)}  — ${removal.reason}`);
console.log(`
Next steps:
  1. Read content/articles/${id}.md against the original; fill in every TODO in its frontmatter
     (description, provenanceNote, date, topics${values.story ? '' : ', story and versions (or rerun with --story)'}, new sources' ids).
  2. Mark each claim in the text: :claim[the words]{#claim-id}; a headline line's claims go in headlineClaims.
  3. npm run claims:todo — each check-worthy sentence still unmarked, with the closest existing claims;
     mark it, or list it in notClaims with a one-line reason.
  4. Add content/claims/<id>.yaml for each new claim, and any new sources, evidence and topics.
  5. npm test (the fidelity check compares the article with tests/fixtures/originals/${id}.txt), then npm run build.`);
