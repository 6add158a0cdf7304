import { describe, expect, it } from 'vitest';
import { currentPassage, paused, scrollToShow } from '../../../src/scripts/list-scroll';

const order = ['a', 'b', 'c', 'd'];
const seen = (started: string[], onScreen: string[], atEnd = false) => ({
	started: new Set(started),
	onScreen: new Set(onScreen),
	atEnd,
});

describe('currentPassage', () => {
	it.each([
		[
			'the last to start above the reading line, in the text’s order',
			seen(['c', 'a', 'b'], ['b', 'c']),
			undefined,
			'c',
		],
		['the one last chosen when none has started', seen([], ['a']), 'a', 'a'],
		['nothing before any passage is read', seen([], []), undefined, undefined],
		['the last on screen at the end of the page', seen(['b'], ['b', 'c', 'd'], true), 'b', 'd'],
		[
			'the last started at the end of a page with no passage on screen',
			seen(['a', 'b'], [], true),
			undefined,
			'b',
		],
	])('picks %s', (_, state, last, expected) => {
		expect(currentPassage(order, state, last)).toBe(expected);
	});
});

describe('scrollToShow', () => {
	it.each([
		['nothing for an item in view', { top: 100, bottom: 200 }, 0],
		['down to a third of the way for an item below', { top: 900, bottom: 1000 }, 700],
		['up to a third of the way for an item above', { top: -300, bottom: -200 }, -500],
		['to its top for an item too tall for a third', { top: 900, bottom: 1400 }, 900],
	])('scrolls %s', (_, item, delta) => {
		expect(scrollToShow({ top: 0, bottom: 600 }, item)).toBe(delta);
	});
});

describe('paused', () => {
	it.each([
		['not without a pause', undefined, 0, false],
		['while the page settles, wherever it is', { distance: 0 }, 600, true],
		['on an opened page the reader has not scrolled', { from: 600, distance: 0 }, 600, true],
		['no longer once the reader scrolls at all', { from: 600, distance: 0 }, 640, false],
		['after a jump, while the reader stays near where it landed', { from: 600, distance: 300 }, 380, true],
		['no longer once the reader has read on from the jump', { from: 600, distance: 300 }, 901, false],
	])('holds %s', (_, pause, y, expected) => {
		expect(paused(pause, y)).toBe(expected);
	});
});
