import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';

// Loaded once the runner's TypeScript resolver is registered (run.ts and
// profile.ts import `./resolve-ts.ts` first): the site's modules import each
// other without extensions.
const { cuesIn, matchable } = await import('../../src/record/check-worthy.ts');

/** Why the corpus's unmarked check-worthy sentences are listed in `notClaims`. */
const fillerReason = 'Generated filler for the benchmark; it makes no claim.';

/** A sentence no marker covers. */
const unmarked = (text: string) => ({ text, plain: text, marked: false });

/** A `notClaims` entry for each sentence with a cue that no marker covers. */
function reviewed(
	sentences: readonly { text: string; marked: boolean }[],
): { text: string; reason: string }[] {
	return sentences
		.filter((sentence) => !sentence.marked && cuesIn(sentence.text).length > 0)
		.map((sentence) => ({ text: sentence.text, reason: fillerReason }));
}

/**
 * Words from `make` found nowhere in `text`, asked for again until they are:
 * a short heading or kicker found inside a sentence too could not be named by
 * a `notClaims` entry (it must match one place only, src/record/coverage.ts).
 */
function fresh(make: () => string, text: string): string {
	const within = matchable(text);
	for (;;) {
		const words = make();
		if (!within.includes(matchable(words))) return words;
	}
}

/**
 * A synthetic corpus shaped like the real content, for timing builds at scale:
 * stories told in 2–3 versions of ~800 words, each marking 5–10 passages with
 * `:claim[…]{#id}`, claims shared between the versions of a story, each story
 * with a dated timeline and the evidence its verdicts rest on, and pools of
 * sources and topics. The same seed always gives the same files.
 */
export interface Corpus {
	/** Path (relative to the project root) → file text, for our site. */
	files: Map<string, string>;
	/** The same articles with the markers reduced to their words, for the plain baseline project. */
	plainArticles: Map<string, string>;
	counts: {
		articles: number;
		stories: number;
		claims: number;
		sources: number;
		evidence: number;
		topics: number;
	};
}

/** A small deterministic PRNG (mulberry32), so a run can be repeated exactly. */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const words =
	`the a of to in and for on that with as by from at is was were will would could said report reports
officials government ministry factory workers drones production region border war army troops attack attacks
agreement partnership sources analysts diplomats according statement week month year city province country
industry supply supplies plant zone economic special training technology transfer missile missiles units
capacity expansion contract contracts labour labor migrants recruits programme program deliveries exports
imports sanctions council security defence defense officers commander commanders local regional national
international spokesman agency broadcaster newspaper interview briefing press conference data figures estimates
thousands hundreds dozens several many new old large small major minor recent earlier later further early late
increase decrease growth decline pressure cooperation delegation visit talks summit plan plans project projects
schedule deadline shipment shipments route routes rail port airfield base bases site sites engineers builders
pilots operators components parts engines batteries electronics assembly line lines output shift shifts housing
wages salaries conditions contracts recruitment campaign advertising students women men families villages towns`
		.split(/\s+/)
		.filter(Boolean);

const names =
	`Amberley Brackwater Caldor Dunmere Eastfold Farrow Glenholm Harwick Islay Juniper Kestrel Larchmont
Merrow Northcote Oakhurst Pellow Quarry Rosedale Stanwick Thornbury Ulvers Vance Westerly Yarrow Zennor`
		.split(/\s+/)
		.filter(Boolean);

const outlets = ['Harbour Times', 'Daily Ledger', 'Northern Wire', 'Evening Courier', 'Plains Gazette'];
const topicKinds = ['person', 'place', 'organisation', 'weapon', 'subject'] as const;
const claimKinds = ['figure', 'event', 'attribution', 'forecast', 'opinion'] as const;
/** The verdicts a checkable claim can get, each with evidence that satisfies its rule (see `storyEvidence`). */
const checkableVerdicts = [
	'confirmed',
	'official-statement',
	'reported-unconfirmed',
	'contradicted',
	'not-found',
] as const;
/** Citation supports that hold for sources no older than the events (the timeline predates every source). */
const citedSupports = ['title-states', 'on-topic', 'unresolvable'] as const;

/**
 * The evidence each verdict rests on, from a story's four items: two reports of
 * independent origin, a relay of the first, and an official statement; so
 * every verdict's rule (src/record/verdict-rules.ts) holds.
 */
function evidenceFor(
	verdict: (typeof checkableVerdicts)[number] | 'not-checkable',
	[first, second, relay, statement]: string[],
	shows: string,
): { item: string; bears: string; shows: string }[] {
	const link = (item: string | undefined, bears: string) => ({ item: item!, bears, shows });
	switch (verdict) {
		case 'confirmed':
			return [link(first, 'states'), link(second, 'states')];
		case 'official-statement':
			return [link(statement, 'states')];
		case 'reported-unconfirmed':
			return [link(first, 'differs'), link(relay, 'states')];
		case 'contradicted':
			return [link(second, 'contradicts')];
		case 'not-found':
		case 'not-checkable':
			return [link(relay, 'context')];
	}
}

/**
 * Generates `articles` articles of about `wordsPerArticle` words each (and the stories,
 * claims, sources and topics they need) from `seed`.
 *
 * @example generateCorpus({ articles: 100, seed: 1 }).counts.articles // 100
 */
export function generateCorpus({
	articles,
	seed,
	wordsPerArticle = 800,
}: {
	articles: number;
	seed: number;
	wordsPerArticle?: number;
}): Corpus {
	const rand = random(seed);
	const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
	const pickSome = <T>(list: readonly T[], count: number): T[] => {
		const copy = [...list];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(rand() * (i + 1));
			[copy[i], copy[j]] = [copy[j]!, copy[i]!];
		}
		return copy.slice(0, Math.min(count, copy.length));
	};
	const phrase = (count: number) => Array.from({ length: count }, () => pick(words)).join(' ');
	const sentence = (count = int(12, 24)) => {
		let text = phrase(count);
		if (rand() < 0.15) text = text.replace(/ (\w+) (\w+)/, ' “$1 $2”');
		if (rand() < 0.15) text = text.replace(/ (\w+)s /, ' $1’s ');
		if (rand() < 0.1) text += ` -- ${phrase(4)}`;
		return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
	};

	const files = new Map<string, string>();
	const plainArticles = new Map<string, string>();
	const write = (path: string, data: unknown) => files.set(path, yaml.dump(data, { lineWidth: 110 }));

	const topicCount = Math.max(20, Math.round(articles / 25));
	const topicIds = Array.from({ length: topicCount }, (_, i) => `topic-${i + 1}`);
	topicIds.forEach((id, i) =>
		write(`content/topics/${id}.yaml`, {
			name: `${pick(names)} ${i + 1}`,
			kind: topicKinds[i % topicKinds.length],
			description: sentence(int(15, 30)),
		}),
	);

	const wireCount = Math.max(10, Math.round(articles / 50));
	const wireIds = Array.from({ length: wireCount }, (_, i) => `wire-${i + 1}`);
	const citedWire = new Set<string>();
	const writeSource = (id: string, numbered: boolean, index: number) => {
		const outlet = pick(outlets);
		const title = sentence(int(6, 12)).replace(/\.$/, '');
		const url = rand() < 0.6 ? `https://news.example/${id}` : undefined;
		write(`content/sources/${id}.yaml`, {
			outlet,
			title,
			...(rand() < 0.5 ? { date: `${pick(['March', 'June', 'November'])} 2023` } : {}),
			...(url ? { url } : {}),
			citedAs: `${numbered ? `[${index}] ` : ''}${outlet}, “${title}”`,
			note: sentence(int(20, 40)),
		});
	};

	// Stories of 2 or 3 versions, adding up to exactly `articles`.
	const storySizes: number[] = [];
	for (let left = articles; left > 0;) {
		const size = left <= 3 ? left : left === 4 ? 2 : int(2, 3);
		storySizes.push(size);
		left -= size;
	}

	let claimTotal = 0;
	let sourceTotal = 0;
	let evidenceTotal = 0;
	let articleIndex = 0;
	storySizes.forEach((size, s) => {
		const storyId = `story-${s + 1}`;
		// A timeline in 2022, before every source's date as cited, so no citation predates its events.
		const month = (n: number) => `2022-${String(n).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
		const evidenceIds = ['report-a', 'report-b', 'relay', 'statement'].map((kind) => `${storyId}-${kind}`);
		const [outletA, outletB] = pickSome(outlets, 2) as [string, string];
		const timeline = [
			{ id: 'first-report', date: month(int(1, 4)), event: sentence(12), evidence: evidenceIds.slice(0, 1) },
			{ id: 'second-report', date: month(int(5, 8)), event: sentence(12), evidence: evidenceIds.slice(1, 3) },
			{ id: 'statement', date: month(int(9, 12)), event: sentence(12), evidence: evidenceIds.slice(3) },
		];
		write(`content/stories/${storyId}.yaml`, {
			title: sentence(10),
			summary: `${sentence()} ${sentence()}`,
			timeline,
		});
		const evidenceRecord = (index: number, kind: string, outlet: string, origin?: string) =>
			write(`content/evidence/${evidenceIds[index]}.yaml`, {
				outlet,
				title: sentence(int(6, 12)).replace(/\.$/, ''),
				url: `https://reports.example/${evidenceIds[index]}`,
				// Published the day of the event it dates, read two years later.
				published: timeline.find((event) => event.evidence.includes(evidenceIds[index]!))!.date,
				consulted: '2024-12-01',
				kind,
				...(origin ? { origin } : {}),
				attributesTo: `${outlet}, citing ${phrase(3)}`,
				reports: sentence(),
			});
		evidenceRecord(0, 'report', outletA);
		evidenceRecord(1, 'report', outletB);
		evidenceRecord(2, 'relay', pick(outlets.filter((outlet) => outlet !== outletA)), outletA);
		evidenceRecord(3, 'statement', outletB, `${pick(names)} ministry`);
		evidenceTotal += evidenceIds.length;

		const ownSources = Array.from({ length: 3 }, (_, i) => `${storyId}-source-${i + 1}`);
		const claimIds = Array.from({ length: int(6, 9) }, (_, i) => `${storyId}-claim-${i + 1}`);
		claimTotal += claimIds.length;
		const storyTopics = pickSome(topicIds, int(3, 6));
		const articleIds = Array.from({ length: size }, (_, v) => `a${++articleIndex}-${storyId}-v${v + 1}`);
		// The first version marks every claim of the story; the others a subset, so some claims are absent.
		const markedBy = articleIds.map((_, v) =>
			v === 0 ? claimIds : pickSome(claimIds, int(5, Math.min(8, claimIds.length))),
		);

		// Drawn before the claims, whose wording judgements quote them.
		const titles = articleIds.map(() => sentence(int(8, 14)).replace(/\.$/, ''));
		for (const id of claimIds) {
			const kind = pick(claimKinds);
			const verdict = kind === 'opinion' || kind === 'forecast' ? 'not-checkable' : pick(checkableVerdicts);
			const record = phrase(3);
			const evidence = evidenceFor(verdict, evidenceIds, `${sentence(8)} It says “${record}”.`);
			const reported = evidence.some(({ bears }) => bears !== 'context');
			write(`content/claims/${id}.yaml`, {
				claim: sentence(),
				kind,
				assertedBy: `${pick(outlets)}, citing ${phrase(3)}`,
				verdict,
				rationale: `${sentence()} ${sentence()}`,
				evidence,
				...(verdict === 'not-found'
					? {
							searches: [
								{ query: phrase(3), where: 'news sites, full text', date: '2025-07-01', found: sentence() },
							],
						}
					: {}),
				events: pickSome(
					timeline.map((event) => event.id),
					int(1, 2),
				),
				byVersion: articleIds
					.filter((_, v) => markedBy[v]!.includes(id))
					.map((article) => {
						const cites = rand() < 0.8;
						const changed = rand() < 0.2;
						const words = titles[articleIds.indexOf(article)]!.split(' ').slice(0, 4).join(' ');
						return {
							article,
							citation: cites ? pick(citedSupports) : 'no-citation',
							sources: cites ? pickSome(ownSources, int(1, 2)) : [],
							citationRationale: sentence(),
							...(reported
								? { wording: { judged: [changed ? 'hedge-dropped' : 'faithful'], words, record } }
								: {}),
							...(changed ? { note: `It drops the hedge. ${sentence(8)}` } : {}),
						};
					}),
				topics: pickSome(storyTopics, int(1, 3)),
			});
		}

		articleIds.forEach((id, v) => {
			const numbered = v === 0;
			const wire = pickSome(wireIds, 2);
			wire.forEach((w) => citedWire.add(w));
			const { markdown, plain, notClaims } = articleBody(markedBy[v]!, wordsPerArticle, sentence, int, pick);
			const title = titles[v]!;
			const kicker =
				rand() < 0.3 ? fresh(() => sentence(4).replace(/\.$/, ''), `${titles[v]}\n${plain}`) : undefined;
			const frontmatter = {
				title,
				...(kicker ? { kicker } : {}),
				description: sentence(int(10, 16)).slice(0, 190),
				story: storyId,
				name: numbered ? 'scraped page' : v === 1 ? 'rewrite' : `rewrite ${v}`,
				provenance: numbered ? 'scraped-page' : 'rewrite',
				provenanceNote: sentence(int(20, 35)),
				date:
					rand() < 0.5
						? 'undated'
						: `2024-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
				language: 'en',
				tags: pickSome(['Drones', 'Labour', 'Security', 'Diplomacy'], int(0, 3)),
				topics: pickSome(storyTopics, int(2, storyTopics.length)),
				versions: articleIds.filter((other) => other !== id),
				references: [...ownSources, ...wire].map((source, i) => ({
					...(numbered ? { number: i + 1 } : {}),
					source,
				})),
				// The headline lines and sentences with a cue that no marker covers, reviewed.
				notClaims: [...reviewed([title, ...(kicker ? [kicker] : [])].map(unmarked)), ...notClaims],
			};
			files.set(
				`content/articles/${id}.md`,
				`---\n${yaml.dump(frontmatter, { lineWidth: 110 })}---\n\n${markdown}`,
			);
			plainArticles.set(
				id,
				`---\n${yaml.dump({ title: frontmatter.title }, { lineWidth: 110 })}---\n\n${plain}`,
			);
		});

		ownSources.forEach((id, i) => writeSource(id, true, i + 1));
		sourceTotal += ownSources.length;
	});
	// A wire source no article happened to cite would (rightly) fail the build: leave it out.
	for (const id of wireIds.filter((id) => citedWire.has(id))) writeSource(id, false, 0);
	sourceTotal += citedWire.size;

	// Every topic must be used: give the unused ones to the first claim that can take them.
	const usedTopics = new Set<string>();
	for (const [path, text] of files) {
		if (path.startsWith('content/articles/') || path.startsWith('content/claims/')) {
			for (const match of text.matchAll(/topic-\d+/g)) usedTopics.add(match[0]);
		}
	}
	const unused = topicIds.filter((id) => !usedTopics.has(id));
	unused.forEach((id, i) => {
		const claimPath = `content/claims/story-${(i % storySizes.length) + 1}-claim-1.yaml`;
		const claim = yaml.load(files.get(claimPath)!) as { topics: string[] };
		claim.topics.push(id);
		files.set(claimPath, yaml.dump(claim, { lineWidth: 110 }));
	});

	return {
		files,
		plainArticles,
		counts: {
			articles,
			stories: storySizes.length,
			claims: claimTotal,
			sources: sourceTotal,
			evidence: evidenceTotal,
			topics: topicIds.length,
		},
	};
}

/**
 * About `length` words, or enough for every marker (at 800: a standfirst,
 * paragraphs, two sections, one a bulleted list), and 5–10 claim markers over the marked claims, each marked at
 * least once.
 */
function articleBody(
	claimIds: string[],
	length: number,
	sentence: (count?: number) => string,
	int: (min: number, max: number) => number,
	pick: <T>(list: readonly T[]) => T,
): { markdown: string; plain: string; notClaims: { text: string; reason: string }[] } {
	const markerCount = Math.max(claimIds.length, int(5, 10));
	const markers = [
		...claimIds,
		...Array.from({ length: markerCount - claimIds.length }, () => pick(claimIds)),
	];
	// Each sentence as written, and as the plain baseline writes it: the same words without the marker.
	type Sentence = { text: string; plain: string; marked: boolean };
	const blocks: { kind: 'text' | 'list' | 'heading'; sentences: Sentence[] }[] = [];
	// A paragraph of three sentences or more for every three markers at least: a marker cannot wrap another.
	for (
		let wordsSoFar = 0, paragraphs = 0;
		wordsSoFar < length || paragraphs * 3 < markerCount;
		paragraphs++
	) {
		const sentences = Array.from({ length: int(3, 5) }, () => sentence());
		wordsSoFar += sentences.join(' ').split(' ').length;
		// A heading's words are chosen once the text is written (`fresh`).
		if (blocks.length === 4 || blocks.length === 9) blocks.push({ kind: 'heading', sentences: [] });
		blocks.push({ kind: blocks.length === 7 ? 'list' : 'text', sentences: sentences.map(unmarked) });
	}
	for (const heading of blocks.filter((block) => block.kind === 'heading')) {
		const written = blocks.flatMap((block) => block.sentences.map(({ text }) => text)).join('\n');
		heading.sentences = [unmarked(fresh(() => sentence(int(3, 6)).replace(/\.$/, ''), written))];
	}
	// Spread the markers over the paragraphs, one sentence each, some followed by a reference number.
	const prose = blocks.filter((block) => block.kind !== 'heading');
	const used = new Map<number, number>();
	markers.forEach((claimId, m) => {
		const at = Math.floor((m * prose.length) / markers.length);
		const block = prose[at]!;
		const index = (used.get(at) ?? 0) % block.sentences.length;
		used.set(at, index + 1);
		const reference = m % 3 === 0 ? ` \\[${(m % 5) + 1}\\]` : '';
		const { text, plain } = block.sentences[index]!;
		block.sentences[index] = {
			text: `:claim[${text.replace(/\.$/, '')}]{#${claimId}}.${reference}`,
			plain: `${plain.replace(/\.$/, '')}.${reference}`,
			marked: true,
		};
	});
	const write = (form: 'text' | 'plain') =>
		`${blocks
			.map(({ kind, sentences }) => {
				const lines = sentences.map((sentence) => sentence[form]);
				return kind === 'heading'
					? `## ${lines[0]}`
					: kind === 'list'
						? lines.map((line) => `- ${line}`).join('\n')
						: lines.join(' ');
			})
			.join('\n\n')}\n`;
	return {
		markdown: write('text'),
		plain: write('plain'),
		notClaims: reviewed(blocks.flatMap((block) => block.sentences)),
	};
}

/** Writes the corpus's files under `root`. */
export function writeCorpus(root: string, files: Map<string, string>): void {
	for (const [path, text] of files) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
}
