import type { Entry } from '../loading/content-set';
import { readGitHistory, readVersions } from './git';
import { recordDates, type RecordDates } from '../history/history';
import { verdictHistoryProblems } from '../history/verdict-history';
import type { ContentProblem } from '../loading/content-error';
import type { Claim } from '../schemas/claim';
import type { Story } from '../schemas/story';
import { missingHistory } from './production';
import { productionBuild } from './publisher';

/** What is dated by its history: the content, and the methodology page with its sections. */
const dated = ['content', 'src/pages/methodology.astro', 'src/components/methodology'];
const methodologyFiles = dated.slice(1);

/**
 * The site's published history, read once per build from git. Without it
 * (no repository, a shallow clone) a production build stops, since its dates
 * and its check of verdict changes would be wrong; any other build goes on
 * without dates, and says so.
 */
const history = readGitHistory(process.cwd(), dated);
if (!history.available) {
	if (productionBuild) throw missingHistory(history.reason);
	console.warn(
		`\n*** No git history (${history.reason}): pages show no publication dates and verdict changes are not checked. ***\n`,
	);
}
const files = history.available ? history.files : new Map();

/** When the record in `filePath` was first published and last changed, if it has been committed. */
export function datesOf(filePath: string): RecordDates | undefined {
	return recordDates(files.get(filePath));
}

/** When the methodology page or one of its sections last changed. */
export const methodologyModified: string | undefined = methodologyFiles
	.flatMap((path) => [...files].filter(([file]) => file === path || file.startsWith(`${path}/`)))
	.map(([, file]) => file.commits[0]?.date as string)
	.sort()
	.at(-1);

/**
 * The changes of what readers were shown by `claims` that their corrections
 * logs do not record, and published claims removed without an entry in their
 * story's `removedClaims` (`src/history/verdict-history.ts`).
 */
export const verdictProblems = (claims: Entry<Claim>[], stories: Entry<Story>[]): ContentProblem[] =>
	verdictHistoryProblems(
		(versions) => readVersions(process.cwd(), versions),
		files,
		claims,
		stories.flatMap((story) => story.data.removedClaims.map((entry) => ({ story, entry }))),
	);
