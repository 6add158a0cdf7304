import { createHash } from 'node:crypto';
import type {
	ArticleNode,
	ClaimNode,
	EvidenceNode,
	SiteGraph,
	SourceNode,
	StoryNode,
	TopicNode,
} from './graph';
import type { RecordDates } from './history';

/**
 * Cache keys for Astro's incremental build: a page whose key and code are
 * unchanged since the last build is copied from it instead of rendered again.
 * A key must change whenever anything the page shows changes.
 *
 * A page shows records from across the site (titles, verdicts, outlets), so
 * every key covers all the records: the data of every entry, but not the text
 * of the articles. Of the texts, a page shows only those of the stories it
 * touches: its own versions, the passages where its claims are made and the
 * comparison of its story. So a key also covers the text of every version of
 * those stories, and which stories they are. Editing a claim, a source or a
 * frontmatter field renders the whole site again; editing an article's text
 * renders only the pages that read it. The text is keyed as written and as
 * rendered, so a change to a Markdown plugin's output renders its pages again. An article, claim, source or evidence page also
 * shows when its own record was published and last changed, so its key covers
 * those dates too (`datesOf`, from the site's history).
 */
export interface PageKeys {
	article(node: ArticleNode): string;
	claim(node: ClaimNode): string;
	source(node: SourceNode): string;
	topic(node: TopicNode): string;
	story(node: StoryNode): string;
	evidence(node: EvidenceNode): string;
}

/** The keys of every page of `site`, from one pass over its content. */
export function pageKeys(
	site: SiteGraph,
	datesOf: (filePath: string) => RecordDates | undefined = () => undefined,
): PageKeys {
	const entries = [site.stories, site.articles, site.claims, site.sources, site.evidence, site.topics].map(
		(nodes) => nodes.map(({ entry }) => [entry.id, entry.filePath, entry.data]),
	);
	const records = digest(JSON.stringify(entries));
	const texts = new Map(
		site.stories.map((story) => [
			story.entry.id,
			digest(JSON.stringify(story.versions.map(({ entry }) => [entry.id, entry.body, entry.html ?? '']))),
		]),
	);
	const key = (stories: Iterable<string>) =>
		digest(
			[records, ...[...new Set(stories)].sort().map((story) => `${story} ${texts.get(story) ?? ''}`)].join(
				'\n',
			),
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
				key([node.entry.data.story, ...node.claims.flatMap(({ claim }) => claimStories(claim.id))]),
			),
		claim: (node) => dated(node.entry.filePath, key(storiesOf(node))),
		source: (node) =>
			dated(
				node.entry.filePath,
				key([
					...node.citedBy.map(({ article }) => article.data.story),
					...node.claims.flatMap(({ claim }) => claimStories(claim.id)),
				]),
			),
		topic: (node) =>
			key([
				...node.articles.map((article) => article.data.story),
				...node.claims.flatMap(({ id }) => claimStories(id)),
			]),
		story: (node) => key([node.entry.id]),
		// An evidence page shows records only (the claims it bears on, the events it dates),
		// but a story's timeline marks what came after its versions, which their texts decide.
		evidence: (node) => dated(node.entry.filePath, key(node.events.map(({ story }) => story.id))),
	};
}

function digest(text: string): string {
	return createHash('sha256').update(text).digest('base64url');
}
