import type { Nodes, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
// Brings in the types of `data.hName` and friends, read by remark-rehype.
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { headlineFields, type HeadlineField } from '../schemas/article';
import { idPattern } from '../schemas/id';
import { claimAnchor, passageAnchor } from '../site/anchors';
import type { ClaimMarker, ClaimMarkerData, TextBlock } from '../loading/marked-text';
import { recordProblem } from './problems';

export interface Options {
	/** The directive name that marks a claim (default: `'claim'`). */
	name?: string;
}

/**
 * Gives `:claim[the words]{#claim-id}` text directives (syntax from
 * `remark-directive`) their meaning: the words become a highlighted passage
 * linked to the claim's sidebar entry, and every marker is recorded, in order,
 * on `file.data.astro.frontmatter` so the sidebar is derived from the text.
 *
 * Mistakes are recorded with `recordProblem` (see `./problems.ts`), which
 * fails the build with the file and line.
 *
 * The headline lines (kicker, title, alternate headline) are not part of the
 * text; the frontmatter's `headlineClaims` marks the claims each one makes. They
 * come first, as a reader meets them, so their claims are numbered first.
 *
 * Other text directives (`:30` is not one, but `note:this` is) are put back as
 * the text they were written as, so prose with colons is never lost. Block
 * directives (`::name` on a line of its own, `:::name` around a block) are
 * recorded as problems: none is ever meant, and a `::claim` would otherwise
 * render as a passage that no sidebar entry points to.
 */
export default function remarkClaimMarkers(options: Options = {}) {
	const name = options.name ?? 'claim';

	return function transform(tree: Root, file: VFile) {
		const record = markerRecorder();
		recordHeadlineClaims(file, record);
		markClaims(tree, file, name, record);
		const data: ClaimMarkerData = { claimMarkers: record.markers, textBlocks: textBlocksOf(tree, name) };
		file.data.astro ??= {};
		file.data.astro.frontmatter = { ...file.data.astro.frontmatter, ...data };
	};
}

/** Records markers in reading order: a claim is numbered where it is first marked; each passage of it gets its own id. */
function markerRecorder() {
	const markers: ClaimMarker[] = [];
	const numbers = new Map<string, number>();
	const occurrences = new Map<string, number>();
	const record = (claimId: string, text: string, line: number | undefined, headline?: HeadlineField) => {
		if (!numbers.has(claimId)) numbers.set(claimId, numbers.size + 1);
		const occurrence = (occurrences.get(claimId) ?? 0) + 1;
		occurrences.set(claimId, occurrence);
		const marker: ClaimMarker = {
			claimId,
			number: numbers.get(claimId)!,
			passageId: passageAnchor(claimId, occurrence),
			text,
			line,
			...(headline ? { headline } : {}),
		};
		markers.push(marker);
		return marker;
	};
	return Object.assign(record, { markers });
}

type Recorder = ReturnType<typeof markerRecorder>;

/** The claims the frontmatter's `headlineClaims` gives each headline line, first, as a reader meets them. */
function recordHeadlineClaims(file: VFile, record: Recorder): void {
	const frontmatter = (file.data.astro?.frontmatter ?? {}) as Record<string, unknown>;
	const headlineClaims = (frontmatter.headlineClaims ?? {}) as Partial<Record<HeadlineField, string[]>>;
	for (const field of headlineFields) {
		const text = frontmatter[field];
		if (typeof text !== 'string') continue;
		for (const claimId of headlineClaims[field] ?? []) record(claimId, text.trim(), undefined, field);
	}
}

/** Turns each claim marker into a passage with its claim number, puts other text directives back as written, and records every mistake. */
function markClaims(tree: Root, file: VFile, name: string, record: Recorder): void {
	const source = String(file.value);
	visit(tree, (node, index, parent) => {
		if (node.type === 'leafDirective' || node.type === 'containerDirective') {
			const colons = node.type === 'leafDirective' ? '::' : ':::';
			recordProblem(
				file,
				`"${colons}${node.name}" is a block directive, which articles do not use; expected a claim marker inside the text, written :${name}[the words]{#claim-id}, or "\\${colons}" to keep the colons as text`,
				node,
			);
			return undefined;
		}
		if (node.type !== 'textDirective' || !parent || index === undefined) return undefined;

		if (node.name !== name) {
			parent.children[index] = asWritten(node, source);
			return SKIP;
		}

		const claimId = node.attributes?.id ?? '';
		const text = toString(node).trim();
		const problem = checkMarker(node, claimId, text, name);
		if (problem) {
			recordProblem(file, problem, node);
			// Keep the words readable, inline, while the build reports the mistake.
			node.data = { hName: 'span' };
			return;
		}

		const { number, passageId } = record(claimId, text, node.position?.start.line);
		node.data = {
			hName: 'mark',
			hProperties: { className: ['claim-marker'], id: passageId, dataClaim: claimId },
		};
		node.children.push({
			type: 'text',
			value: '',
			data: {
				hName: 'a',
				hProperties: {
					className: ['claim-ref'],
					href: `#${claimAnchor(claimId)}`,
					ariaLabel: `Claim ${number}, in the claims sidebar`,
				},
				hChildren: [{ type: 'text', value: String(number) }],
			},
		});
		return SKIP;
	});
}

/** The text's blocks (paragraphs, headings, list items, table cells) as a reader meets them, with where each claim is marked in each. */
function textBlocksOf(tree: Root, name: string): TextBlock[] {
	const textBlocks: TextBlock[] = [];
	// The number of each item of a numbered list; a list is met before its items' paragraphs.
	const itemNumbers = new Map<Nodes, number>();
	visit(tree, (node, index, parent) => {
		if (node.type === 'list' && node.ordered) {
			node.children.forEach((item, i) => itemNumbers.set(item, (node.start ?? 1) + i));
		}
		if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
		const opensItem = parent?.type === 'listItem' && index === 0;
		const block: TextBlock = {
			kind: opensItem ? 'item' : node.type === 'tableCell' ? 'cell' : node.type,
			text: '',
			...(opensItem && itemNumbers.has(parent) ? { number: itemNumbers.get(parent)! } : {}),
			line: node.position?.start.line,
			claims: [],
		};
		collectText(node, block, name);
		if (block.text.trim() !== '') textBlocks.push(block);
		return SKIP;
	});
	return textBlocks;
}

/** Appends a node's words to the block's text, recording the span of each valid claim marker. */
function collectText(node: Nodes, block: TextBlock, name: string): void {
	if (node.type === 'text' || node.type === 'inlineCode') {
		block.text += node.value;
		return;
	}
	if (node.type === 'break') {
		block.text += ' ';
		return;
	}
	if (!('children' in node)) return;
	const marked = node.type === 'textDirective' && node.name === name && node.data?.hName === 'mark';
	const start = block.text.length;
	for (const child of node.children) collectText(child as Nodes, block, name);
	if (marked) block.claims.push({ claimId: node.attributes?.id ?? '', start, end: block.text.length });
}

function checkMarker(node: TextDirective, claimId: string, text: string, name: string) {
	const usage = `write :${name}[the words]{#claim-id}`;
	if (!claimId) return `claim marker "${text}" has no claim id; ${usage}`;
	if (!idPattern.test(claimId)) {
		return `claim marker id "${claimId}" is not a valid id; expected lower-case words joined by hyphens`;
	}
	if (!text) return `claim marker {#${claimId}} marks no words; ${usage}`;
	const extra = Object.keys(node.attributes ?? {}).filter((key) => key !== 'id');
	if (extra.length > 0) {
		return `claim marker {#${claimId}} has unexpected attribute(s) ${extra.join(', ')}; only the id is allowed`;
	}
	let nested: string | undefined;
	visit(node, 'textDirective', (inner) => {
		if (inner !== node && inner.name === name) nested = inner.attributes?.id ?? '';
	});
	if (nested !== undefined) {
		return `claim marker {#${claimId}} contains another claim marker {#${nested}}; markers cannot nest`;
	}
	return undefined;
}

/** The directive as the author typed it, as plain text. */
function asWritten(node: TextDirective, source: string): Text {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	const value =
		start === undefined || end === undefined ? `:${node.name}${toString(node)}` : source.slice(start, end);
	return { type: 'text', value };
}
