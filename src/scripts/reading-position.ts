/**
 * On wide screens, where the claims sidebar sits beside the text, the entry of
 * the passage being read is highlighted and scrolled into the sidebar's view
 * as the reader scrolls. The sidebar opens at its heading and its filter, or
 * at what the page's address leads to, and follows only once the reader
 * scrolls the page. Without this script (or on narrow screens, where the
 * sidebar follows the text) every entry is listed and linked as it is.
 */
import { currentPassage, paused, scrollToShow, type Pause } from './list-scroll';

const sidebar = document.querySelector<HTMLElement>('aside.sidebar');
const passages = [...document.querySelectorAll<HTMLElement>('mark.claim-marker[data-claim]')];
const wide = matchMedia('(min-width: 64rem)');

if (sidebar && passages.length > 0 && 'IntersectionObserver' in window) {
	const order = passages.map((passage) => passage.id);
	const claimOf = new Map(passages.map((passage) => [passage.id, passage.dataset.claim!]));
	const started = new Set<string>();
	const onScreen = new Set<string>();
	let last: string | undefined;
	let lit: HTMLElement | undefined;
	// The page opens paused until the reader scrolls it: the sidebar shows its heading and its
	// filter, or the entry the address names, where the browser has put it. Opened at a passage
	// of the text, the sidebar shows that passage's entry. The pause is measured from where the
	// page has settled once loaded, so the browser's own scroll to the address is not the reader's.
	const opening = document.getElementById(decodeURIComponent(location.hash.slice(1)));
	let pause: Pause | undefined = {
		distance: 0,
		passage: opening?.closest<HTMLElement>('mark.claim-marker[data-claim]')?.id,
	};
	let settled = document.readyState === 'complete';
	addEventListener('load', () => {
		settled = true;
		if (pause && pause.from === undefined) pause.from = scrollY;
	});
	// After the reader follows a link into the sidebar, it is theirs to scroll until they read on.
	// The pause is measured from where the jump lands. A click comes before its jump, and the
	// jump's scroll can be seen before its hashchange, so a click pauses from the next update.
	addEventListener('hashchange', () => (pause = { from: scrollY, distance: innerHeight / 3 }));
	document.addEventListener('click', (event) => {
		if ((event.target as Element).closest?.('a[href^="#"]')) pause = { distance: innerHeight / 3 };
	});

	// The browser scrolls to an entry the address names before the scripts have changed the
	// sidebar (its filter shown, an entry marked as being read), which can leave that entry
	// partly out of the sidebar's view.
	const keepOpening = () => {
		if (!opening || !sidebar.contains(opening) || !wide.matches) return;
		const delta = scrollToShow(sidebar.getBoundingClientRect(), opening.getBoundingClientRect());
		if (delta !== 0) sidebar.scrollBy({ top: delta, behavior: 'instant' });
	};

	const update = () => {
		if (settled && pause && pause.from === undefined) pause.from = scrollY;
		const held = paused(pause, scrollY);
		if (!held) pause = undefined;
		const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
		const id = pause?.passage ?? currentPassage(order, { started, onScreen, atEnd }, last);
		last = id;
		const entry = id ? document.getElementById(`claim-${claimOf.get(id)}`) : null;
		if (!wide.matches || !entry || entry.hidden) {
			lit?.classList.remove('reading');
			lit = undefined;
			return;
		}
		if (entry === lit) return;
		lit?.classList.remove('reading');
		entry.classList.add('reading');
		lit = entry;
		if (held && !pause?.passage) {
			// Only while the page is as it opened: a jump by link is the browser’s to place.
			if (pause?.distance === 0) keepOpening();
			return;
		}
		const delta = scrollToShow(sidebar.getBoundingClientRect(), entry.getBoundingClientRect());
		// At once, not gliding: a glide still under way when the reader follows a link into the
		// sidebar would carry the list past the entry the link leads to.
		if (delta !== 0) sidebar.scrollBy({ top: delta, behavior: 'instant' });
	};

	const track = (set: Set<string>, rootMargin: string) => {
		const observer = new IntersectionObserver(
			(changes) => {
				for (const change of changes) {
					if (change.isIntersecting) set.add(change.target.id);
					else set.delete(change.target.id);
				}
				update();
			},
			{ rootMargin },
		);
		for (const passage of passages) observer.observe(passage);
	};
	// Everything from far above the screen down to the reading line, a third of the way down.
	track(started, '100000px 0px -66% 0px');
	track(onScreen, '0px');
	// Reaching the end of the page changes no intersection in the band.
	let queued = false;
	addEventListener(
		'scroll',
		() => {
			if (queued) return;
			queued = true;
			requestAnimationFrame(() => {
				queued = false;
				update();
			});
		},
		{ passive: true },
	);
	wide.addEventListener('change', update);
}
