/**
 * The source's layers, lowest first. A module may import from its own layer
 * and the ones below it, never from a layer above: content flows one way, from
 * the schemas that check it to the pages that show it. `npm test` runs this
 * check (tests/checks/layers.test.ts); `npx depcruise src` runs it by hand.
 */
const layers = [
	// What content must look like, who publishes the site, and the one door to Astro's internals.
	['src/schemas/', 'src/publisher\\.ts$', 'src/platform/'],
	// Reading the content files into checked records.
	['src/loading/', 'src/content\\.config\\.ts$'],
	// Words, hedges and figures of a text, as the analysis reads them.
	['src/text/'],
	// Every URL of the site and the fragment ids pages share.
	['src/site/'],
	// The record and its rules: the site graph, timelines, verdicts, coverage, integrity.
	['src/record/'],
	// What readers were shown and when, from the site's history.
	['src/history/'],
	// The words readers see.
	['src/strings\\.ts$'],
	// Publishing (structured data, open data, feeds, search parts, cache keys), authoring tools, the Markdown pipeline.
	['src/publishing/', 'src/authoring/', 'src/markdown/', 'src/consts\\.ts$'],
	// Comparing versions.
	['src/compare/'],
	// What each page shows, as data.
	['src/page-models/'],
	// The build's reads: Astro's content, git, the environment; each read once.
	['src/data/'],
	// What renders: pages, components, layouts, browser scripts, the build's integrations.
	['src/pages/', 'src/components/', 'src/layouts/', 'src/scripts/', 'src/integrations/', 'src/styles/'],
];

const anyOf = (paths) => `^(?:${paths.join('|')})`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		...layers.slice(0, -1).map((layer, i) => ({
			name: `layer-${i}-imports-upward`,
			comment: `${layer.join(', ')} may only import from its own layer or those below it (.dependency-cruiser.cjs).`,
			severity: 'error',
			from: { path: anyOf(layer) },
			to: { path: anyOf(layers.slice(i + 1).flat()) },
		})),
		{
			name: 'no-circular',
			comment:
				'Modules that import each other, directly or through others, cannot be understood one at a time.',
			severity: 'error',
			from: {},
			to: { circular: true },
		},
		{
			name: 'unlayered',
			comment:
				'Every module of src/ belongs to a layer: add its folder to the list in .dependency-cruiser.cjs.',
			severity: 'error',
			from: { path: '^src/', pathNot: anyOf(layers.flat()) },
			to: {},
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^src/env\\.d\\.ts$' },
		tsConfig: { fileName: 'tsconfig.json' },
		tsPreCompilationDeps: true,
		enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro', '.json'] },
	},
};
