/**
 * `npm run new-version -- <file> [--story <id>] [--provenance <value>] [--id <article-id>]`:
 * takes a received text (plain text, or a saved HTML page), keeps it as
 * received for the fidelity test, writes the version's Markdown with a
 * frontmatter skeleton, links it both ways with the story's other versions,
 * and lists each line it removed for the author to confirm. A text already
 * in the collection is refused. The provenance is needed unless the text
 * shows it (a saved page, or one that brought page furniture along, was
 * scraped). The reading itself is `src/authoring/new-version.ts` (text) and
 * `scripts/lib/html-text.ts` (HTML).
 */
import './bench/resolve-ts.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import type { Provenance } from '../src/schemas/provenance.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		story: { type: 'string' },
		id: { type: 'string' },
		root: { type: 'string', default: '.' },
		provenance: { type: 'string' },
	},
});
const { addVersionLink, frontmatterSkeleton, normaliseCitation, prepareVersion, sameText } =
	await import('../src/authoring/new-version.ts');
const { htmlToText } = await import('./lib/html-text.ts');
const { provenanceIds, provenances } = await import('../src/schemas/provenance.ts');
const provenanceList = provenanceIds.map((id) => `${id} (${provenances[id].label})`).join(', ');

const file = positionals[0];
if (!file) {
	console.error(
		`Usage: npm run new-version -- <received text or saved .html page> [--story <story-id>] [--provenance <value>] [--id <article-id>]\n  --provenance: how the text came to us, one of ${provenanceList}`,
	);
	process.exit(1);
}
const root = resolve(values.root);
const received = readFileSync(file, 'utf8');
const isHtml = /^\.html?$/i.test(extname(file)) || /^\s*<(?:!doctype|html)/i.test(received);
const page = isHtml ? htmlToText(received) : undefined;
const text = page ? page.text : received;
const prepared = prepareVersion(text, page?.hints);

// The same text twice would be two versions of one version.
const originals = join(root, 'tests/fixtures/originals');
const kept = existsSync(originals)
	? new Map(
			readdirSync(originals)
				.filter((name) => name.endsWith('.txt'))
				.map((name) => [name.replace(/\.txt$/, ''), readFileSync(join(originals, name), 'utf8')]),
		)
	: new Map<string, string>();
const already = sameText(text, kept);
if (already) {
	console.error(
		`This text is already in the collection as content/articles/${already}.md (tests/fixtures/originals/${already}.txt); nothing was written.`,
	);
	process.exit(1);
}

// A saved page, or a text that brought a page's furniture along, was scraped; otherwise only the author knows.
const scraped =
	isHtml || prepared.removals.some((removal) => /furniture|repeated|tag list/.test(removal.reason));
if (values.provenance !== undefined && !provenanceIds.includes(values.provenance as Provenance)) {
	console.error(`--provenance ${values.provenance} is not a provenance; expected one of ${provenanceList}`);
	process.exit(1);
}
if (values.provenance === undefined && !scraped) {
	console.error(
		`Nothing in this text says how it came to us; rerun with --provenance <value>, one of ${provenanceList}. Nothing was written.`,
	);
	process.exit(1);
}
const provenance = (values.provenance as Provenance | undefined) ?? 'scraped-page';

const articlesDir = join(root, 'content/articles');
const existing = readdirSync(articlesDir).filter((name) => name.endsWith('.md'));
const slug = (prepared.recognised.title ?? 'version')
	.toLowerCase()
	.replace(/[^\p{L}\p{N}]+/gu, ' ')
	.trim()
	.split(' ')
	.slice(0, 6)
	.join('-');
const next = Math.max(-1, ...existing.map((name) => Number(/^(\d+)-/.exec(name)?.[1] ?? -1))) + 1;
const id = values.id ?? `${String(next).padStart(3, '0')}-${slug}`;
const articlePath = join(articlesDir, `${id}.md`);
if (existsSync(articlePath)) {
	console.error(`content/articles/${id}.md exists already; pass another --id`);
	process.exit(1);
}

// The story's other versions, which must list this one and be listed by it.
const others = values.story
	? existing
			.map((name) => ({ name, source: readFileSync(join(articlesDir, name), 'utf8') }))
			.filter(({ source }) => {
				const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source.replace(/\r\n/g, '\n'))?.[1] ?? '';
				return (yaml.load(frontmatter) as { story?: string } | undefined)?.story === values.story;
			})
	: [];
if (values.story && !existsSync(join(root, 'content/stories', `${values.story}.yaml`)))
	console.warn(`Note: content/stories/${values.story}.yaml does not exist yet; add it (title, summary).`);

const sourcesDir = join(root, 'content/sources');
const sourcesByCitation = new Map(
	readdirSync(sourcesDir)
		.filter((name) => /\.ya?ml$/.test(name))
		.map((name) => {
			const data = yaml.load(readFileSync(join(sourcesDir, name), 'utf8')) as { citedAs?: string };
			return [normaliseCitation(data.citedAs ?? ''), name.replace(/\.ya?ml$/, '')] as const;
		}),
);

mkdirSync(originals, { recursive: true });
writeFileSync(join(originals, `${id}.txt`), text);
if (isHtml) writeFileSync(join(originals, `${id}.html`), received);
const skeleton = frontmatterSkeleton(prepared.recognised, {
	story: values.story,
	versions: others.map(({ name }) => name.replace(/\.md$/, '')),
	provenance,
	name: provenances[provenance].label.toLowerCase(),
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
const recognisedLines = Object.entries(prepared.recognised)
	.filter(([, value]) => (Array.isArray(value) ? value.length : value))
	.map(([field, value]) => `  ${field}: ${Array.isArray(value) ? `${value.length} item(s)` : value}`);
const leftOut = [
	...(page?.dropped ?? []).map(({ element, text: words }) => `  <${element}> ${show(words)}`),
	...prepared.removals.map((removal) => `  line ${removal.line}: ${show(removal.text)}  — ${removal.reason}`),
];
// Only what there is to say: no heading over an empty list.
if (recognisedLines.length) console.log(['\nRecognised:', ...recognisedLines].join('\n'));
if (leftOut.length)
	console.log(['\nLeft out of the body (confirm each is not the author’s text):', ...leftOut].join('\n'));
console.log(
	`\nProvenance: ${provenance}${values.provenance ? '' : ' (the text shows it was scraped; pass --provenance to say otherwise)'}; name: "${provenances[provenance].label.toLowerCase()}" (change it in the frontmatter if readers should call it otherwise).`,
);
console.log(`
Next steps:
  1. Read content/articles/${id}.md against the original; fill in every TODO in its frontmatter
     (description, provenanceNote, date, topics${values.story ? '' : ', story and versions (or rerun with --story)'}, new sources' ids);
     the build refuses any TODO left.
  2. Mark each claim in the text: :claim[the words]{#claim-id}; a headline line's claims go in headlineClaims.
  3. npm run claims:todo — each check-worthy sentence still unmarked, with the closest existing claims;
     mark it, or list it in notClaims with a one-line reason.
  4. Add content/claims/<id>.yaml for each new claim, and any new sources, evidence and topics.
  5. npm test (the fidelity check compares the article with tests/fixtures/originals/${id}.txt), then npm run build.`);
