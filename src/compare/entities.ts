import { stem } from '../text/words';

/**
 * Named entities, found by capitalisation: runs of capitalised words ("Sergei
 * Shoigu", "Alabuga Special Economic Zone"), joined across "of"/"the"
 * ("Secretary of the National Security Council"). A statistical tagger would
 * be a heavy dependency for two short texts; capitalisation, checked against
 * the texts themselves, is enough and explainable.
 */

export interface Entity {
	/** As written, e.g. "Japan's public broadcaster" is not one; "Japan" is. */
	text: string;
	/** Compared on: lower-case, possessive and a leading "the" dropped. */
	key: string;
	start: number;
}

const connectors = new Set(['of', 'the', 'de', 'von', 'al']);
/** Capitalised words that name no one thing when they stand alone ("the West", "North"). */
const notNames = new Set(['west', 'east', 'north', 'south', 'western', 'eastern', 'northern', 'southern']);
/** Demonyms whose place is not the demonym less its "n": "Ukrainian" → "Ukraine". */
const demonyms: Record<string, string> = {
	ukrainian: 'ukraine',
	iranian: 'iran',
	japanese: 'japan',
	chinese: 'china',
	syrian: 'syria',
	nordic: 'nordic',
};
const possessive = /['’]s$/u;
const word = /[\p{Lu}\p{Ll}\p{Lt}\p{N}]+(?:[-'’][\p{Lu}\p{Ll}\p{N}]+)*/gu;
const capitalised = (token: string) => /^[\p{Lu}\p{Lt}]/u.test(token);

/**
 * The capitalised runs of one sentence. The sentence's first word is kept
 * only when `isName` says the word is a name (it is capitalised elsewhere,
 * mid-sentence), since every sentence starts with a capital.
 *
 * @example extractEntities('As reported by Interfax, Sergei Shoigu spoke.', () => false).map((e) => e.text)
 * // ['Interfax', 'Sergei Shoigu']
 */
export function extractEntities(sentence: string, isName: (word: string) => boolean): Entity[] {
	const tokens = [...sentence.matchAll(word)].map((match) => ({
		text: match[0],
		start: match.index,
		end: match.index + match[0].length,
	}));
	const entities: Entity[] = [];
	let run: typeof tokens = [];
	const close = () => {
		while (run.length > 0 && connectors.has(run.at(-1)!.text.toLowerCase())) run.pop();
		const [first] = run;
		const last = run.at(-1);
		if (first && last) {
			// "Ukraine's" names Ukraine: the possessive is not part of the name.
			const text = sentence.slice(first.start, last.end).replace(possessive, '');
			const alone = run.length === 1 && notNames.has(text.toLowerCase());
			if (!alone) entities.push({ text, key: entityKey(text), start: first.start });
		}
		run = [];
	};
	tokens.forEach((token, i) => {
		const previous = tokens[i - 1];
		const gap = previous ? sentence.slice(previous.end, token.start) : '';
		if (run.length > 0 && !/^\s+$/.test(gap)) close();
		if (capitalised(token.text)) {
			// Every sentence starts with a capital: its first word counts only if it is a name.
			if (i === 0 && !isName(token.text)) return;
			run.push(token);
		} else if (run.length > 0 && connectors.has(token.text) && capitalisedAfterConnectors(tokens, i)) {
			run.push(token);
		} else close();
	});
	close();
	return entities;
}

/** Whether the first word after a run of connectors ("of the") is capitalised. */
function capitalisedAfterConnectors(tokens: { text: string }[], i: number): boolean {
	const after = tokens.slice(i + 1).find((token) => !connectors.has(token.text));
	return capitalised(after?.text ?? '');
}

/**
 * The form two mentions are compared on.
 *
 * A demonym and its place are one name: "North Koreans", "North Korean" and
 * "North Korea" all key as "north korea"; "African" as "africa".
 *
 * @example entityKey('North Koreans') // 'north korea'
 * @example entityKey("The Diplomat's") // 'diplomat'
 */
export function entityKey(text: string): string {
	return text
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.replace(/^the\s+/, '')
		.replace(/\s+/g, ' ')
		.trim()
		.split(' ')
		.map(placeOf)
		.join(' ');
}

/** The place a demonym names ("koreans" → "korea", "african" → "africa"); other words as they are. */
function placeOf(word: string): string {
	const singular = word.replace(/ns$/, 'n');
	const place = demonyms[singular];
	if (place) return place;
	// Korean → Korea, African → Africa, Russian → Russia, Tatarstani is left alone.
	return /(?:ea|ica|ssia|lia|bia|nia)n$/.test(singular)
		? singular.slice(0, -1)
		: singular === word
			? word
			: singular;
}

/**
 * Which words of a set of texts are names: capitalised somewhere other than
 * at the start of a sentence. Used to decide whether a sentence's first word
 * is a name ("Pyongyang has…") or just capitalised ("Heaps of…").
 */
export function namesIn(sentences: string[]): Set<string> {
	const names = new Set<string>();
	for (const sentence of sentences) {
		const tokens = [...sentence.matchAll(word)].map((match) => match[0]);
		tokens.slice(1).forEach((token) => {
			if (capitalised(token)) names.add(token);
		});
	}
	return names;
}

export interface EntityComparison {
	key: string;
	/** Every way each version writes it. */
	inA: string[];
	inB: string[];
	/**
	 * `same`: both name it alike; `named-differently`: one version's name shares
	 * words with one only the other uses ("Security Council" / "National Security Council");
	 * `only-a`/`only-b`: one version alone.
	 */
	status: 'same' | 'named-differently' | 'only-a' | 'only-b';
	/** For `named-differently`: the other version's names it was matched with. */
	related: string[];
}

/**
 * Matches the entities of two versions by key, then by containment of words,
 * so that a longer or shorter name for the same thing is reported as named
 * differently rather than missing.
 *
 * @example compareEntities([{ text: 'Alabuga', … }], [{ text: 'Alabuga Special Economic Zone', … }])[0].status // 'named-differently'
 */
export function compareEntities(a: Entity[], b: Entity[]): EntityComparison[] {
	const group = (entities: Entity[]) => {
		const map = new Map<string, string[]>();
		for (const entity of entities)
			map.set(entity.key, [...new Set([...(map.get(entity.key) ?? []), entity.text])]);
		return map;
	};
	const inA = group(a);
	const inB = group(b);
	const tokens = (key: string) => key.split(/[\s-]+/).map(stem);
	// A one-sided name is related to a one-sided name of the other version that
	// shares more than half the words of the shorter (by stem): "Alabuga" and "Alabuga Special
	// Economic Zone", "Africa" and "African". Names both versions use are left out.
	// Words of names both versions use ("Russia") do not make two other names alike.
	const common = new Set([...inA.keys()].filter((key) => inB.has(key)).flatMap(tokens));
	const related = (key: string, others: Map<string, string[]>) =>
		[...others.keys()].filter((other) => {
			if (inA.has(other) && inB.has(other)) return false;
			const a = tokens(key);
			const b = tokens(other);
			const shared = a.filter((token) => b.includes(token) && !common.has(token)).length;
			return shared * 2 > Math.min(a.length, b.length);
		});

	const compared = [...new Set([...inA.keys(), ...inB.keys()])].map((key) => {
		const namesA = inA.get(key) ?? [];
		const namesB = inB.get(key) ?? [];
		if (namesA.length > 0 && namesB.length > 0) {
			return { key, inA: namesA, inB: namesB, status: 'same' as const, related: [], relatedKeys: [] };
		}
		const others = namesA.length > 0 ? inB : inA;
		const relatedKeys = related(key, others);
		const status = relatedKeys.length > 0 ? 'named-differently' : namesA.length > 0 ? 'only-a' : 'only-b';
		const names = relatedKeys.flatMap((match) => others.get(match) ?? []);
		// A's name written differently carries B's names beside it.
		const withB = status === 'named-differently' && namesA.length > 0 ? names : namesB;
		return {
			key,
			inA: namesA,
			inB: withB,
			status: status as EntityComparison['status'],
			related: names,
			relatedKeys,
		};
	});
	// …so B's mirror of it is left out: each difference is reported once.
	const fromA = new Set(
		compared
			.filter((c) => c.status === 'named-differently' && c.inA.length > 0)
			.flatMap((c) => c.relatedKeys),
	);
	return compared
		.filter((c) => !(c.status === 'named-differently' && c.inA.length === 0 && fromA.has(c.key)))
		.map(({ relatedKeys: _, ...comparison }) => comparison);
}
