/**
 * The claims sidebar's filter: a button per verdict shows only the claims of
 * that verdict, and takes the highlight off the other claims' passages in the
 * text; "All" shows every claim again. Without this script the buttons stay
 * hidden, the plain counts show instead, and every claim is listed. A claim
 * number in the text always leads to its entry: following one whose entry is
 * filtered out shows every claim first.
 */

const filter = document.querySelector<HTMLElement>('[data-claim-filter]');
const entries = [...document.querySelectorAll<HTMLElement>('.entry[data-verdict]')];

if (filter && entries.length > 0) {
	const buttons = [...filter.querySelectorAll<HTMLButtonElement>('button[data-verdict]')];
	const announcement = filter.querySelector<HTMLElement>('[data-claim-filter-status]');
	const verdictOf = new Map(entries.map((entry) => [entry.id, entry.dataset.verdict]));
	// Each passage with the id of its sidebar entry, from the claim number's link.
	const passages = [...document.querySelectorAll<HTMLElement>('mark.claim-marker')].map((passage) => ({
		passage,
		entry: decodeURIComponent(passage.querySelector<HTMLAnchorElement>('a.claim-ref')?.hash.slice(1) ?? ''),
	}));

	const show = (verdict: string) => {
		let shown = 0;
		for (const entry of entries) {
			entry.hidden = verdict !== '' && entry.dataset.verdict !== verdict;
			if (!entry.hidden) shown++;
		}
		for (const { passage, entry } of passages) {
			passage.classList.toggle('outside-filter', verdict !== '' && verdictOf.get(entry) !== verdict);
		}
		for (const button of buttons)
			button.setAttribute('aria-pressed', String(button.dataset.verdict === verdict));
		if (announcement) {
			announcement.textContent =
				verdict === ''
					? `Showing all ${entries.length} claims`
					: `Showing ${shown} of ${entries.length} claims`;
		}
	};

	/** Shows every claim if the element `hash` names is in a filtered-out entry, and returns that element. */
	const reveal = (hash: string): HTMLElement | undefined => {
		const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
		if (!target?.closest<HTMLElement>('.entry')?.hidden) return undefined;
		show('');
		return target;
	};

	filter.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-verdict]');
		if (button) show(button.dataset.verdict ?? '');
	});
	// Before the browser follows the link, so it lands on a visible entry.
	document.addEventListener(
		'click',
		(event) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
			if (link) reveal(link.hash);
		},
		true,
	);
	window.addEventListener('hashchange', () => reveal(location.hash)?.scrollIntoView());

	document.querySelector<HTMLElement>('[data-claim-filter-fallback]')!.hidden = true;
	filter.hidden = false;
}
