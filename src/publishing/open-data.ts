import type { Appearance, SiteGraph } from '../record/graph';
import { paths } from '../site/paths';
import { OPEN_DATA_VERSION, type OpenData } from '../schemas/open-data';
import { citationSupportIds, citationSupports } from '../schemas/citation-support';
import { verdicts, verdictIds } from '../schemas/verdict';
import { wordingJudgementIds, wordingJudgements } from '../schemas/wording';

/**
 * The open-data export built from the site graph: the same content the pages
 * show, as data. `home` is the site's home page (base path included).
 */
export function buildOpenData(site: SiteGraph, home: URL): OpenData {
	const at = (path: string) => new URL(path, home).href;
	const place = ({ article, number, passages }: Appearance) => ({
		number,
		passages: passages.map((passage) => ({
			id: passage.passageId,
			text: passage.text,
			url: `${at(paths.article(article.id))}#${passage.passageId}`,
		})),
	});
	return {
		$schema: at(paths.dataSchema()),
		version: OPEN_DATA_VERSION,
		site: home.href,
		verdicts: verdictIds.map((id) => {
			const { label, meaning, rule } = verdicts[id];
			return { id, label, meaning, rule };
		}),
		citationSupports: citationSupportIds.map((id) => {
			const { label, meaning, rule } = citationSupports[id];
			return { id, label, meaning, rule };
		}),
		wordingJudgements: wordingJudgementIds.map((id) => {
			const { label, meaning } = wordingJudgements[id];
			return { id, label, meaning };
		}),
		stories: site.stories.map(({ entry, timeline }) => ({
			id: entry.id,
			...entry.data,
			timeline: timeline.map(({ event, later }) => ({ ...event, later })),
		})),
		articles: site.articles.map(({ entry, claims, writtenOnOrAfter }) => ({
			id: entry.id,
			page: at(paths.article(entry.id)),
			...entry.data,
			...(writtenOnOrAfter
				? { writtenOnOrAfter: { event: writtenOnOrAfter.id, date: writtenOnOrAfter.date } }
				: {}),
			claims: claims.map(({ claim, number, passages }) => ({
				claim: claim.id,
				...place({ article: entry, number, passages }),
			})),
		})),
		claims: site.claims.map(({ entry, appearances }) => ({
			id: entry.id,
			page: at(paths.claim(entry.id)),
			...entry.data,
			appearances: appearances.map((appearance) => ({
				article: appearance.article.id,
				...place(appearance),
			})),
		})),
		sources: site.sources.map(({ entry }) => ({
			id: entry.id,
			page: at(paths.source(entry.id)),
			...entry.data,
		})),
		evidence: site.evidence.map(({ entry }) => ({
			id: entry.id,
			page: at(paths.evidenceItem(entry.id)),
			...entry.data,
		})),
		topics: site.topics.map(({ entry }) => ({
			id: entry.id,
			page: at(paths.topic(entry.id)),
			...entry.data,
		})),
	};
}
