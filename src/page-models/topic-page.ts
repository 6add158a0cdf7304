import type { Entry } from '../loading/content-set';
import type { TopicNode } from '../record/graph';
import { paths } from '../site/paths';
import type { Claim } from '../schemas/claim';
import { words } from '../strings';
import { topicKindLabels } from '../schemas/topic';

/** Everything a topic's page shows. Paths are site paths, without the base. */
export interface TopicPage {
	title: string;
	description: string;
	eyebrow: string;
	/** The versions about it; undefined when there are none, and the section is left out. */
	versions: { title: string; path: string }[] | undefined;
	/** The claims about it; undefined when there are none. */
	claims: { claim: Entry<Claim> }[] | undefined;
}

/** What a topic's page shows: the versions and the claims about it. */
export function topicPage(node: TopicNode): TopicPage {
	const { entry, articles, claims } = node;
	return {
		title: entry.data.name,
		description: entry.data.description,
		eyebrow: words.topicEyebrow(topicKindLabels[entry.data.kind]),
		versions:
			articles.length > 0
				? articles.map((article) => ({ title: article.data.title, path: paths.article(article.id) }))
				: undefined,
		claims: claims.length > 0 ? claims.map((claim) => ({ claim })) : undefined,
	};
}
