import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkDirective from 'remark-directive';
import type { ClaimMarkerData } from '../../src/loading/marked-text';
import remarkClaimMarkers from '../../src/markdown/remark-claim-markers';
import { render } from '../helpers/markdown';

describe('remark-claim-markers through the site pipeline', () => {
	it('turns a marker into a highlighted passage linked to its sidebar entry', async () => {
		const { html } = await render('Russia will :claim[send *1,000* pioneers]{#shoigu-1000} to Kursk.');
		expect(html).toBe(
			'<p>Russia will <mark class="claim-marker" id="passage-shoigu-1000-1" data-claim="shoigu-1000">' +
				'send <em>1,000</em> pioneers<a class="claim-ref" href="#claim-shoigu-1000" aria-label="Claim 1, in the claims sidebar">1</a>' +
				'</mark> to Kursk.</p>',
		);
	});

	it('numbers claims by first appearance and gives every passage its own id', async () => {
		const { html, data, problems } = await render(
			':claim[first]{#b} then :claim[second]{#a}\n\n- :claim[first again]{#b}\n',
		);
		expect(
			data.claimMarkers.map(({ claimId, number, passageId, text }) => [claimId, number, passageId, text]),
		).toEqual([
			['b', 1, 'passage-b-1', 'first'],
			['a', 2, 'passage-a-1', 'second'],
			['b', 1, 'passage-b-2', 'first again'],
		]);
		expect(data.claimMarkers.map((marker) => marker.line)).toEqual([1, 1, 3]);
		expect(html).toContain(
			'<li><mark class="claim-marker" id="passage-b-2" data-claim="b">first again<a class="claim-ref" href="#claim-b"',
		);
		expect(problems).toEqual([]);
	});

	it('keeps the words exactly as written, quote marks, apostrophes and dashes and all', async () => {
		const { html, data } = await render(
			`She said :claim["about 25,000" of Japan's workers -- maybe...]{#n}.`,
		);
		expect(data.claimMarkers[0]!.text).toBe(`"about 25,000" of Japan's workers -- maybe...`);
		expect(html).toContain(
			`She said <mark class="claim-marker" id="passage-n-1" data-claim="n">"about 25,000" of Japan's workers -- maybe...`,
		);
	});

	it('leaves colons in ordinary prose alone', async () => {
		const { html, data } = await render('At 12:30, note:this and ratio 3:a stay as written.');
		expect(html).toBe('<p>At 12:30, note:this and ratio 3:a stay as written.</p>');
		expect(data.claimMarkers).toEqual([]);
	});

	it('keeps escaped colons at the start of a line as text', async () => {
		const { html, problems } = await render('\\::note[as written]');
		expect(problems).toEqual([]);
		expect(html).toBe('<p>::note[as written]</p>');
	});

	it.each([
		[
			'a marker with no id',
			'x :claim[words] y',
			'claim marker "words" has no claim id; write :claim[the words]{#claim-id}',
		],
		[
			'an id that is not an id',
			'x :claim[words]{#Bad_Id} y',
			'claim marker id "Bad_Id" is not a valid id; expected lower-case words joined by hyphens',
		],
		[
			'a marker with no words',
			'x :claim[]{#c} y',
			'claim marker {#c} marks no words; write :claim[the words]{#claim-id}',
		],
		[
			'an extra attribute',
			'x :claim[words]{#c .loud} y',
			'claim marker {#c} has unexpected attribute(s) class; only the id is allowed',
		],
		[
			'nested markers',
			'x :claim[outer :claim[inner]{#d}]{#c} y',
			'claim marker {#c} contains another claim marker {#d}; markers cannot nest',
		],
		[
			'a claim marker on a line of its own',
			'::claim[words]{#c}',
			'"::claim" is a block directive, which articles do not use; expected a claim marker inside the text, written :claim[the words]{#claim-id}, or "\\::" to keep the colons as text',
		],
		[
			'a block directive around text',
			':::note\nwords\n:::',
			'":::note" is a block directive, which articles do not use; expected a claim marker inside the text, written :claim[the words]{#claim-id}, or "\\:::" to keep the colons as text',
		],
	])('records %s with its line instead of failing the file', async (_, markdown, message) => {
		const { problems } = await render(`First line.\n\n${markdown}`);
		expect(problems).toEqual([{ message, line: 3 }]);
	});
});

describe('remark-claim-markers: claims the headline lines make', () => {
	const headlines = {
		kicker: 'Exclusive',
		title: 'North Korea to send 25,000 workers',
		alternateHeadline: '  Workers for the drone plant  ',
	};
	const summary = (data: ClaimMarkerData) =>
		data.claimMarkers.map(({ claimId, number, passageId, text, line, headline }) => [
			claimId,
			number,
			passageId,
			text,
			line,
			headline,
		]);

	it('records them first, kicker, title, then alternate headline, whatever order the frontmatter lists them in', async () => {
		const { data, problems } = await render('The text makes :claim[its own claim]{#body-only}.', {
			...headlines,
			headlineClaims: { alternateHeadline: ['drones'], title: ['workers', 'send'], kicker: ['exclusive'] },
		});
		expect(summary(data)).toEqual([
			['exclusive', 1, 'passage-exclusive-1', 'Exclusive', undefined, 'kicker'],
			['workers', 2, 'passage-workers-1', 'North Korea to send 25,000 workers', undefined, 'title'],
			['send', 3, 'passage-send-1', 'North Korea to send 25,000 workers', undefined, 'title'],
			['drones', 4, 'passage-drones-1', 'Workers for the drone plant', undefined, 'alternateHeadline'],
			['body-only', 5, 'passage-body-only-1', 'its own claim', 1, undefined],
		]);
		expect(problems).toEqual([]);
	});

	it('numbers a claim in the headline and the body once, with a passage for each', async () => {
		const { html, data } = await render('First.\n\nThey will :claim[send 25,000]{#workers} workers.', {
			...headlines,
			headlineClaims: { title: ['workers'] },
		});
		expect(summary(data)).toEqual([
			['workers', 1, 'passage-workers-1', 'North Korea to send 25,000 workers', undefined, 'title'],
			['workers', 1, 'passage-workers-2', 'send 25,000', 3, undefined],
		]);
		// The body's passage carries the headline's number and takes the second passage id.
		expect(html).toContain(
			'<mark class="claim-marker" id="passage-workers-2" data-claim="workers">send 25,000<a class="claim-ref" href="#claim-workers" aria-label="Claim 1, in the claims sidebar">1</a></mark>',
		);
		expect(html).not.toContain('passage-workers-1');
	});

	it('pushes the body’s claims down by the headline’s', async () => {
		const { data } = await render(':claim[first]{#a} and :claim[second]{#b}', {
			title: 'A title',
			headlineClaims: { title: ['b'] },
		});
		expect(data.claimMarkers.map(({ claimId, number }) => [claimId, number])).toEqual([
			['b', 1],
			['a', 2],
			['b', 1],
		]);
	});

	it('skips claims for a line the article does not have', async () => {
		const { data, problems } = await render(':claim[words]{#c}', {
			title: 'A title',
			headlineClaims: { kicker: ['k'], alternateHeadline: ['alt'] },
		});
		expect(summary(data)).toEqual([['c', 1, 'passage-c-1', 'words', 1, undefined]]);
		expect(problems).toEqual([]);
	});

	it('records nothing from the headline without headline claims', async () => {
		const { data } = await render(':claim[words]{#c}', headlines);
		expect(data.claimMarkers.map(({ claimId, headline }) => [claimId, headline])).toEqual([['c', undefined]]);
	});
});

describe('remark-claim-markers on its own', () => {
	it('uses another directive name when told to', async () => {
		const processor = remark().use(remarkDirective).use(remarkClaimMarkers, { name: 'assert' });
		const file = new VFile(':assert[words]{#c} and :claim[kept]{#d}');
		const tree = await processor.run(processor.parse(file), file);
		const data = file.data.astro?.frontmatter as ClaimMarkerData;
		expect(data.claimMarkers.map((marker) => marker.claimId)).toEqual(['c']);
		// The other directive is put back as the text it was written as.
		expect(toString(tree)).toBe('words and :claim[kept]{#d}');
	});
});
