import type { ContentProblem } from '../loading/content-error';
import { headlineFields } from '../schemas/article';
import { didYouMean } from './claim-index';
import { claimIndexOf } from './coverage';
import type { ContentSet, Entry } from '../loading/content-set';
import { eventsById } from './timeline';
import { judgementBreaches } from './verdict-rules';

/** One content mistake: which file, which field (or marker line), and what was expected. */
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
	const problems: ContentProblem[] = [];
	const report = (entry: Entry<unknown>, field: string, message: string) =>
		problems.push({ file: entry.filePath, field, message });

	const ids = {
		articles: new Set(content.articles.map((entry) => entry.id)),
		claims: new Set(content.claims.map((entry) => entry.id)),
		evidence: new Set(content.evidence.map((entry) => entry.id)),
		sources: new Set(content.sources.map((entry) => entry.id)),
		stories: new Set(content.stories.map((entry) => entry.id)),
		topics: new Set(content.topics.map((entry) => entry.id)),
	};
	const expectId = (entry: Entry<unknown>, field: string, collection: keyof typeof ids, id: string) => {
		if (!ids[collection].has(id)) {
			report(
				entry,
				field,
				`unknown id "${id}"; expected one of the ids in content/${collection}/ (${list(ids[collection])})`,
			);
		}
	};

	let claimIndex: ReturnType<typeof claimIndexOf> | undefined;
	const versionNames = new Map<string, Entry<unknown>>();
	const markedClaims = new Set<string>();
	const citedSources = new Set<string>();
	const usedTopics = new Set<string>();
	const toldStories = new Set<string>();
	const usedEvidence = new Set<string>();
	const articlesById = new Map(content.articles.map((entry) => [entry.id, entry]));
	const evidenceById = new Map(content.evidence.map((entry) => [entry.id, entry]));
	const sourcesById = new Map(content.sources.map((entry) => [entry.id, entry.data]));
	const storiesById = new Map(content.stories.map((entry) => [entry.id, entry]));
	const topicsById = new Map(content.topics.map((entry) => [entry.id, entry]));
	const markersOf = new Map(content.articles.map((article) => [article.id, article.markers]));
	const texts = new Map(
		content.articles.map((article) => [
			article.id,
			[...headlineFields.map((field) => article.data[field] ?? ''), markdownWords(article.body)].join('\n'),
		]),
	);

	for (const article of content.articles) {
		const { data } = article;
		if (article.body.trim() === '')
			report(article, 'body', 'the article has no text; expected Markdown after the frontmatter');
		if (article.renderFailed)
			report(article, 'body', 'the Markdown could not be rendered; see the [ERROR] logged above');
		for (const problem of article.markdownProblems) {
			report(article, `body, line ${problem.line ?? '?'}`, problem.message);
		}
		for (const marker of article.markers) {
			const field = `body, line ${marker.line ?? '?'} (claim marker)`;
			markedClaims.add(marker.claimId);
			if (ids.claims.has(marker.claimId)) continue;
			claimIndex ??= claimIndexOf(content);
			const near = didYouMean(claimIndex, marker.claimId, marker.text);
			report(
				article,
				field,
				`unknown claim id "${marker.claimId}"; ${near.length > 0 ? `did you mean ${near.map((id) => `"${id}"`).join(' or ')}? ` : ''}expected the id of a file in content/claims/, or a new content/claims/${marker.claimId}.yaml`,
			);
		}
		const textReadable = article.body.trim() !== '' && !article.renderFailed;
		if (textReadable && article.markers.length === 0 && article.markdownProblems.length === 0) {
			report(
				article,
				'body',
				'the article marks no claims; expected at least one :claim[the words]{#claim-id} marker',
			);
		}
		expectId(article, 'story', 'stories', data.story);
		toldStories.add(data.story);
		const key = `${data.story}\u0000${data.name.toLowerCase()}`;
		const namesake = versionNames.get(key);
		if (namesake) {
			report(
				article,
				'name',
				`"${data.name}" is already the name of ${namesake.id} in story "${data.story}"; expected a name of its own, so readers can tell the versions apart`,
			);
		} else versionNames.set(key, article);
		data.topics.forEach((id, i) => {
			expectId(article, `topics[${i}]`, 'topics', id);
			usedTopics.add(id);
		});
		for (const field of headlineFields) {
			if (data.headlineClaims[field] && data[field] === undefined)
				report(
					article,
					`headlineClaims.${field}`,
					`the article has no ${field}; expected claims only for a line it has`,
				);
		}
		data.versions.forEach((id, i) => {
			const field = `versions[${i}]`;
			if (id === article.id) return report(article, field, 'an article cannot be a version of itself');
			expectId(article, field, 'articles', id);
			const other = articlesById.get(id);
			// The one-sided link is reported on the file that lacks it, the one to change.
			if (other && !other.data.versions.includes(article.id)) {
				report(
					other,
					'versions',
					`"${article.id}" lists this article as a version of its story, but versions does not list "${article.id}"; expected "${article.id}" added to versions`,
				);
			}
			if (other && other.data.story !== data.story) {
				report(
					article,
					field,
					`"${id}" belongs to story "${other.data.story}", not "${data.story}"; expected versions of one story`,
				);
			}
		});
		const numbers = new Set<number>();
		const listed = new Set<string>();
		data.references.forEach((reference, i) => {
			expectId(article, `references[${i}].source`, 'sources', reference.source);
			citedSources.add(reference.source);
			if (listed.has(reference.source))
				report(
					article,
					`references[${i}].source`,
					`"${reference.source}" is listed twice; expected each source once`,
				);
			listed.add(reference.source);
			if (reference.number === undefined) return;
			if (numbers.has(reference.number))
				report(
					article,
					`references[${i}].number`,
					`number ${reference.number} is used twice; expected each number once`,
				);
			numbers.add(reference.number);
		});
	}

	// With an article unreadable, its markers are unknown: do not blame the claims.
	const markersKnown = !content.articles.some((article) => article.renderFailed);
	// The articles that mark each claim, in the order of the articles, each once.
	const articlesMarking = new Map<string, typeof content.articles>();
	for (const article of content.articles) {
		for (const claimId of new Set(article.markers.map((marker) => marker.claimId))) {
			const marking = articlesMarking.get(claimId);
			if (marking) marking.push(article);
			else articlesMarking.set(claimId, [article]);
		}
	}

	for (const claim of content.claims) {
		const { data } = claim;
		data.topics.forEach((id, i) => {
			expectId(claim, `topics[${i}]`, 'topics', id);
			usedTopics.add(id);
		});
		data.madeBy.forEach((id, i) => {
			expectId(claim, `madeBy[${i}]`, 'topics', id);
			usedTopics.add(id);
			const kind = topicsById.get(id)?.data.kind;
			if (kind && kind !== 'person' && kind !== 'organisation')
				report(claim, `madeBy[${i}]`, `"${id}" is a ${kind}; expected a person or an organisation`);
		});
		const makers = articlesMarking.get(claim.id) ?? [];
		if (makers.length === 0 && markersKnown) {
			report(
				claim,
				'id',
				`no article marks this claim; expected a :claim[the words]{#${claim.id}} marker in an article`,
			);
		}
		data.evidence.forEach((link, i) => {
			expectId(claim, `evidence[${i}].item`, 'evidence', link.item);
			usedEvidence.add(link.item);
		});
		data.byVersion.forEach((entry, i) => {
			const field = `byVersion[${i}]`;
			expectId(claim, `${field}.article`, 'articles', entry.article);
			const article = articlesById.get(entry.article);
			if (!article) return;
			if (data.byVersion.findIndex((other) => other.article === entry.article) !== i)
				report(claim, `${field}.article`, `"${entry.article}" has two entries; expected one per version`);
			if (markersKnown && !markersOf.get(entry.article)?.some((marker) => marker.claimId === claim.id))
				report(
					claim,
					`${field}.article`,
					`"${entry.article}" does not mark this claim; expected entries only for the versions that make it`,
				);
			const cited = new Set(article.data.references.map((reference) => reference.source));
			entry.sources.forEach((id, j) => {
				expectId(claim, `${field}.sources[${j}]`, 'sources', id);
				if (ids.sources.has(id) && !cited.has(id))
					report(
						claim,
						`${field}.sources[${j}]`,
						`"${entry.article}" does not cite "${id}"; expected a source from its references`,
					);
			});
		});
		for (const article of makers) {
			if (!data.byVersion.some((entry) => entry.article === article.id))
				report(
					claim,
					'byVersion',
					`"${article.id}" marks this claim but has no entry; expected its citation support and rationale`,
				);
		}
		// The claim's events are looked up in the timelines of the stories that tell it.
		const events = new Map(
			[...new Set(makers.map((article) => article.data.story))].flatMap((story) => {
				const entry = storiesById.get(story);
				return entry ? [...eventsById(entry.data)] : [];
			}),
		);
		data.events.forEach((id, i) => {
			if (!events.has(id) && makers.length > 0)
				report(
					claim,
					`events[${i}]`,
					`unknown event "${id}"; expected the id of an event in the timeline of ${[...new Set(makers.map((article) => `content/stories/${article.data.story}`))].join(', ')}`,
				);
		});
		const judged = {
			claim: data,
			evidence: data.evidence.flatMap((link) => {
				const item = evidenceById.get(link.item);
				return item ? [{ id: link.item, item: item.data, bears: link.bears, shows: link.shows }] : [];
			}),
			events,
			sources: sourcesById,
			texts,
		};
		for (const breach of judgementBreaches(judged)) report(claim, breach.field, breach.message);
	}

	for (const story of content.stories) {
		story.data.timeline.forEach((event, i) => {
			event.evidence.forEach((id, j) => {
				expectId(story, `timeline[${i}].evidence[${j}]`, 'evidence', id);
				usedEvidence.add(id);
				const item = evidenceById.get(id);
				if (item && item.data.published < event.date)
					report(
						story,
						`timeline[${i}].evidence[${j}]`,
						`"${id}" was published ${item.data.published}, before the event it is cited for (${event.date}); expected evidence published on or after the event`,
					);
			});
		});
	}

	for (const item of content.evidence) {
		if (!usedEvidence.has(item.id))
			report(item, 'id', 'no claim or timeline event uses this evidence; expected its id in one of them');
	}

	for (const source of content.sources) {
		if (!citedSources.has(source.id)) {
			report(source, 'id', `no article cites this source; expected it in an article's references`);
		}
	}

	for (const story of content.stories) {
		if (!toldStories.has(story.id)) {
			report(story, 'id', "no article tells this story; expected its id in some article's story field");
		}
	}

	for (const topic of content.topics) {
		if (!usedTopics.has(topic.id)) {
			report(topic, 'id', 'no article or claim uses this topic; expected its id in some topics list');
		}
	}

	return problems;
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
