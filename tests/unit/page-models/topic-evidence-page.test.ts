import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/record/graph';
import { evidencePage } from '../../../src/page-models/evidence-page';
import { topicPage } from '../../../src/page-models/topic-page';
import { evidenceEntry, validContent } from '../fixtures';

describe('topicPage', () => {
	it('lists the versions and claims about a topic', () => {
		const graph = buildSiteGraph(validContent());
		const page = topicPage(graph.topic('place'));
		expect(page.eyebrow).toBe('Topic · Places');
		expect(page.versions).toEqual([
			{ title: 'Title a', path: 'articles/a/' },
			{ title: 'Title b', path: 'articles/b/' },
		]);
		expect(page.claims?.map(({ claim }) => claim.id)).toEqual(['x', 'y']);
	});

	it('leaves out the sections it has nothing for', () => {
		const content = validContent();
		content.topics.push({
			id: 'nobody',
			filePath: 'content/topics/nobody.yaml',
			data: { name: 'Nobody', kind: 'person', description: 'No one.' },
		});
		const page = topicPage(buildSiteGraph(content).topic('nobody'));
		expect(page.versions).toBeUndefined();
		expect(page.claims).toBeUndefined();
	});
});

describe('evidencePage', () => {
	it('gives the item as published, what it bears on and the events it dates', () => {
		const graph = buildSiteGraph(validContent());
		const page = evidencePage(graph, graph.evidenceItem('e1'));
		expect(page.title).toBe('NHK: NHK reports it (evidence)');
		expect(page.heading).toBe('NHK reports it');
		expect(page.noHeadline).toBeUndefined();
		expect(page.published).toEqual({ date: '2024-06-19', when: '19 June 2024', dateLine: undefined });
		expect(page.claims.map(({ claim, note }) => [claim.id, note])).toEqual([['x', 'States it']]);
		expect(page.noClaims).toBeUndefined();
		expect(page.events).toEqual([
			{
				date: '2024-06-19',
				when: '19 June 2024',
				text: 'A treaty is signed.',
				path: '#event-treaty',
				later: undefined,
			},
		]);
	});

	it('describes an item without a headline and one that bears on no claim', () => {
		const content = validContent();
		content.evidence.push(evidenceEntry('e3', { outlet: 'TASS', title: undefined, published: '2024-08-02' }));
		const graph = buildSiteGraph(content);
		const page = evidencePage(graph, graph.evidenceItem('e3'));
		expect(page.title).toBe('TASS: report of 2 August 2024 (evidence)');
		expect(page.heading).toBe('TASS, 2 August 2024');
		expect(page.noHeadline).toBe('The copy we read showed no headline, so none is given.');
		expect(page.description).toBe(
			'Evidence consulted: Untitled report (no headline on the copy we read) (TASS, 2 August 2024). What it reports.',
		);
		expect(page.noClaims).toBe('It bears on no claim directly; it dates the events below.');
		expect(page.events).toBeUndefined();
	});
});
