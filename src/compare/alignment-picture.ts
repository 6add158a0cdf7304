import type { AlignedRow } from './align';
import { blockName } from './labels';
import type { BlockKind } from './text';
import { listOf } from '../strings';

/**
 * The layout of the alignment overview: each version a column of its passages
 * (paragraphs, headings, list items) in reading order, each as tall as its
 * text is long, with a line from each passage to the matching passage of the
 * version beside it. Pure geometry and words: the component only draws it.
 */

/** One version, as the picture needs it. */
export interface PictureVersion {
	/** How a line begins with it: "Scraped page". */
	title: string;
	/** How a sentence names it: "the scraped page". */
	name: string;
	blocks: { kind: BlockKind; text: string }[];
}

/** One compared pair of versions, by their places in the list of versions. */
export interface PicturePair {
	a: number;
	b: number;
	rows: Pick<AlignedRow, 'status' | 'blocksA' | 'blocksB'>[];
}

/** How a passage fares against another version. */
export type PassageFate = 'kept' | 'reworded' | 'only';

export interface PictureBlock {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Where its passage is read in the aligned texts. */
	href: string;
	/** Its accessible name: the version, the part, and how it fares in every other version. */
	label: string;
	/** In no other version at all. */
	only: boolean;
}

export interface PictureLink {
	status: Exclude<PassageFate, 'only'>;
	/** An SVG path from the right edge of one passage to the left edge of its match. */
	path: string;
}

export interface PictureColumn {
	/** The centre of the column, where its name is set. */
	x: number;
	/** The name, broken into lines that fit the column. */
	lines: string[];
}

export interface AlignmentPicture {
	width: number;
	height: number;
	/** Where the first line of each column's name sits. */
	nameY: number;
	lineHeight: number;
	columns: PictureColumn[];
	blocks: PictureBlock[];
	links: PictureLink[];
	/** Which fates the picture shows, for its legend. */
	shown: Record<PassageFate, boolean>;
}

/** The picture's measures, in SVG user units (about pixels at full size). */
export const pictureMeasures = {
	columnWidth: 96,
	gap: 80,
	margin: 4,
	/** The height of the tallest column's passages, gaps aside, at most. */
	tallest: 420,
	/** Units of height per character of text, at most, so a short text does not fill the frame. */
	perCharacter: 0.5,
	minBlock: 6,
	blockGap: 3,
	lineHeight: 15,
	/** Characters of a name per line, about what a column holds. */
	nameLine: 13,
	/** The width of a full line of a name (14px bold), which may overhang its column's box. */
	nameWidth: 112,
} as const;

/** Room on either side of the columns, wide enough for a first or last name's overhang. */
const side = Math.max(
	pictureMeasures.margin,
	pictureMeasures.margin + (pictureMeasures.nameWidth - pictureMeasures.columnWidth) / 2,
);

/**
 * The picture of a story's versions and the pairs compared, the versions as
 * columns in the order given: the order every list and table of the page
 * gives them, so a column and a table's column name the same version. Lines
 * are drawn between neighbouring columns; how a passage fares against every
 * other version is in its name. `rowHref` says where a row of a pair (by its
 * place in `pairs`) is read; a passage links to its row in the pair with the
 * version to its right, or, for the last version, to its left.
 *
 * @example alignmentPicture(versions, pairs, (pair, row) => `#pair-${pair + 1}-row-${row + 1}`).links.length
 */
export function alignmentPicture(
	versions: PictureVersion[],
	pairs: PicturePair[],
	rowHref: (pair: number, row: number) => string,
): AlignmentPicture {
	const m = pictureMeasures;
	const lines = versions.map((version) => breakLines(version.title, m.nameLine));
	const nameLines = Math.max(1, ...lines.map((l) => l.length));
	const top = m.margin + nameLines * m.lineHeight + m.lineHeight / 2;
	const boxes = passageBoxes(versions, top);
	const blocks = pictureBlocks(versions, pairs, boxes, rowHref);
	const links = pictureLinks(pairs, boxes);

	const bottom = Math.max(top, ...boxes.flat().map((box) => box.y + box.height));
	return {
		width: columnX(versions.length - 1) + m.columnWidth + side,
		height: round(bottom + m.margin),
		nameY: m.margin + m.lineHeight - 3,
		lineHeight: m.lineHeight,
		columns: lines.map((titleLines, column) => ({
			x: columnX(column) + m.columnWidth / 2,
			lines: titleLines,
		})),
		blocks,
		links,
		shown: {
			kept: links.some((link) => link.status === 'kept'),
			reworded: links.some((link) => link.status === 'reworded'),
			only: blocks.some((block) => block.only),
		},
	};
}

/** The left edge of a column. */
function columnX(column: number): number {
	const m = pictureMeasures;
	return side + column * (m.columnWidth + m.gap);
}

/**
 * Each passage's box, version by version, from `top` down: as tall as its
 * text is long, at the scale that makes the longest version `tallest` at most.
 */
function passageBoxes(versions: PictureVersion[], top: number): Box[][] {
	const m = pictureMeasures;
	const longest = Math.max(1, ...versions.map((v) => v.blocks.reduce((sum, b) => sum + b.text.length, 0)));
	const scale = Math.min(m.perCharacter, m.tallest / longest);
	return versions.map((version, column) => {
		let y = top;
		return version.blocks.map((block) => {
			const box = {
				x: columnX(column),
				y: round(y),
				width: m.columnWidth,
				height: round(Math.max(m.minBlock, block.text.length * scale)),
			};
			y += box.height + m.blockGap;
			return box;
		});
	});
}

/** Where each passage stands in a pair: the row it is in, by its place in version `a`, and in `b`. */
interface PassageRows {
	inA: Map<number, number>;
	inB: Map<number, number>;
}

function passageRows(pairs: PicturePair[]): PassageRows[] {
	return pairs.map((pair) => {
		const inA = new Map<number, number>();
		const inB = new Map<number, number>();
		pair.rows.forEach((row, index) => {
			for (const block of row.blocksA) inA.set(block, index);
			for (const block of row.blocksB) inB.set(block, index);
		});
		return { inA, inB };
	});
}

/** The place in `pairs` of the pair of two versions, or -1 when they were not compared. */
function pairWith(pairs: PicturePair[], version: number, other: number): number {
	return pairs.findIndex(
		(pair) => (pair.a === version && pair.b === other) || (pair.b === version && pair.a === other),
	);
}

/**
 * Each passage as a box: named with how it fares in every other version, and
 * linked to its row in the pair with its neighbour.
 */
function pictureBlocks(
	versions: PictureVersion[],
	pairs: PicturePair[],
	boxes: Box[][],
	rowHref: (pair: number, row: number) => string,
): PictureBlock[] {
	const rowOf = passageRows(pairs);
	// How passage `block` of `version` fares in the pair at `pairIndex`: its row's status.
	const fate = (version: number, block: number, pairIndex: number): PassageFate => {
		const pair = pairs[pairIndex]!;
		const row = (version === pair.a ? rowOf[pairIndex]!.inA : rowOf[pairIndex]!.inB).get(block);
		const status = row === undefined ? 'only' : pair.rows[row]!.status;
		return status === 'kept' || status === 'reworded' ? status : 'only';
	};
	return versions.flatMap((version, column) =>
		version.blocks.map((block, index): PictureBlock => {
			const fates = versions
				.map((other, o) => ({ other, pair: o === column ? -1 : pairWith(pairs, column, o) }))
				.filter(({ pair }) => pair >= 0)
				.map(({ other, pair }) => ({ name: other.name, fate: fate(column, index, pair) }));
			const only = fates.every(({ fate }) => fate === 'only');
			const neighbour = column < versions.length - 1 ? column + 1 : column - 1;
			const pair = neighbour >= 0 ? pairWith(pairs, column, neighbour) : -1;
			const row =
				pair >= 0 ? (column === pairs[pair]!.a ? rowOf[pair]!.inA : rowOf[pair]!.inB).get(index) : undefined;
			return {
				...boxes[column]![index]!,
				href: pair >= 0 && row !== undefined ? rowHref(pair, row) : '',
				label: `${version.title}, ${blockName(block.kind, index)}: ${describeFates(fates)}`,
				only,
			};
		}),
	);
}

/** A line from each passage kept or reworded in the version to its right to each passage it matches there. */
function pictureLinks(pairs: PicturePair[], boxes: Box[][]): PictureLink[] {
	const links: PictureLink[] = [];
	for (let column = 0; column + 1 < boxes.length; column++) {
		const pairIndex = pairWith(pairs, column, column + 1);
		if (pairIndex < 0) continue;
		const pair = pairs[pairIndex]!;
		const [left, right] = pair.a === column ? ['blocksA', 'blocksB'] : ['blocksB', 'blocksA'];
		for (const row of pair.rows) {
			if (row.status !== 'kept' && row.status !== 'reworded') continue;
			for (const from of row[left as 'blocksA']) {
				for (const to of row[right as 'blocksB']) {
					links.push({
						status: row.status,
						path: curve(boxes[column]![from]!, boxes[column + 1]![to]!),
					});
				}
			}
		}
	}
	return links;
}

/**
 * How a passage fares in the other versions, in words, versions of one fate
 * together.
 *
 * @example describeFates([{ name: 'the rewrite', fate: 'kept' }]) // 'kept in the rewrite'
 * @example describeFates([{ name: 'the rewrite', fate: 'only' }]) // 'in this version only'
 */
export function describeFates(fates: { name: string; fate: PassageFate }[]): string {
	if (fates.every(({ fate }) => fate === 'only')) return 'in this version only';
	const words: Record<PassageFate, string> = { kept: 'kept in', reworded: 'reworded in', only: 'not in' };
	return (['kept', 'reworded', 'only'] as const)
		.map((kind) => ({ kind, names: fates.filter(({ fate }) => fate === kind).map(({ name }) => name) }))
		.filter(({ names }) => names.length > 0)
		.map(({ kind, names }) => `${words[kind]} ${listOf(names)}`)
		.join('; ');
}

/**
 * Words broken into lines of about `width` characters; a word longer than a
 * line keeps a line to itself.
 *
 * @example breakLines('Broadcast transcript', 13) // ['Broadcast', 'transcript']
 */
export function breakLines(text: string, width: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

type Box = { x: number; y: number; width: number; height: number };

/** A smooth line from the middle of one box's right edge to the middle of the other's left edge. */
function curve(from: Box, to: Box): string {
	const x1 = from.x + from.width;
	const y1 = round(from.y + from.height / 2);
	const x2 = to.x;
	const y2 = round(to.y + to.height / 2);
	const mid = round((x1 + x2) / 2);
	return `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}`;
}

const round = (value: number) => Math.round(value * 10) / 10;
