import { groupedDigits } from './words';

/**
 * Figures in a text: counts written in digits ("25,000", "25 000") or words
 * ("twenty-five thousand"), vague quantities ("hundreds", "thousands of"),
 * years, month-and-year dates, and relative times ("last year", "recently").
 * The patterns are ours: they are what news copy uses, and a general
 * number-parsing library would not know "hundreds" is a figure.
 */

export type FigureKind = 'count' | 'vague' | 'year' | 'date' | 'relative';

export interface Figure {
	kind: FigureKind;
	/** The words as written, e.g. "Over twenty-five thousand". */
	text: string;
	/** What it is compared on: "25000", "hundreds", "2023-03", "last year". */
	key: string;
	/** The number, for counts and years. */
	value?: number;
	/** A hedge on the number as written: "over", "around", "approximately"… */
	qualifier?: string;
	/** Offset in the text it was found in. */
	start: number;
}

const units = new Map<string, number>(
	Object.entries({
		zero: 0,
		one: 1,
		two: 2,
		three: 3,
		four: 4,
		five: 5,
		six: 6,
		seven: 7,
		eight: 8,
		nine: 9,
		ten: 10,
		eleven: 11,
		twelve: 12,
		thirteen: 13,
		fourteen: 14,
		fifteen: 15,
		sixteen: 16,
		seventeen: 17,
		eighteen: 18,
		nineteen: 19,
		twenty: 20,
		thirty: 30,
		forty: 40,
		fifty: 50,
		sixty: 60,
		seventy: 70,
		eighty: 80,
		ninety: 90,
	}),
);
const scales = new Map<string, number>(
	Object.entries({ hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 }),
);
const months = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];

const qualifiers = [
	'more than',
	'less than',
	'fewer than',
	'at least',
	'up to',
	'as many as',
	'nearly',
	'almost',
	'about',
	'around',
	'approximately',
	'roughly',
	'some',
	'over',
	'under',
	'at most',
	'an estimated',
	'estimated',
];
const qualifierPattern = new RegExp(`\\b(${qualifiers.join('|')})\\s+$`, 'i');

const numberWord = `(?:${[...units.keys(), ...scales.keys()].join('|')})`;
const spelled = new RegExp(`\\b${numberWord}(?:(?:[\\s-]+|\\s+and\\s+)${numberWord})*\\b`, 'gi');
const vague = /\b(dozens|hundreds|thousands|tens of thousands|hundreds of thousands|millions|billions)\b/gi;
const monthYear = new RegExp(`\\b(${months.join('|')})\\s+((?:19|20)\\d{2})\\b`, 'gi');
const relative =
	/\b(last|this|next|previous|past) (year|month|week|spring|summer|autumn|fall|winter)\b|\b(recently|yesterday|today|tomorrow|nowadays)\b/gi;
// Digits not glued to a letter ("Geran-2", "F-16") and not a citation "[2]".
const digits = /(?<![\p{L}\d,.[-]|[\p{L}]-)\d+(?:\.\d+)?(?![\d\]]|[,.]\d|-?\p{L})/gu;

/**
 * Every figure in a text, in order. Citation numbers like "[2]" and model
 * numbers like "Geran-2" are not figures.
 *
 * @example extractFigures('Over 25,000 workers').map((f) => [f.key, f.qualifier]) // [['25000', 'over']]
 * @example extractFigures('twenty-five thousand')[0].value // 25000
 */
export function extractFigures(text: string): Figure[] {
	const found: Figure[] = [];
	const taken: [number, number][] = [];
	const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
	const add = (figure: Omit<Figure, 'qualifier'>, length: number) => {
		if (!free(figure.start, figure.start + length)) return;
		taken.push([figure.start, figure.start + length]);
		const qualifier = qualifierPattern.exec(text.slice(Math.max(0, figure.start - 20), figure.start))?.[1];
		found.push(qualifier ? { ...figure, qualifier: qualifier.toLowerCase() } : figure);
	};

	for (const match of text.matchAll(monthYear)) {
		const month = months.indexOf(match[1]!.toLowerCase()) + 1;
		add(
			{
				kind: 'date',
				text: match[0],
				key: `${match[2]}-${String(month).padStart(2, '0')}`,
				start: match.index,
			},
			match[0].length,
		);
	}
	for (const match of text.matchAll(vague)) {
		add({ kind: 'vague', text: match[0], key: match[0].toLowerCase(), start: match.index }, match[0].length);
	}
	for (const match of text.matchAll(groupedDigits)) {
		const value = Number(match[0].replace(/\D/g, ''));
		add({ kind: 'count', text: match[0], key: String(value), value, start: match.index }, match[0].length);
	}
	for (const match of text.matchAll(spelled)) {
		const value = parseNumberWords(match[0]);
		// News copy spells out one to nine as words ("the two nations"); they are rarely the story's figures.
		if (value === undefined || value < 10) continue;
		add({ kind: 'count', text: match[0], key: String(value), value, start: match.index }, match[0].length);
	}
	for (const match of text.matchAll(digits)) {
		const scale = /^\s+(hundred|thousand|million|billion)\b/i.exec(text.slice(match.index + match[0].length));
		if (scale) {
			const value = Number(match[0]) * scales.get(scale[1]!.toLowerCase())!;
			const written = match[0] + scale[0];
			add({ kind: 'count', text: written, key: String(value), value, start: match.index }, written.length);
			continue;
		}
		const value = Number(match[0]);
		const year = Number.isInteger(value) && value >= 1900 && value <= 2099 && match[0].length === 4;
		add(
			{ kind: year ? 'year' : 'count', text: match[0], key: String(value), value, start: match.index },
			match[0].length,
		);
	}
	for (const match of text.matchAll(relative)) {
		add(
			{ kind: 'relative', text: match[0], key: match[0].toLowerCase(), start: match.index },
			match[0].length,
		);
	}
	return found
		.sort((a, b) => a.start - b.start)
		.map((figure) => (figure.qualifier ? { ...figure, text: `${figure.qualifier} ${figure.text}` } : figure));
}

/**
 * The value of a number written in English words, or undefined when the words
 * are not one number.
 *
 * @example parseNumberWords('twenty-five thousand') // 25000
 * @example parseNumberWords('two hundred and five') // 205
 */
export function parseNumberWords(phrase: string): number | undefined {
	const tokens = phrase
		.toLowerCase()
		.split(/[\s-]+/)
		.filter((token) => token !== 'and');
	if (tokens.length === 1 && scales.has(tokens[0]!)) return undefined;
	let total = 0;
	let current = 0;
	for (const token of tokens) {
		const unit = units.get(token);
		const scale = scales.get(token);
		if (unit !== undefined) current += unit;
		else if (token === 'hundred') current = (current || 1) * 100;
		else if (scale !== undefined) {
			total += (current || 1) * scale;
			current = 0;
		} else return undefined;
	}
	return total + current;
}

/** One figure as it stands across two versions. */
export interface FigureComparison {
	key: string;
	kind: FigureKind;
	inA: Figure[];
	inB: Figure[];
	/**
	 * `same`: both give it, hedged alike; `qualifier`: both give it, hedged
	 * differently; `changed`: one version gives another figure of the same
	 * kind in the matching sentence; `only-a`/`only-b`: one version alone.
	 */
	status: 'same' | 'qualifier' | 'changed' | 'only-a' | 'only-b';
	/** For `changed`: the figures the matching sentence of the other version gives instead. */
	instead: Figure[];
}

/** A figure located in a sentence, so figures can be matched through the sentence alignment. */
export interface PlacedFigure extends Figure {
	sentence: number;
}

/**
 * Matches the figures of two versions: first by value (so "25,000" and
 * "twenty-five thousand" meet), then, for a figure only one version gives,
 * through the sentence the alignment pairs it with, to show what the other
 * version says instead.
 *
 * @example compareFigures(figuresA, figuresB, (i) => partnersOf[i]).filter((f) => f.status !== 'same')
 */
export function compareFigures(
	a: PlacedFigure[],
	b: PlacedFigure[],
	partnersOfA: (sentence: number) => number[],
	partnersOfB: (sentence: number) => number[],
): FigureComparison[] {
	const keys = [...new Set([...a, ...b].map((figure) => `${figure.kind}:${figure.key}`))];
	const hedges = (figures: Figure[]) =>
		[...new Set(figures.map((figure) => figure.qualifier ?? ''))].sort().join('|');
	const compared = keys.map((id): FigureComparison => {
		const inA = a.filter((figure) => `${figure.kind}:${figure.key}` === id);
		const inB = b.filter((figure) => `${figure.kind}:${figure.key}` === id);
		const { kind, key } = (inA[0] ?? inB[0])!;
		if (inA.length > 0 && inB.length > 0) {
			return { key, kind, inA, inB, status: hedges(inA) === hedges(inB) ? 'same' : 'qualifier', instead: [] };
		}
		const [mine, theirs, partners] = inA.length > 0 ? [inA, b, partnersOfA] : [inB, a, partnersOfB];
		const opposite = new Set(mine.flatMap((figure) => partners(figure.sentence)));
		const instead = theirs.filter(
			(figure) => opposite.has(figure.sentence) && sameFamily(figure.kind, kind) && figure.key !== key,
		);
		const status = instead.length > 0 ? 'changed' : inA.length > 0 ? 'only-a' : 'only-b';
		return { key, kind, inA, inB, status, instead };
	});
	// A change is reported once, from A's side: drop B's mirror of it.
	const fromA = new Set(
		compared
			.filter((c) => c.status === 'changed' && c.inA.length > 0)
			.flatMap((c) => c.instead.map((f) => f.key)),
	);
	return compared.filter((c) => !(c.status === 'changed' && c.inA.length === 0 && fromA.has(c.key)));
}

/** Counts compare with counts and vague amounts; times with times. */
function sameFamily(a: FigureKind, b: FigureKind): boolean {
	const family = (kind: FigureKind) => (kind === 'count' || kind === 'vague' ? 'amount' : 'time');
	return family(a) === family(b);
}
