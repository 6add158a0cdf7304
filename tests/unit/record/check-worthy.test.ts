import { describe, expect, it } from 'vitest';
import { checkWorthySentences, cuesIn, sentencesOf, type CueKind } from '../../../src/record/check-worthy';
import { buildClaimIndex, didYouMean, suggestClaims } from '../../../src/record/claim-index';
import { articleCoverage, coverageReport, findCoverageProblems } from '../../../src/record/coverage';
import { formatProblem } from '../../../src/loading/content-error';
import type { ArticleEntry } from '../../../src/loading/content-set';
import { contentIds, readArticle, readData } from '../../helpers/content';
import { render } from '../../helpers/markdown';

describe('cuesIn', () => {
	it.each<[string, string, [CueKind, string][]]>([
		['a figure in digits', 'About 25,000 workers will go.', [['figure', '25,000']]],
		['a figure in words', 'Over twenty-five thousand workers will go.', [['figure', 'twenty-five']]],
		['hundreds', 'Hundreds attack nightly.', [['figure', 'Hundreds']]],
		['a month', 'The treaty was signed in June.', [['date', 'June']]],
		['a year, not also a figure', 'The treaty was signed in 2024.', [['date', '2024']]],
		['a relative date', 'They signed it last year.', [['date', 'last year']]],
		['according to', 'According to diplomats, talks go on.', [['attribution', 'According to']]],
		['said', 'The minister said talks go on.', [['attribution', 'said']]],
		['reported', 'As reported by the paper, talks go on.', [['attribution', 'As reported by']]],
		['as relayed by', 'Talks go on, as relayed by diplomats.', [['attribution', 'as relayed by']]],
		['reportedly', 'Workers are reportedly leaving.', [['hedge', 'reportedly']]],
		['allegedly', 'Pyongyang has allegedly sent shells.', [['hedge', 'allegedly']]],
		[
			'reports suggest: reports credited, and a hedge',
			'Reports suggest Moscow is eyeing recruits.',
			[
				['attribution', 'Reports suggest'],
				['hedge', 'suggest'],
			],
		],
		['accused', 'Seoul and Kyiv have accused Pyongyang of supplying shells.', [['attribution', 'accused']]],
		['suggests', 'The data suggests a slowdown.', [['hedge', 'suggests']]],
		['a named outlet', 'NHK has the story.', [['named source', 'NHK']]],
		['unnamed officials', 'Officials will not comment.', [['named source', 'Officials']]],
		['a citation number is not a figure', 'Talks go on [2].', []],
		['"may" is a hedge, not a month', 'It may include cooperation.', [['hedge', 'may']]],
		['nothing to check', 'Ramping up production levels?', []],
	])('%s', (_name, text, expected) => {
		expect(cuesIn(text).map((cue) => [cue.kind, cue.words])).toEqual(expected);
	});
});

const frontmatter = {
	title: 'A plain headline',
	headlineClaims: {},
	notClaims: [] as { text: string; reason: string }[],
};

/** An article entry as the site builds it: the text through the real Markdown pipeline. */
async function entry(markdown: string, data: Record<string, unknown> = {}): Promise<ArticleEntry> {
	const full = { ...frontmatter, ...data };
	const { data: recorded, problems } = await render(markdown, full);
	return {
		id: 'a',
		filePath: 'content/articles/a.md',
		data: full as any,
		body: markdown,
		markers: recorded.claimMarkers,
		textBlocks: recorded.textBlocks,
		markdownProblems: problems,
		renderFailed: false,
	};
}

describe('coverage of check-worthy sentences', () => {
	it('takes sentences and claim spans from the Markdown pipeline', async () => {
		const article = await entry('Intro.\n\nNHK *said* :claim[25,000 \\[sic\\] go]{#x}. Calm here.');
		expect(article.textBlocks).toEqual([
			{ kind: 'paragraph', text: 'Intro.', line: 1, claims: [] },
			{
				kind: 'paragraph',
				text: 'NHK said 25,000 [sic] go. Calm here.',
				line: 3,
				claims: [{ claimId: 'x', start: 9, end: 24 }],
			},
		]);
		expect(checkWorthySentences(article.data, article.textBlocks).map((s) => [s.text, s.marked])).toEqual([
			['NHK said 25,000 [sic] go.', true],
		]);
	});

	it('fails an unmarked check-worthy sentence, naming the file, the line and the cue', async () => {
		const article = await entry('Calm words.\n\nIt rained.\nNHK reported that 30,000 workers arrived.');
		expect(findCoverageProblems({ articles: [article], claims: [] }).map(formatProblem)).toEqual([
			'content/articles/a.md → body, line 4: "NHK reported that 30,000 workers arrived." carries a figure ("30,000"), an attribution ("reported"), a named source ("NHK") and is in no claim marker; expected :claim[the words]{#claim-id} around its claim, or a notClaims entry { text, reason } with the words that carry it, saying why they make no claim',
		]);
	});

	it('judges coverage cue by cue: a cue outside every marker fails though its sentence marks another', async () => {
		const article = await entry(
			'NHK said :claim[25,000 workers will go]{#x}, and 3,000 more in May, and Kyiv has accused Pyongyang.',
		);
		expect(findCoverageProblems({ articles: [article], claims: [] }).map(formatProblem)).toEqual([
			'content/articles/a.md → body, line 1: "NHK said 25,000 workers will go, and 3,000 more in May, and Kyiv has accused Pyongyang." carries a date ("May"), a figure ("3,000"), an attribution ("said"), an attribution ("accused"), a named source ("NHK") outside its claim markers; expected :claim[the words]{#claim-id} around its claim, or a notClaims entry { text, reason } with the words that carry it, saying why they make no claim',
		]);
		const listed = await entry(
			'NHK said :claim[25,000 workers will go]{#x}, and 3,000 more in May, and Kyiv has accused Pyongyang.',
			{ notClaims: [{ text: 'NHK said', reason: 'The attribution of the marked claim.' }] },
		);
		expect(findCoverageProblems({ articles: [listed], claims: [] }).map((p) => p.message)).toEqual([
			expect.stringContaining(
				'carries a date ("May"), a figure ("3,000"), an attribution ("accused") outside its claim markers',
			),
		]);
	});

	it('finds an allegation in a wire brief: "accused" is an attribution', async () => {
		const article = await entry(
			'Seoul and Kyiv have accused Pyongyang of supplying artillery shells and troops.',
		);
		expect(findCoverageProblems({ articles: [article], claims: [] }).map((p) => p.message)).toEqual([
			expect.stringContaining('carries an attribution ("accused")'),
		]);
	});

	it('checks the headline lines, marked by headlineClaims', async () => {
		const unmarked = await entry('Calm.', { title: '25,000 workers head west' });
		expect(findCoverageProblems({ articles: [unmarked], claims: [] }).map((p) => p.field)).toEqual(['title']);
		const marked = await entry('Calm.', {
			title: '25,000 workers head west',
			headlineClaims: { title: ['x'] },
		});
		expect(findCoverageProblems({ articles: [marked], claims: [] })).toEqual([]);
	});

	it('accepts a sentence listed in notClaims, and reports an entry that matches nothing or twice', async () => {
		const text = 'NHK has a new studio. NHK has a new studio.\n\nIt opened in May.';
		const listed = await entry(text, {
			notClaims: [
				{ text: 'opened in May', reason: 'Background with no bearing on the story.' },
				{ text: 'NHK has a new studio', reason: 'Repeated.' },
				{ text: 'not there', reason: 'Gone.' },
			],
		});
		expect(articleCoverage(listed).uncovered).toEqual([]);
		expect(articleCoverage(listed).problems.map(formatProblem)).toEqual([
			'content/articles/a.md → notClaims[2].text: "not there" is not in the article\'s text or headlines; expected the words of one sentence as they appear there',
		]);
		const twice = await entry('NHK said it.\n\nNHK said it again.', {
			notClaims: [{ text: 'NHK said it', reason: 'x' }],
		});
		expect(articleCoverage(twice).problems.map((p) => p.message)).toEqual([
			'"NHK said it" appears in 2 places; expected a part of one sentence found nowhere else',
		]);
	});

	it('passes on every real article, each check-worthy sentence marked or listed with a reason', async () => {
		const articles = await Promise.all(
			contentIds('articles').map(async (id) => {
				const { data, body } = readArticle(id);
				return {
					...(await entry(body, {
						...data,
						notClaims: data.notClaims ?? [],
						headlineClaims: data.headlineClaims ?? {},
					})),
					id,
					filePath: `content/articles/${id}.md`,
				};
			}),
		);
		const claims = contentIds('claims').map((id) => ({
			id,
			filePath: '',
			data: readData('claims', id) as any,
		}));
		expect(
			coverageReport({ articles, claims }).map((item) => `${item.file}:${item.line}: ${item.text}`),
		).toEqual([]);
		for (const article of articles) expect(articleCoverage(article).problems).toEqual([]);
	});
});

describe('claim suggestions', () => {
	const index = buildClaimIndex([
		{
			id: 'nk-workers-25000',
			texts: ['North Korea will send 25,000 workers to Russia.', 'around 25,000 North Korean workers'],
		},
		{ id: 'shoigu-1000-pioneers', texts: ['Shoigu said 1,000 North Korean deminers will go to Kursk.'] },
		{ id: 'drone-attacks-surge', texts: ['Russian drone attacks on Ukraine have surged.'] },
	]);

	it.each([
		['A paper says 25,000 workers from North Korea are coming.', 'nk-workers-25000'],
		['Deminers will be sent to Kursk, Shoigu announced.', 'shoigu-1000-pioneers'],
		['Drone attacks on Ukraine surge again.', 'drone-attacks-surge'],
	])('finds the closest claim to "%s"', (text, id) => {
		expect(suggestClaims(index, text)[0]?.claimId).toBe(id);
	});

	it('suggests nothing for a sentence sharing no word', () => {
		expect(suggestClaims(index, 'The weather was fine.')).toEqual([]);
	});

	it.each([
		['a typo', 'nk-workers-2500', '', 'nk-workers-25000'],
		[
			'another id for the same words',
			'workers-coming',
			'about 25,000 North Korean workers',
			'nk-workers-25000',
		],
	])('did you mean: %s', (_name, id, text, expected) => {
		expect(didYouMean(index, id, text)[0]).toBe(expected);
	});
});

describe('sentencesOf', () => {
	it.each([
		['two sentences', 'Russia agrees. Korea sends workers.', ['Russia agrees.', 'Korea sends workers.']],
		['an initial', 'N. Korea sends workers. Russia agrees.', ['N. Korea sends workers.', 'Russia agrees.']],
		['U.S.', 'The U.S. objects. Talks go on.', ['The U.S. objects.', 'Talks go on.']],
		['a quote closing it', 'He said “no.” Then left.', ['He said “no.”', 'Then left.']],
		['a question, then a figure', 'Why? 25,000 came.', ['Why?', '25,000 came.']],
		['no break in 2.5', 'It rose 2.5 times.', ['It rose 2.5 times.']],
	])('%s', (_name, text, expected) => {
		expect(sentencesOf(text).map((s) => s.text)).toEqual(expected);
		for (const s of sentencesOf(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});
