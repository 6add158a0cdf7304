import { z } from 'astro/zod';

/**
 * Who publishes the site and answers for it: the one place to say so. Pages,
 * the structured data and the methodology page read it from here, checked
 * against the schema below when the build starts.
 *
 * Names of people are left to whoever deploys the site: a role is always
 * shown, a name only when `name` is filled in. The owner and the funding
 * statement must be true of the deployment, so they are left empty here: a
 * production build is refused without them (set `owner` and `funding`, or
 * `SITE_OWNER` and `SITE_FUNDING` in its environment; `src/publishing/ownership.ts`). The corrections contact comes
 * from the environment (`CORRECTIONS_EMAIL`, `CORRECTIONS_URL`) or, failing
 * that, from `corrections` here; see `src/publishing/contact.ts` for when a build
 * without one is refused.
 */
export const publisherSchema = z.strictObject({
	name: z
		.string()
		.trim()
		.min(1)
		.describe('The publisher’s name, as the site and its structured data give it'),
	description: z.string().trim().min(1).describe('One sentence on what the publisher does'),
	responsible: z
		.array(
			z.strictObject({
				role: z.string().trim().min(1).describe('What the role answers for, e.g. "Editor"'),
				duties: z.string().trim().min(1).describe('What that person does, in one sentence'),
				name: z
					.string()
					.trim()
					.min(1)
					.optional()
					.describe('The person’s name; left out until the deployer fills it in'),
			}),
		)
		.min(1, { message: 'expected at least one role responsible for the analysis' })
		.describe('Who is responsible for the analysis, by role'),
	owner: z
		.string()
		.trim()
		.min(1)
		.optional()
		.describe(
			'The name of the person or organisation that owns the site; a production build needs one (or SITE_OWNER)',
		),
	funding: z
		.string()
		.trim()
		.min(1)
		.optional()
		.describe(
			'Who pays for the site, true of this deployment; a production build needs one (or SITE_FUNDING)',
		),
	nonPartisanship: z.string().trim().min(1).describe('The site’s stance toward parties, states and causes'),
	corrections: z
		.strictObject({
			email: z.email({ error: 'expected an e-mail address such as corrections@example.org' }).optional(),
			url: z
				.url({ protocol: /^https?$/, error: 'expected an absolute http:// or https:// URL' })
				.optional()
				.describe('A page that takes reports, e.g. a repository’s new-issue page'),
		})
		.default({})
		.describe('Where readers report a mistake, when the environment does not say'),
});

export type PublisherConfig = z.infer<typeof publisherSchema>;

export const publisherConfig: z.input<typeof publisherSchema> = {
	name: 'Sourceline',
	description:
		'Sourceline reads news stories claim by claim and traces each claim to the sources the story cites.',
	responsible: [
		{
			role: 'Editor',
			duties:
				'Decides what is analysed and answers for every status, rationale and correction published here.',
		},
		{
			role: 'Analyst',
			duties: 'Marks the claims in each version, records the sources as cited and writes each rationale.',
		},
	],
	nonPartisanship:
		'We apply the same rules to every claim, whoever makes it. We take no side in the conflicts the stories report, and a claim’s status says what its sources support, not whether we agree with it.',
	corrections: {},
};
