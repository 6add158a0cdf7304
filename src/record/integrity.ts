import type { ContentProblem } from '../loading/content-error';
import { headlineFields } from '../schemas/article';
import { didYouMean } from './claim-index';
import { claimIndexOf } from './coverage';
import type { ArticleEntry, ContentSet, Entry } from '../loading/content-set';
import type { Claim } from '../schemas/claim';
import type { Evidence } from '../schemas/evidence';
import type { Source } from '../schemas/source';
import type { Story } from '../schemas/story';
import type { Topic } from '../schemas/topic';
import { eventsById } from './timeline';
import { judgementBreaches } from './verdict-rules';

/**
 * Every cross-reference mistake in the content: ids that point nowhere, markers
 * the Markdown plugin could not read, claims no article marks, sources no
 * article cites, versions that do not list each other, evidence and timeline
 * events that point nowhere, and verdicts or citation supports that do not
 * follow from their evidence (`./verdict-rules.ts`). The schemas check each
 * entry alone; this checks them together. An empty list means the content holds.
 *
 * @example findContentProblems(content).length // 0
 */
export function findContentProblems(content: ContentSet): ContentProblem[] {
	const lookup = lookupOf(content);
	return [
		...content.articles.flatMap((article) => articleProblems(article, lookup)),
		...content.claims.flatMap((claim) => claimProblems(claim, lookup)),
		...content.stories.flatMap((story) => timelineProblems(story, lookup)),
		...unusedRecords(content),
	];
}

/** What the checks look up: every record by id, and what is read from the articles once. */
interface Lookup {
	content: ContentSet;
	ids: Record<Collection, Set<string>>;
	articles: Map<string, ArticleEntry>;
	evidence: Map<string, Entry<Evidence>>;
	sources: Map<string, Source>;
	stories: Map<string, Entry<Story>>;
	topics: Map<string, Entry<Topic>>;
	/** The articles that mark each claim, in the order of the articles, each once. */
	marking: Map<string, ArticleEntry[]>;
	/** Whether every article's markers are known: with one unreadable, the claims are not blamed. */
	markersKnown: boolean;
	/** The earlier article of the same story with the same name, for each article that has one. */
	namesakes: Map<string, ArticleEntry>;
	/** Each article's headlines and words as a reader sees them, for the wording rules. */
	texts: Map<string, string>;
	/** Built the first time an unknown claim id needs a suggestion. */
	claimIndex: () => ReturnType<typeof claimIndexOf>;
}

type Collection = 'articles' | 'claims' | 'evidence' | 'sources' | 'stories' | 'topics';

function lookupOf(content: ContentSet): Lookup {
	const idsOf = (entries: Entry<unknown>[]) => new Set(entries.map((entry) => entry.id));
	const marking = new Map<string, ArticleEntry[]>();
	const namesakes = new Map<string, ArticleEntry>();
	const named = new Map<string, ArticleEntry>();
	for (const article of content.articles) {
		for (const claimId of new Set(article.markers.map((marker) => marker.claimId)))
			marking.set(claimId, [...(marking.get(claimId) ?? []), article]);
		const name = `${article.data.story}\u0000${article.data.name.toLowerCase()}`;
		const namesake = named.get(name);
		if (namesake) namesakes.set(article.id, namesake);
		else named.set(name, article);
	}
	let claimIndex: ReturnType<typeof claimIndexOf> | undefined;
	return {
		content,
		ids: {
			articles: idsOf(content.articles),
			claims: idsOf(content.claims),
			evidence: idsOf(content.evidence),
			sources: idsOf(content.sources),
			stories: idsOf(content.stories),
			topics: idsOf(content.topics),
		},
		articles: new Map(content.articles.map((entry) => [entry.id, entry])),
		evidence: new Map(content.evidence.map((entry) => [entry.id, entry])),
		sources: new Map(content.sources.map((entry) => [entry.id, entry.data])),
		stories: new Map(content.stories.map((entry) => [entry.id, entry])),
		topics: new Map(content.topics.map((entry) => [entry.id, entry])),
		marking,
		markersKnown: !content.articles.some((article) => article.renderFailed),
		namesakes,
		texts: new Map(
			content.articles.map((article) => [
				article.id,
				[...headlineFields.map((field) => article.data[field] ?? ''), markdownWords(article.body)].join('\n'),
			]),
		),
		claimIndex: () => (claimIndex ??= claimIndexOf(content)),
	};
}

const problem = (entry: Entry<unknown>, field: string, message: string): ContentProblem => ({
	file: entry.filePath,
	field,
	message,
});

/** A problem if `id` is not the id of a record in `collection`. */
function unknownId(
	lookup: Lookup,
	entry: Entry<unknown>,
	field: string,
	collection: Collection,
	id: string,
): ContentProblem[] {
	if (lookup.ids[collection].has(id)) return [];
	const known = lookup.ids[collection];
	return [
		problem(
			entry,
			field,
			`unknown id "${id}"; expected one of the ids in content/${collection}/ (${list(known)})`,
		),
	];
}

/** An article's own mistakes: its text and markers, its story, name, topics, versions and references. */
function articleProblems(article: ArticleEntry, lookup: Lookup): ContentProblem[] {
	const { data } = article;
	const problems: ContentProblem[] = [];
	const report = (field: string, message: string) => problems.push(problem(article, field, message));
	if (article.body.trim() === '')
		report('body', 'the article has no text; expected Markdown after the frontmatter');
	if (article.renderFailed)
		report('body', 'the Markdown could not be rendered; see the [ERROR] logged above');
	for (const { line, message } of article.markdownProblems) report(`body, line ${line ?? '?'}`, message);
	for (const marker of article.markers) {
		if (lookup.ids.claims.has(marker.claimId)) continue;
		const near = didYouMean(lookup.claimIndex(), marker.claimId, marker.text);
		report(
			`body, line ${marker.line ?? '?'} (claim marker)`,
			`unknown claim id "${marker.claimId}"; ${near.length > 0 ? `did you mean ${near.map((id) => `"${id}"`).join(' or ')}? ` : ''}expected the id of a file in content/claims/, or a new content/claims/${marker.claimId}.yaml`,
		);
	}
	const textReadable = article.body.trim() !== '' && !article.renderFailed;
	if (textReadable && article.markers.length === 0 && article.markdownProblems.length === 0)
		report('body', 'the article marks no claims; expected at least one :claim[the words]{#claim-id} marker');
	problems.push(...unknownId(lookup, article, 'story', 'stories', data.story));
	const namesake = lookup.namesakes.get(article.id);
	if (namesake)
		report(
			'name',
			`"${data.name}" is already the name of ${namesake.id} in story "${data.story}"; expected a name of its own, so readers can tell the versions apart`,
		);
	data.topics.forEach((id, i) => problems.push(...unknownId(lookup, article, `topics[${i}]`, 'topics', id)));
	for (const field of headlineFields) {
		if (data.headlineClaims[field] && data[field] === undefined)
			report(
				`headlineClaims.${field}`,
				`the article has no ${field}; expected claims only for a line it has`,
			);
	}
	problems.push(...versionLinkProblems(article, lookup), ...referenceProblems(article, lookup));
	return problems;
}

/** Mistakes in the versions an article lists; a one-sided link is reported on the file that lacks it, the one to change. */
function versionLinkProblems(article: ArticleEntry, lookup: Lookup): ContentProblem[] {
	return article.data.versions.flatMap((id, i) => {
		const field = `versions[${i}]`;
		if (id === article.id) return [problem(article, field, 'an article cannot be a version of itself')];
		const other = lookup.articles.get(id);
		return [
			...unknownId(lookup, article, field, 'articles', id),
			...(other && !other.data.versions.includes(article.id)
				? [
						problem(
							other,
							'versions',
							`"${article.id}" lists this article as a version of its story, but versions does not list "${article.id}"; expected "${article.id}" added to versions`,
						),
					]
				: []),
			...(other && other.data.story !== article.data.story
				? [
						problem(
							article,
							field,
							`"${id}" belongs to story "${other.data.story}", not "${article.data.story}"; expected versions of one story`,
						),
					]
				: []),
		];
	});
}

/** Mistakes in an article's references: unknown sources, a source listed twice, a number used twice. */
function referenceProblems(article: ArticleEntry, lookup: Lookup): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const numbers = new Set<number>();
	const listed = new Set<string>();
	article.data.references.forEach((reference, i) => {
		const field = `references[${i}]`;
		problems.push(...unknownId(lookup, article, `${field}.source`, 'sources', reference.source));
		if (listed.has(reference.source))
			problems.push(
				problem(
					article,
					`${field}.source`,
					`"${reference.source}" is listed twice; expected each source once`,
				),
			);
		listed.add(reference.source);
		if (reference.number === undefined) return;
		if (numbers.has(reference.number))
			problems.push(
				problem(
					article,
					`${field}.number`,
					`number ${reference.number} is used twice; expected each number once`,
				),
			);
		numbers.add(reference.number);
	});
	return problems;
}

/** A claim's mistakes: its topics and makers, the articles that mark it, its evidence, versions, events and judgements. */
function claimProblems(claim: Entry<Claim>, lookup: Lookup): ContentProblem[] {
	const { data } = claim;
	const problems: ContentProblem[] = [];
	const report = (field: string, message: string) => problems.push(problem(claim, field, message));
	data.topics.forEach((id, i) => problems.push(...unknownId(lookup, claim, `topics[${i}]`, 'topics', id)));
	data.madeBy.forEach((id, i) => {
		problems.push(...unknownId(lookup, claim, `madeBy[${i}]`, 'topics', id));
		const kind = lookup.topics.get(id)?.data.kind;
		if (kind && kind !== 'person' && kind !== 'organisation')
			report(`madeBy[${i}]`, `"${id}" is a ${kind}; expected a person or an organisation`);
	});
	const makers = lookup.marking.get(claim.id) ?? [];
	if (makers.length === 0 && lookup.markersKnown)
		report(
			'id',
			`no article marks this claim; expected a :claim[the words]{#${claim.id}} marker in an article`,
		);
	data.evidence.forEach((link, i) =>
		problems.push(...unknownId(lookup, claim, `evidence[${i}].item`, 'evidence', link.item)),
	);
	problems.push(...byVersionProblems(claim, makers, lookup));
	// The claim's events are looked up in the timelines of the stories that tell it.
	const stories = [...new Set(makers.map((article) => article.data.story))];
	const events = new Map(
		stories.flatMap((story) => {
			const entry = lookup.stories.get(story);
			return entry ? [...eventsById(entry.data)] : [];
		}),
	);
	data.events.forEach((id, i) => {
		if (!events.has(id) && makers.length > 0)
			report(
				`events[${i}]`,
				`unknown event "${id}"; expected the id of an event in the timeline of ${stories.map((story) => `content/stories/${story}`).join(', ')}`,
			);
	});
	const judged = {
		claim: data,
		evidence: data.evidence.flatMap((link) => {
			const item = lookup.evidence.get(link.item);
			return item ? [{ id: link.item, item: item.data, bears: link.bears, shows: link.shows }] : [];
		}),
		events,
		sources: lookup.sources,
		texts: lookup.texts,
	};
	for (const breach of judgementBreaches(judged)) report(breach.field, breach.message);
	return problems;
}

/** Mistakes in a claim's entries per version: unknown or repeated versions, versions that do not mark it, sources they do not cite, and makers with no entry. */
function byVersionProblems(claim: Entry<Claim>, makers: ArticleEntry[], lookup: Lookup): ContentProblem[] {
	const { byVersion } = claim.data;
	const problems: ContentProblem[] = [];
	const report = (field: string, message: string) => problems.push(problem(claim, field, message));
	byVersion.forEach((entry, i) => {
		const field = `byVersion[${i}]`;
		problems.push(...unknownId(lookup, claim, `${field}.article`, 'articles', entry.article));
		const article = lookup.articles.get(entry.article);
		if (!article) return;
		if (byVersion.findIndex((other) => other.article === entry.article) !== i)
			report(`${field}.article`, `"${entry.article}" has two entries; expected one per version`);
		if (lookup.markersKnown && !article.markers.some((marker) => marker.claimId === claim.id))
			report(
				`${field}.article`,
				`"${entry.article}" does not mark this claim; expected entries only for the versions that make it`,
			);
		const cited = new Set(article.data.references.map((reference) => reference.source));
		entry.sources.forEach((id, j) => {
			problems.push(...unknownId(lookup, claim, `${field}.sources[${j}]`, 'sources', id));
			if (lookup.ids.sources.has(id) && !cited.has(id))
				report(
					`${field}.sources[${j}]`,
					`"${entry.article}" does not cite "${id}"; expected a source from its references`,
				);
		});
	});
	for (const article of makers) {
		if (!byVersion.some((entry) => entry.article === article.id))
			report(
				'byVersion',
				`"${article.id}" marks this claim but has no entry; expected its citation support and rationale`,
			);
	}
	return problems;
}

/** Mistakes in a story's timeline: evidence that is unknown or published before its event. */
function timelineProblems(story: Entry<Story>, lookup: Lookup): ContentProblem[] {
	return story.data.timeline.flatMap((event, i) =>
		event.evidence.flatMap((id, j) => {
			const field = `timeline[${i}].evidence[${j}]`;
			const item = lookup.evidence.get(id);
			return [
				...unknownId(lookup, story, field, 'evidence', id),
				...(item && item.data.published < event.date
					? [
							problem(
								story,
								field,
								`"${id}" was published ${item.data.published}, before the event it is cited for (${event.date}); expected evidence published on or after the event`,
							),
						]
					: []),
			];
		}),
	);
}

/** Records nothing uses: evidence no claim or event cites, sources no article cites, stories no article tells, topics nothing lists. */
function unusedRecords(content: ContentSet): ContentProblem[] {
	const used = {
		evidence: new Set([
			...content.claims.flatMap((claim) => claim.data.evidence.map((link) => link.item)),
			...content.stories.flatMap((story) => story.data.timeline.flatMap((event) => event.evidence)),
		]),
		sources: new Set(content.articles.flatMap((article) => article.data.references.map((ref) => ref.source))),
		stories: new Set(content.articles.map((article) => article.data.story)),
		topics: new Set([
			...content.articles.flatMap((article) => article.data.topics),
			...content.claims.flatMap((claim) => [...claim.data.topics, ...claim.data.madeBy]),
		]),
	};
	const unused = <T>(entries: Entry<T>[], ids: Set<string>, message: string) =>
		entries.filter((entry) => !ids.has(entry.id)).map((entry) => problem(entry, 'id', message));
	return [
		...unused(
			content.evidence,
			used.evidence,
			'no claim or timeline event uses this evidence; expected its id in one of them',
		),
		...unused(
			content.sources,
			used.sources,
			"no article cites this source; expected it in an article's references",
		),
		...unused(
			content.stories,
			used.stories,
			"no article tells this story; expected its id in some article's story field",
		),
		...unused(
			content.topics,
			used.topics,
			'no article or claim uses this topic; expected its id in some topics list',
		),
	];
}

/**
 * An article body's words as a reader sees them: claim markers and emphasis
 * taken out, quote marks and apostrophes left exactly as written.
 *
 * @example markdownWords("As :claim[Japan's *public* broadcaster]{#x} says") // "As Japan's public broadcaster says"
 */
function markdownWords(body: string): string {
	return body
		.replace(/:claim\[/g, '')
		.replace(/\]\{#[^}]*\}/g, '')
		.replace(/[*_`]/g, '');
}

function list(ids: Set<string>): string {
	const all = [...ids].sort();
	if (all.length === 0) return 'there are none';
	return all.length <= 8 ? all.join(', ') : `${all.slice(0, 8).join(', ')}, …`;
}
