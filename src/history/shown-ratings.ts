import { verdicts } from '../schemas/verdict';
import { wordingJudgements, type WordingJudgementId } from '../schemas/wording';

/**
 * What readers were shown of a claim's judgements in one version of its file:
 * the claim's rating label and each version's wording label. The history check
 * compares these labels, not field names or ids, so a renamed field, a renamed
 * id or a new scale can never hide a change of what a reader saw.
 *
 * Every layout a claim file has had since the site was first published has a
 * reader here. A file in a layout none of them knows fails the build (it never
 * passes as "no rating"), so a change of layout must teach this module to read
 * the old one before the build goes on.
 */
export interface ShownRatings {
	/** The claim's rating label, as its page showed it. */
	claim: string;
	/** Each version's wording label, by article id, for the versions that had one. */
	versions: Map<string, string>;
}

/**
 * Labels of ratings readers were shown that the current scales no longer have:
 * the first scale (a claim's `status`, published 22 November 2026) and the
 * verdicts since retired. Kept so the history can be read as it was shown.
 */
const retiredLabels = {
	status: {
		'corroborated-by-cited-source': 'Matches a cited source',
		'attributed-official': 'Official’s statement',
		'reported-single-source': 'Single-source report',
		'unsupported-by-cited-source': 'Not supported by its citations',
		opinion: 'Opinion or forecast',
		'garbled-or-contradicted': 'Garbled or contradicted',
	},
	verdict: {
		misstated: 'Misstated by the versions',
	},
} as const satisfies Record<string, Record<string, string>>;

const verdictLabels: Record<string, string> = {
	...Object.fromEntries(Object.entries(verdicts).map(([id, { label }]) => [id, label])),
	...retiredLabels.verdict,
};
const statusLabels: Record<string, string> = retiredLabels.status;

/** Why a version of a claim file could not be read as readers saw it. */
export interface UnreadableRatings {
	problem: string;
}

/**
 * The labels one version of a claim file showed, by the layout it has: a
 * `verdict` (with per-version `wording` judgements, where given) or the first
 * layout's `status`.
 *
 * @example shownRatings({ verdict: 'confirmed', byVersion: [] }) // { claim: 'Confirmed by independent reports', versions: Map {} }
 * @example shownRatings({ rating: 'x' }) // { problem: 'it has none of the fields …' }
 */
export function shownRatings(record: unknown): ShownRatings | UnreadableRatings {
	if (record === null || typeof record !== 'object' || Array.isArray(record))
		return { problem: 'it is not a YAML mapping' };
	const fields = record as Record<string, unknown>;
	if (typeof fields.verdict === 'string') {
		const claim = verdictLabels[fields.verdict];
		if (!claim) return { problem: `its verdict "${fields.verdict}" has no known label` };
		return { claim, versions: versionLabels(fields.byVersion) };
	}
	if (typeof fields.status === 'string') {
		const claim = statusLabels[fields.status];
		if (!claim) return { problem: `its status "${fields.status}" has no known label` };
		return { claim, versions: new Map() };
	}
	return {
		problem:
			'it has none of the fields a claim’s rating has been kept in (verdict, status); teach src/history/shown-ratings.ts to read this layout',
	};
}

function versionLabels(byVersion: unknown): Map<string, string> {
	const labels = new Map<string, string>();
	if (!Array.isArray(byVersion)) return labels;
	for (const entry of byVersion as { article?: unknown; wording?: { judged?: unknown } }[]) {
		const judged = entry?.wording?.judged;
		if (typeof entry?.article !== 'string' || !Array.isArray(judged)) continue;
		labels.set(
			entry.article,
			judged
				.map((id: unknown) => wordingJudgements[id as WordingJudgementId]?.label ?? String(id))
				.join('; '),
		);
	}
	return labels;
}
