import { isProductionBuild, type BuildEnv } from './contact';

/** Who owns the site and how it is paid for, as a build resolves them. */
export interface Ownership {
	owner?: string;
	funding?: string;
}

/**
 * The owner's name and the funding statement of this build, or the one line
 * that says why the build cannot go out. The environment (`SITE_OWNER`,
 * `SITE_FUNDING`) wins over `configured`, the publisher's config, so one
 * repository can be deployed by several people. A production build needs
 * both: readers of a fact-check are owed who answers for it and who pays.
 *
 * @example ownership({}, { SITE_OWNER: 'Jane Roe', SITE_FUNDING: 'Paid by Jane Roe.' }) // { found: { owner: 'Jane Roe', funding: 'Paid by Jane Roe.' } }
 */
export function ownership(configured: Ownership, env: BuildEnv): { found: Ownership; problem?: string } {
	const found = {
		...pick('owner', env.SITE_OWNER, configured.owner),
		...pick('funding', env.SITE_FUNDING, configured.funding),
	};
	const missing = (['owner', 'funding'] as const).filter((field) => found[field] === undefined);
	if (missing.length === 0 || !isProductionBuild(env)) return { found };
	const needs = { owner: 'SITE_OWNER (the owner’s name)', funding: 'SITE_FUNDING (who pays for the site)' };
	return {
		found,
		problem:
			`src/publisher.ts → ${missing.join(', ')}: a production build (SITE_URL ${env.SITE_URL ?? 'unset'}) ` +
			`must say who owns the site and how it is funded; expected ${missing.map((field) => needs[field]).join(' and ')} ` +
			`in the build’s environment, or ${missing.join(' and ')} in src/publisher.ts`,
	};
}

function pick<K extends keyof Ownership>(
	field: K,
	fromEnv: string | undefined,
	configured: string | undefined,
) {
	const value = fromEnv?.trim() || configured?.trim() || undefined;
	return value === undefined ? {} : { [field]: value };
}
