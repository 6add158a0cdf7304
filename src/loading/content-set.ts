import type { RecordedProblem } from '../loading/content-error';
import type { ClaimMarker, TextBlock } from './marked-text';
import type { Article } from '../schemas/article';
import type { Claim } from '../schemas/claim';
import type { Evidence } from '../schemas/evidence';
import type { Source } from '../schemas/source';
import type { Story } from '../schemas/story';
import type { Topic } from '../schemas/topic';

/**
 * The content as the rest of the code sees it: plain data, no Astro types, so
 * the checks and indexes built on it are pure and testable without a build.
 */
export interface Entry<T> {
	id: string;
	/** Path from the project root, e.g. `content/claims/x.yaml`. */
	filePath: string;
	data: T;
}

export interface ArticleEntry extends Entry<Article> {
	/** The Markdown body, without frontmatter. */
	body: string;
	/** The `:claim[…]{#id}` markers, in text order, as the Markdown plugin recorded them. */
	markers: ClaimMarker[];
	/** Mistakes the Markdown plugins found in the text (unreadable markers, raw HTML…). */
	markdownProblems: RecordedProblem[];
	/** Each paragraph and heading as plain text with its claim spans, as the Markdown plugin recorded them. */
	textBlocks: TextBlock[];
	/**
	 * The body as the Markdown plugins rendered it, when known, packed as the
	 * content store keeps it: `renderArticle` (`src/platform/stored-rendering.ts`)
	 * reads the HTML when its page is built. The pages that show it are keyed on it.
	 */
	packedRendering?: string;
	/** True when the Markdown pipeline failed on this article, so its markers are unknown. */
	renderFailed: boolean;
}

export interface ContentSet {
	articles: ArticleEntry[];
	claims: Entry<Claim>[];
	evidence: Entry<Evidence>[];
	sources: Entry<Source>[];
	stories: Entry<Story>[];
	topics: Entry<Topic>[];
}
