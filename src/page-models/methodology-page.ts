import type { Stance } from '../record/travel';
import { stanceLabels, stanceMeanings } from '../strings';
import type { SiteGraph } from '../record/graph';
import { hasComparison } from '../record/graph';
import { paths } from '../site/paths';
import { describeDate, words } from '../strings';
import { provenances } from '../schemas/provenance';
import { citationSupportIds, citationSupports, type CitationSupportId } from '../schemas/citation-support';
import {
	claimKindLabels,
	claimKindMeanings,
	evidenceBearingMeanings,
	evidenceBearings,
	type ClaimKind,
	type EvidenceBearing,
} from '../schemas/claim';
import { correctionKinds } from '../schemas/corrections';
import { evidenceKinds } from '../schemas/evidence';
import { verdictIds, verdicts, type VerdictId } from '../schemas/verdict';
import { wordingJudgements } from '../schemas/wording';
import { lexiconPhrases } from '../text/hedging';

/** A term and what it means, for a definition list. */
export interface Term {
	term: string;
	meaning: string;
}

/** Everything the methodology page shows that comes from the schemas, the content and the publisher. */
export interface MethodologyPage {
	provenances: Term[];
	claimKinds: Term[];
	evidenceBearings: Term[];
	evidenceKinds: Term[];
	verdicts: { id: VerdictId; anchor: string; meaning: string; rule: string }[];
	supports: { id: CitationSupportId; anchor: string; meaning: string; rule: string }[];
	wordings: Term[];
	/** How firmly words put a matter, as the travel record reads them, softest first. */
	stances: Term[];
	/** The phrases read as attributions and as hedges, each kind in one line. */
	lexicon: Term[];
	/**
	 * Where to see the comparisons: the one comparison when one story has one,
	 * the home page when several do (linked one by one they would make this page
	 * grow with the site), nothing when none does.
	 */
	comparisons: { kind: 'one'; path: string; label: string } | { kind: 'several'; path: string } | undefined;
	responsible: Term[];
	correctionKinds: Term[];
	/** When this page last changed, or undefined without the site's history. */
	modified: { datetime: string; when: string } | undefined;
}

/** What the methodology page shows besides its fixed prose. */
export function methodologyPage(
	graph: Pick<SiteGraph, 'stories'>,
	publisher: { responsible: { role: string; duties: string; name?: string | undefined }[] },
	modified: string | undefined,
): MethodologyPage {
	const compared = graph.stories.filter(hasComparison);
	const [only] = compared;
	return {
		provenances: Object.values(provenances).map(({ label, meaning }) => ({ term: label, meaning })),
		claimKinds: Object.entries(claimKindLabels).map(([id, label]) => ({
			term: label,
			meaning: claimKindMeanings[id as ClaimKind],
		})),
		evidenceBearings: Object.entries(evidenceBearings).map(([id, label]) => ({
			term: label,
			meaning: evidenceBearingMeanings[id as EvidenceBearing],
		})),
		evidenceKinds: Object.values(evidenceKinds).map(({ label, meaning }) => ({ term: label, meaning })),
		verdicts: verdictIds.map((id) => ({
			id,
			anchor: `verdict-${id}`,
			meaning: verdicts[id].meaning,
			rule: words.rule(verdicts[id].rule),
		})),
		supports: citationSupportIds.map((id) => ({
			id,
			anchor: `support-${id}`,
			meaning: citationSupports[id].meaning,
			rule: words.rule(citationSupports[id].rule),
		})),
		wordings: Object.values(wordingJudgements).map(({ label, meaning }) => ({ term: label, meaning })),
		stances: (Object.keys(stanceLabels) as Stance[]).map((id) => ({
			term: stanceLabels[id],
			meaning: stanceMeanings[id],
		})),
		lexicon: [
			{ term: 'Attributions', meaning: `${lexiconPhrases.attribution.join('; ')}.` },
			{ term: 'Hedges', meaning: `${lexiconPhrases.hedge.join('; ')}.` },
		],
		comparisons:
			compared.length === 1 && only
				? {
						kind: 'one',
						path: paths.comparison(only.entry.id),
						label: words.compareVersionsOf(only.entry.data.title),
					}
				: compared.length > 1
					? { kind: 'several', path: paths.home() }
					: undefined,
		responsible: publisher.responsible.map(({ role, duties, name }) => ({
			term: name ? `${role}: ${name}` : role,
			meaning: duties,
		})),
		correctionKinds: Object.values(correctionKinds).map(({ label, meaning }) => ({ term: label, meaning })),
		modified: modified ? { datetime: modified, when: describeDate(modified.slice(0, 10)) } : undefined,
	};
}
