import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './astro';

export const vnuJar = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

/**
 * Whether Java can run the Nu Html Checker. Without it the check is skipped,
 * loudly, except under CI, where a missing Java is a failure.
 */
export function javaAvailable(): boolean {
	const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
	if (probe.status === 0) return true;
	if (process.env.CI) throw new Error('No Java to run the Nu Html Checker: install "default-jre-headless".');
	console.warn('\n*** No Java: skipping the Nu Html Checker (apt-get install default-jre-headless). ***\n');
	return false;
}

/** One message of the checker, as its JSON output gives it. */
export interface VnuMessage {
	type: string;
	subType?: string;
	url: string;
	lastLine?: number;
	firstColumn?: number;
	message: string;
	extract?: string;
}

/** Runs the checker once over all `files` (one JVM start) and returns its errors. */
export function validateHtml(files: string[]): VnuMessage[] {
	// The client compiler alone, for a run this short, with the stack it then needs: a third less CPU.
	// The serial collector: the default one's threads took as much CPU again on a long page.
	const jvm = ['-XX:TieredStopAtLevel=1', '-Xss8m', '-XX:+UseSerialGC'];
	const result = spawnSync('java', [...jvm, '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		timeout: 120_000,
	});
	// The report goes to stderr, possibly after notes from the JVM; the exit status is 1 whenever there are errors.
	const output = `${result.stdout}\n${result.stderr}`;
	const report = output.split('\n').find((line) => line.startsWith('{"'));
	if (!report) throw new Error(`The Nu Html Checker did not report:\n${output}`);
	return (JSON.parse(report) as { messages: VnuMessage[] }).messages;
}
