import { correctionsContact, type BuildEnv } from '../publishing/contact';
import { ownership } from '../publishing/ownership';
import { ContentError, describeIssues } from '../loading/content-error';
import { publisherConfig, publisherSchema } from '../publisher';

/*
 * What a build needs before it can go out, each mistake as the one-line error
 * that stops it. The pages read them (`./publisher.ts`, `./history.ts`), and
 * the build checks them before it starts (`src/integrations/production-checks.ts`).
 */

/**
 * The publisher as a build in `env` sees it: `src/publisher.ts` checked against
 * its schema, with the corrections contact resolved from the environment.
 */
export function resolvePublisher(env: BuildEnv) {
	const checked = publisherSchema.safeParse(publisherConfig);
	if (!checked.success) {
		throw new ContentError(describeIssues('src/publisher.ts', '', checked.error.issues, publisherConfig));
	}
	const resolved = correctionsContact(checked.data.corrections, env);
	if (resolved.problem) throw new ContentError(resolved.problem);
	const owned = ownership(checked.data, env);
	if (owned.problem) throw new ContentError(owned.problem);
	return { ...checked.data, ...owned.found, contact: resolved.contact };
}

/** The error that stops a production build without the project's full git history, `reason` saying why. */
export function missingHistory(reason: string): ContentError {
	return new ContentError(
		`git history → content: ${reason}; a production build dates every record and checks each verdict change ` +
			'against its corrections from the full history; expected a full clone (in GitHub Actions, actions/checkout ' +
			'with fetch-depth: 0), or PRODUCTION=false for a build that is not published',
	);
}
