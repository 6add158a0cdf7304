import type { Appearance, SiteGraph } from '../record/graph';
import { travelOfClaim, type TravelReading, type TravelRecord } from '../record/travel';
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
		claims: site.claims.map((node) => {
			const { entry, appearances } = node;
			const travel = travelOfClaim(node);
			return {
				id: entry.id,
				page: at(paths.claim(entry.id)),
				...entry.data,
				appearances: appearances.map((appearance) => ({
					article: appearance.article.id,
					...place(appearance),
				})),
				...(travel ? { travel: travelData(travel) } : {}),
			};
		}),
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

const reading = ({ words, stance, hedges }: TravelReading) => ({ words, stance, hedges });

/** A travel record as the export gives it: ids for links, each reading's words, stance and hedges. */
function travelData(record: TravelRecord): NonNullable<OpenData['claims'][number]['travel']> {
	const names = new Map(record.origins.map((origin) => [origin.key, origin.name]));
	return {
		origins: record.origins.map((origin) => ({
			name: origin.name,
			...(origin.evidenceId ? { evidence: origin.evidenceId } : {}),
			date: origin.date,
			dateFromRelays: origin.dateFromRelays,
			...(origin.credits ? { credits: origin.credits } : {}),
			...(origin.knownThrough ? { knownThrough: origin.knownThrough } : {}),
			...(origin.reading ? reading(origin.reading) : {}),
		})),
		relays: record.relays.map((relay) => ({
			evidence: relay.evidenceId,
			outlet: relay.outlet,
			date: relay.date,
			origin: names.get(relay.origin) ?? relay.origin,
			...reading(relay.reading),
			...(relay.headline ? { headline: relay.headline.words, headlineStance: relay.headline.stance } : {}),
			...relay.changes,
			restoresHedge: relay.restoresHedge,
		})),
		versions: record.versions.map((version) => ({
			article: version.articleId,
			...reading(version.reading),
			citesRelays: version.citesRelays,
		})),
		linkUnknown: record.linkUnknown,
	};
}
