import { createHash } from 'node:crypto';
import type {
	ArticleNode,
	ClaimNode,
	EvidenceNode,
	SiteGraph,
	SourceNode,
	StoryNode,
	TopicNode,
} from '../record/graph';
import type { Entry } from '../loading/content-set';
import type { RecordDates } from '../history/history';

/**
 * Cache keys for Astro's incremental build: a page whose key and code are
 * unchanged since the last build is copied from it instead of rendered again.
 * A key must change whenever anything the page shows changes.
 *
 * A page shows the stories it touches: its own versions, the stories where
 * its claims are made, the stories that cite it. Of each such story it can
 * show any record the story reaches (`storyRecords`: the story, its versions'
 * frontmatter, their claims, the sources cited, the evidence and topics of
 * those claims, the evidence that dates its timeline), the text of every
 * version as written and as rendered (so a change to a Markdown plugin's
 * output renders its pages again), and which stories they are. So a key
 * covers exactly those, and the page's own record: editing a claim renders
 * again the pages of the stories that make it, and the source, topic and
 * evidence pages that reach those stories, not the whole site. An article,
 * claim, source or evidence page also shows when its own record was published
 * and last changed, so its key covers those dates too (`datesOf`, from the
 * site's history).
 */
export interface PageKeys {
	article(node: ArticleNode): string;
	claim(node: ClaimNode): string;
	source(node: SourceNode): string;
	topic(node: TopicNode): string;
	story(node: StoryNode): string;
	evidence(node: EvidenceNode): string;
}

/**
 * The keys of every page of `site`, from one pass over its content. `everyPage`
 * is what every page shows that is not content, such as the publisher and its
 * corrections contact as this build reads them from the environment: a change
 * to it renders every page again.
 */
export function pageKeys(
	site: SiteGraph,
	datesOf: (filePath: string) => RecordDates | undefined = () => undefined,
	everyPage: unknown = null,
): PageKeys {
	const everyPageDigest = digest(JSON.stringify(everyPage) ?? '');
	const records = new Map(
		site.stories.map((story) => [
			story.entry.id,
			digest(JSON.stringify(storyRecords(site, story).map(({ filePath, data }) => [filePath, data]))),
		]),
	);
	const texts = new Map(
		site.stories.map((story) => [
			story.entry.id,
			digest(
				JSON.stringify(
					story.versions.map(({ entry }) => [entry.id, entry.body, entry.packedRendering ?? '']),
				),
			),
		]),
	);
	/** The key of a page showing `own`, the records of the stories `touched`, and the texts of `read` (all of them, unless given). */
	const key = (own: Entry<unknown>, touched: Iterable<string>, read: Iterable<string> = touched) =>
		digest(
			[
				`every page ${everyPageDigest}`,
				JSON.stringify([own.filePath, own.data]),
				...[...new Set(touched)].sort().map((story) => `records ${story} ${records.get(story) ?? ''}`),
				...[...new Set(read)].sort().map((story) => `texts ${story} ${texts.get(story) ?? ''}`),
			].join('\n'),
		);
	// A claim's page and every page listing it show where it is made.
	const storiesOf = (claim: ClaimNode) => claim.appearances.map(({ article }) => article.data.story);
	const claimStories = (id: string) => storiesOf(site.claim(id));
	const dated = (filePath: string, pageKey: string) => {
		const dates = datesOf(filePath);
		return dates ? digest(`${pageKey}\n${dates.published} ${dates.modified}`) : pageKey;
	};

	return {
		article: (node) =>
			dated(
				node.entry.filePath,
				key(node.entry, [
					node.entry.data.story,
					...node.claims.flatMap(({ claim }) => claimStories(claim.id)),
				]),
			),
		claim: (node) => dated(node.entry.filePath, key(node.entry, storiesOf(node))),
		source: (node) =>
			dated(
				node.entry.filePath,
				key(node.entry, [
					...node.citedBy.map(({ article }) => article.data.story),
					...node.claims.flatMap(({ claim }) => claimStories(claim.id)),
				]),
			),
		topic: (node) =>
			key(node.entry, [
				...node.articles.map((article) => article.data.story),
				...node.claims.flatMap(({ id }) => claimStories(id)),
			]),
		story: (node) => key(node.entry, [node.entry.id]),
		// An evidence page shows records only (the claims it bears on, the events it dates),
		// but a story's timeline marks what came after its versions, which their texts decide.
		evidence: (node) => {
			const dates = node.events.map(({ story }) => story.id);
			return dated(
				node.entry.filePath,
				key(node.entry, [...dates, ...node.claims.flatMap(({ claim }) => claimStories(claim.id))], dates),
			);
		},
	};
}

/**
 * Every record a page can show of `story`, each once, in a fixed order: the
 * story, its versions' frontmatter, the claims they make, the sources they
 * cite and cite for each claim, the evidence and topics of those claims and of
 * the versions, and the evidence that dates its timeline.
 */
export function storyRecords(site: Pick<SiteGraph, 'evidenceItem'>, story: StoryNode): Entry<unknown>[] {
	const records = new Map<string, Entry<unknown>>();
	const add = (entry: Entry<unknown>) => records.set(entry.filePath, entry);
	add(story.entry);
	for (const version of story.versions) {
		add(version.entry);
		for (const { source } of version.references) add(source);
		for (const topic of version.topics) add(topic);
	}
	for (const claim of story.claims) {
		add(claim.entry);
		for (const { evidence } of claim.evidence) add(evidence);
		for (const { sources } of claim.citations) for (const source of sources) add(source);
		for (const topic of [...claim.madeBy, ...claim.topics]) add(topic);
	}
	for (const source of story.sources) add(source.entry);
	for (const event of story.entry.data.timeline)
		for (const id of event.evidence) add(site.evidenceItem(id).entry);
	return [...records.values()];
}

function digest(text: string): string {
	return createHash('sha256').update(text).digest('base64url');
}
