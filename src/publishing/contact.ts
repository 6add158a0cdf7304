import { z } from 'astro/zod';

/** Where readers report a mistake: an e-mail address, a web page that takes reports, or both. */
export interface CorrectionsContact {
	email?: string;
	url?: string;
}

/** The environment variables a build reads, as `process.env` gives them. */
export type BuildEnv = Record<string, string | undefined>;

const localHosts = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$|\.localhost$/;

/**
 * Whether this build publishes the site, so must not go out without a
 * corrections contact or its history. `PRODUCTION=true` or `false` decides;
 * otherwise a build is for production when `SITE_URL` names a host other than
 * this machine, as every deploy's does (canonical URLs are wrong without it).
 *
 * @example isProductionBuild({ SITE_URL: 'https://sourceline.example' }) // true
 * @example isProductionBuild({}) // false: the site defaults to `LOCAL_SITE`
 * @example isProductionBuild({ SITE_URL: 'https://example.org', PRODUCTION: 'false' }) // false
 */
export function isProductionBuild(env: BuildEnv): boolean {
	const flag = env.PRODUCTION?.trim().toLowerCase();
	if (flag === 'true' || flag === '1') return true;
	if (flag === 'false' || flag === '0') return false;
	// A SITE_URL that is no address stops the build in any case (`siteAddress`).
	const address = siteAddress(env);
	return address.problem !== undefined || !localHosts.test(new URL(address.site).hostname);
}

const emailSchema = z.email({ error: 'expected an e-mail address such as corrections@example.org' });
const webSchema = z.url({ protocol: /^https?$/, error: 'expected an absolute http:// or https:// URL' });

/** The site's address when `SITE_URL` does not give one: this machine's preview server. */
export const LOCAL_SITE = 'http://localhost:4321';

/**
 * The site's address, from `SITE_URL` (`LOCAL_SITE` when it is unset), with
 * the one line the build stops with when `SITE_URL` is not an address; the
 * configuration then goes on with `LOCAL_SITE` until the check stops it
 * (src/integrations/production-checks.ts), in our words rather than Astro's
 * "Invalid URL".
 *
 * @example siteAddress({ SITE_URL: 'example.org' }).problem // 'environment → SITE_URL: "example.org" is not …'
 */
export function siteAddress(env: BuildEnv): { site: string; problem?: string } {
	const value = env.SITE_URL?.trim() ?? '';
	if (value === '') return { site: LOCAL_SITE };
	if (webSchema.safeParse(value).success) return { site: value };
	return {
		site: LOCAL_SITE,
		problem: `environment → SITE_URL: "${value}" is not the site's address; expected an absolute http:// or https:// URL, such as https://example.org`,
	};
}

/**
 * The corrections contact of this build, or the one line that says why the
 * build cannot have one. The environment (`CORRECTIONS_EMAIL`,
 * `CORRECTIONS_URL`) wins over `configured`, the publisher's config, so one
 * repository can be deployed by several people. A production build without
 * any contact is refused: a "tell us" with nowhere to tell is worse than none.
 *
 * @example correctionsContact({}, { CORRECTIONS_EMAIL: 'fix@example.org' }) // { contact: { email: 'fix@example.org' } }
 */
export function correctionsContact(
	configured: CorrectionsContact,
	env: BuildEnv,
): { contact?: CorrectionsContact; problem?: string } {
	const fromEnv = {
		email: env.CORRECTIONS_EMAIL?.trim() || undefined,
		url: env.CORRECTIONS_URL?.trim() || undefined,
	};
	for (const [name, value, schema] of [
		['CORRECTIONS_EMAIL', fromEnv.email, emailSchema],
		['CORRECTIONS_URL', fromEnv.url, webSchema],
	] as const) {
		const checked = value === undefined ? undefined : schema.safeParse(value);
		if (checked && !checked.success) {
			return {
				problem: `environment → ${name}: "${value}" is not usable; ${checked.error.issues[0]!.message}`,
			};
		}
	}
	const contact = fromEnv.email || fromEnv.url ? fromEnv : configured;
	const found = {
		...(contact.email ? { email: contact.email } : {}),
		...(contact.url ? { url: contact.url } : {}),
	};
	if (found.email || found.url) return { contact: found };
	if (!isProductionBuild(env)) return {};
	return {
		problem:
			`src/publisher.ts → corrections: a production build (SITE_URL ${env.SITE_URL ?? 'unset'}${env.PRODUCTION ? `, PRODUCTION=${env.PRODUCTION}` : ''}) ` +
			'needs somewhere readers can report a mistake; expected CORRECTIONS_EMAIL (an e-mail address) or ' +
			'CORRECTIONS_URL (e.g. https://github.com/owner/repo/issues/new) in the build’s environment, or ' +
			'corrections.email / corrections.url in src/publisher.ts',
	};
}

/** The page a report is about: its title and its absolute address. */
export interface ReportedPage {
	title: string;
	url: string;
}

/**
 * The link that opens a report about `page`, with its title and address
 * filled in: a `mailto:` with subject and body when there is an e-mail
 * address, else the contact page with `title` and `body` in its query (the
 * names GitHub's new-issue page reads). Undefined without a contact.
 *
 * @example reportLink({ email: 'fix@example.org' }, { title: 'X', url: 'https://s.example/x/' })
 * // 'mailto:fix@example.org?subject=Correction%20request%3A%20X&body=…'
 */
export function reportLink(contact: CorrectionsContact | undefined, page: ReportedPage): string | undefined {
	const subject = `Correction request: ${page.title}`;
	const body = `Page: ${page.url}\n\nWhat is wrong:\n\nWhat shows it (a link to the original or the source is best):\n`;
	if (contact?.email) {
		return `mailto:${contact.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
	}
	if (contact?.url) {
		const target = new URL(contact.url);
		target.searchParams.set('title', subject);
		target.searchParams.set('body', body);
		return target.href;
	}
	return undefined;
}
