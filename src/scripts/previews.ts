/**
 * Previews on an article page, in the manner of Wikipedia's reference
 * previews: hovering or focusing a claim number in the text, or a source link,
 * shows a small card with what the page already says about it. The links work
 * as plain links without this script. The card is a tooltip: the link points to
 * it with aria-describedby, Escape hides it, and it stays open while the
 * pointer is over it so it can be read.
 */

import { placePreview } from './preview-position';

const card = document.createElement('div');
card.id = 'preview-card';
card.className = 'preview-card';
card.setAttribute('role', 'tooltip');
card.hidden = true;
document.body.append(card);

let owner: HTMLAnchorElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function line(className: string, text: string | null | undefined): HTMLElement[] {
	const value = text?.replace(/\s+/g, ' ').trim();
	if (!value) return [];
	const p = document.createElement('p');
	p.className = className;
	p.textContent = value;
	return [p];
}

/** The card's lines for a link, from data already in the page; none for other links. */
function linesFor(link: HTMLAnchorElement): HTMLElement[] {
	if (link.matches('a.claim-ref')) {
		const entry = document.getElementById(decodeURIComponent(link.hash.slice(1)));
		if (!entry) return [];
		return [
			...line('kind', `Claim ${link.querySelector('.claim-number')?.textContent ?? link.textContent}`),
			...line('title', entry.querySelector('.claim-link')?.textContent),
			// The badge's symbol and label are separate nodes; keep a space between them.
			...line(
				'verdict',
				[...(entry.querySelector('.verdict')?.childNodes ?? [])].map((node) => node.textContent).join(' '),
			),
		];
	}
	const { outlet, title, date } = link.dataset;
	if (!outlet) return [];
	return [...line('kind', `Source · ${outlet}`), ...line('title', title), ...line('date', date)];
}

function show(link: HTMLAnchorElement) {
	clearTimeout(timer);
	const lines = linesFor(link);
	if (lines.length === 0) return;
	if (owner && owner !== link) hide();
	owner = link;
	card.replaceChildren(...lines);
	card.hidden = false;
	link.setAttribute('aria-describedby', card.id);
	const { left, top, above } = placePreview(
		link.getBoundingClientRect(),
		{ width: card.offsetWidth, height: card.offsetHeight },
		{ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
	);
	card.style.left = `${left + scrollX}px`;
	card.style.top = `${top + scrollY}px`;
	card.dataset.side = above ? 'above' : 'below';
}

function hide() {
	clearTimeout(timer);
	card.hidden = true;
	owner?.removeAttribute('aria-describedby');
	owner = undefined;
}

const later = (action: () => void) => {
	clearTimeout(timer);
	timer = setTimeout(action, 150);
};
const target = (event: Event) =>
	(event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.claim-ref, a[data-outlet]') ?? undefined;

document.addEventListener('focusin', (event) => {
	const link = target(event);
	if (link) show(link);
});
document.addEventListener('focusout', (event) => {
	if (target(event) === owner) hide();
});
document.addEventListener('pointerover', (event) => {
	const link = target(event);
	if (event.pointerType === 'mouse' && link) later(() => show(link));
	else if (card.contains(event.target as Node)) clearTimeout(timer);
});
document.addEventListener('pointerout', (event) => {
	if (event.pointerType === 'mouse' && (target(event) || card.contains(event.target as Node))) later(hide);
});
document.addEventListener('keydown', (event) => {
	if (event.key === 'Escape' && !card.hidden) hide();
});
