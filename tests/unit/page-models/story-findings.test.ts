import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingListFindings } from '../../../src/compare/reading-lists';
import { buildSiteGraph, countVerdicts, type StoryNode } from '../../../src/record/graph';
import { storyFindings, type StoryFinding } from '../../../src/page-models/story-findings';
import { verdicts, verdictIds } from '../../../src/schemas/verdict';
import { wordingJudgements } from '../../../src/schemas/wording';
import { readingListSentence } from '../../../src/strings';
import type { ContentSet } from '../../../src/loading/content-set';
import { projectRoot } from '../../helpers/astro';
import { readContentSet } from '../../helpers/content';
import { oneVersionContent, validContent } from '../fixtures';

const storyOf = (content: ContentSet): StoryNode => buildSiteGraph(content).stories[0]!;
const kinds = (findings: StoryFinding[]) => findings.map((finding) => finding.kind);
const textOf = (finding: StoryFinding | undefined) => finding!.parts.map((part) => part.text).join('');
const find = (findings: StoryFinding[], kind: StoryFinding['kind']) =>
	findings.find((finding) => finding.kind === kind);

/** Each claim of the story's, with the wording judgements its versions give it. */
const judgedClaims = (story: StoryNode) =>
	story.claims.map((claim) => ({
		claim,
		judged: claim.citations
			.filter(({ article }) => story.versions.some((version) => version.entry.id === article.id))
			.flatMap(({ wording }) => wording?.judged ?? []),
	}));

describe('storyFindings', () => {
	it('leads with the reading-list finding, worded as the audit words it, then counts the claims', () => {
		const story = storyOf(validContent());
		const findings = storyFindings(story, { claimsIndex: false });
		expect(kinds(findings)).toEqual(['reading-list', 'verdicts', 'wording']);
		expect(textOf(findings[0])).toBe(readingListSentence(readingListFindings(story)[0]!));
	});

	it('counts the claims by verdict, linking each count to its group in the claims index only when that lists this story alone', () => {
		const story = storyOf(validContent());
		const counts = countVerdicts(story.claims.map((claim) => claim.entry));
		const line = find(storyFindings(story, { claimsIndex: true }), 'verdicts')!;
		const linked = line.parts.filter((part) => part.href);
		expect(linked.map((part) => part.href)).toEqual(counts.map(([id]) => `/claims/#verdict-${id}`));
		counts.forEach(([id, count], i) => {
			expect(linked[i]!.text).toContain(`${count} `);
			expect(linked[i]!.text).toContain(verdicts[id].label.toLowerCase());
		});
		expect(textOf(line)).toMatch(new RegExp(`^Of ${story.claims.length} claims, `));
		const unlinked = find(storyFindings(story, { claimsIndex: false }), 'verdicts')!;
		expect(unlinked.parts.some((part) => part.href)).toBe(false);
		expect(textOf(unlinked)).toBe(textOf(line));
	});

	it('sends a verdict whose claims start on a later page of the index to that page', () => {
		const content = validContent();
		const [x] = content.claims;
		// 120 confirmed claims put the not-checkable group on the claims index's second page.
		const many = Array.from({ length: 120 }, (_, i) => ({ ...x!, id: `x${i}` }));
		content.claims = [...many, ...content.claims.slice(1)];
		content.articles[0]!.markers = many.map((claim, i) => ({
			...content.articles[0]!.markers[0]!,
			claimId: claim.id,
			number: i + 1,
		}));
		const story = storyOf(content);
		const line = find(storyFindings(story, { claimsIndex: true }), 'verdicts')!;
		const hrefs = line.parts.flatMap((part) => (part.href ? [part.href] : []));
		expect(verdictIds.indexOf('confirmed')).toBeLessThan(verdictIds.indexOf('not-checkable'));
		expect(hrefs).toEqual(['/claims/#verdict-confirmed', '/claims/page/2/#verdict-not-checkable']);
	});

	it('names the claims the versions change most, by their words, linked to their pages, most changes first', () => {
		const content = validContent();
		const [x, y] = content.claims;
		x!.data.byVersion[0]!.wording = { judged: ['hedge-dropped'], words: 'Some text', record: 'some text' };
		y!.data.byVersion[1]!.wording = { judged: ['hardened', 'figure-changed'], words: 'More', record: 'more' };
		const story = storyOf(content);
		const line = find(storyFindings(story, { claimsIndex: false }), 'changed')!;
		expect(line.parts.filter((part) => part.href)).toEqual([
			{ text: 'Claim y', href: '/claims/y/' },
			{ text: 'Claim x', href: '/claims/x/' },
		]);
		expect(textOf(line)).toBe('Claim y (2 changes, in the version b); Claim x (1 change, in the version a).');
		// Each judgement counts the claims that have it in any version.
		expect(textOf(find(storyFindings(story, { claimsIndex: false }), 'wording'))).toBe(
			`${wordingJudgements['hedge-dropped'].label}, 1 claim; ${wordingJudgements.hardened.label.toLowerCase()}, 1 claim; ${wordingJudgements['figure-changed'].label.toLowerCase()}, 1 claim.`,
		);
	});

	it('works for a story of one version', () => {
		const story = storyOf(oneVersionContent());
		expect(story.versions).toHaveLength(1);
		const findings = storyFindings(story, { claimsIndex: true });
		expect(kinds(findings)).toEqual(['reading-list', 'verdicts', 'wording']);
		expect(textOf(find(findings, 'verdicts'))).toMatch(/^Of 2 claims, /);
	});

	it('says nothing of a reading list the versions do not cite, nor of claims a story does not have', () => {
		const content = validContent();
		for (const claim of content.claims) for (const version of claim.data.byVersion) version.sources = [];
		expect(kinds(storyFindings(storyOf(content), { claimsIndex: false }))).toEqual(['verdicts', 'wording']);

		const bare = validContent();
		bare.claims = [];
		for (const article of bare.articles) article.markers = [];
		const findings = storyFindings(storyOf(bare), { claimsIndex: true });
		expect(findings).toEqual([]);
	});

	it('counts a story of three versions from its records', () => {
		const story = storyOf(readContentSet(join(projectRoot, 'tests/fixtures/three-versions')));
		const findings = storyFindings(story, { claimsIndex: true });
		const verdictLine = textOf(find(findings, 'verdicts'));
		for (const [id, count] of countVerdicts(story.claims.map((claim) => claim.entry)))
			expect(verdictLine).toContain(`${count} ${verdicts[id].label.toLowerCase()}`);
		const judged = judgedClaims(story);
		const changes = (entry: (typeof judged)[number]) => entry.judged.filter((id) => id !== 'faithful').length;
		const named = find(findings, 'changed')!
			.parts.filter((part) => part.href)
			.map((part) => judged.find(({ claim }) => part.href === `/claims/${claim.entry.id}/`)!);
		expect(named.length).toBeGreaterThan(0);
		expect(named.length).toBeLessThanOrEqual(3);
		const most = Math.max(...judged.map(changes));
		expect(changes(named[0]!)).toBe(most);
		// No claim left out has more changes than one named.
		const least = Math.min(...named.map(changes));
		expect(judged.filter((entry) => !named.includes(entry) && changes(entry) > least)).toEqual([]);
	});
});
