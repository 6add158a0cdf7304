import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core's browser bundle. It is evaluated through the DevTools protocol
 * rather than added as a <script>, so the page's own Content-Security-Policy
 * stays in force while axe runs.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules whose outcome depends on colours: all a change of colour scheme
 * can affect, since the markup stays the same.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** Brings axe into the page's document, once, with everything in it laid out. */
async function inject(page: Page) {
	if (await page.evaluate(() => 'axe' in window)) return;
	await layOutEverything(page);
	await page.evaluate(axeSource);
}

/**
 * Lays out what the page leaves for later (`content-visibility: auto`), as it
 * is once a reader scrolls to it: until then axe cannot tell its colours or
 * its targets' sizes, and skips it.
 */
async function layOutEverything(page: Page) {
	await page.evaluate(() => {
		for (const element of document.querySelectorAll<HTMLElement>('*')) {
			if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
		}
	});
}

interface AxeNode {
	target: unknown[];
	failureSummary?: string;
}
interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: AxeNode[];
}

/**
 * Runs axe on the page as it is now and returns its violations as lines a
 * person can act on: rule, impact, what it asks, and the elements at fault.
 * With `rules`, only those rules run; otherwise every rule of `axeTags`.
 */
export async function axeViolations(page: Page, label: string, rules?: string[]): Promise<string[]> {
	await inject(page);
	const violations = await page.evaluate(
		(runOnly) =>
			(
				window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: AxeViolation[] }> } }
			).axe
				.run(document, { runOnly, resultTypes: ['violations'] })
				.then((results) =>
					results.violations.map(({ id, impact, help, nodes }) => ({
						id,
						impact,
						help,
						nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
					})),
				),
		rules ? { type: 'rule', values: rules } : { type: 'tag', values: axeTags },
	);
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${label}: ${violation.id} (${violation.impact}) ${violation.help} — at ${node.target.join(' ')}` +
				(node.failureSummary ? `\n    ${node.failureSummary.replace(/\n\s*/g, ' ')}` : ''),
		),
	);
}

/** The ids of the rules axe runs for `axeTags`. */
export async function axeRuleIds(page: Page): Promise<string[]> {
	await inject(page);
	return page.evaluate(
		(tags) =>
			(window as unknown as { axe: { getRules: (tags: string[]) => { ruleId: string }[] } }).axe
				.getRules(tags)
				.map((rule) => rule.ruleId),
		axeTags,
	);
}
