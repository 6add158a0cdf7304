/**
 * The search page: runs Pagefind in the browser. Pagefind's code and index are
 * fetched only once the reader starts searching (typing, submitting, or
 * arriving with `?q=` from the header's search box), so no page pays for
 * search it does not use. Results are built as DOM nodes, never as HTML.
 *
 * A reader may keep to one kind of page (`src/site/search-kinds.ts`); the
 * query and the kind stay in the page's address, so a search can be linked.
 */
import { paths, url } from '../site/paths';
import { KIND_PARAMETER, kindInAddress, type SearchKind } from '../site/search-kinds';
import { isRealMatch } from './search-match';
import { searchStatus, type CountNouns } from './search-status';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface Pagefind {
	options(options: { baseUrl?: string }): Promise<void>;
	mergeIndex(path: string, options: { baseUrl?: string }): Promise<void>;
	/** Every value of every filter, with how many pages carry it; loads the filters, which searches count by. */
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		query: string,
		options?: { filters?: Record<string, string> },
	): Promise<{
		results: { id: string; data(): Promise<PagefindResultData> }[];
		/** How many of the results carry each value of each filter. */
		filters: Record<string, Record<string, number>>;
	}>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
const kinds = form?.querySelector<HTMLFieldSetElement>('[data-search-kinds]');
/** Each kind's nouns, from `searchKindNames` in src/strings.ts, as the page wrote them. */
const kindNouns = JSON.parse(kinds?.dataset.nouns ?? '{}') as Record<SearchKind, CountNouns>;
/** How many results each "Show more results" adds. */
const batch = 10;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= import(/* @vite-ignore */ url('pagefind/pagefind.js')).then(async (module: Pagefind) => {
		// Result URLs are stored from the site root; the deploy may live under a sub-path.
		const baseUrl = url(paths.home());
		await module.options({ baseUrl });
		// A large site's index comes in parts (src/publishing/search-indexes.ts); one search reads them all.
		const response = await fetch(url('pagefind/indexes.json'));
		if (!response.ok) throw new Error(`pagefind/indexes.json: ${response.status}`);
		const { merge } = (await response.json()) as { merge: string[] };
		for (const part of merge) await module.mergeIndex(url(`pagefind/${part}`), { baseUrl });
		// Until the filters are loaded, a search without one counts no page under any kind.
		await module.filters();
		return module;
	});
	return pagefind;
}

/** The words Pagefind highlighted in an excerpt. */
function highlighted(excerpt: string): string[] {
	const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
	return [...parsed.querySelectorAll('mark')].map((mark) => mark.textContent ?? '');
}

/** The excerpt's text with Pagefind's <mark> highlights, and nothing else from its markup. */
function excerptNodes(excerpt: string): Node[] {
	const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
	return [...parsed.childNodes].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}

function resultItem(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	const heading = document.createElement('h2');
	heading.append(link);
	const kind = document.createElement('p');
	kind.className = 'meta';
	kind.textContent = data.meta.kind ?? '';
	const excerpt = document.createElement('p');
	excerpt.append(...excerptNodes(data.excerpt));
	item.append(heading, kind, excerpt);
	return item;
}

/**
 * What the page says when the index cannot be loaded. Pagefind indexes the
 * built pages, so `astro dev` has no index to serve; a built site that cannot
 * load it is blocked (a Content-Security-Policy without `'wasm-unsafe-eval'`).
 */
const unavailable = import.meta.env.DEV
	? 'Search works in a built site only: run “npm run build” then “npm run preview”, or “npm start”.'
	: 'Search could not load. Browse the lists of claims and sources instead.';

let latest = 0;
/** The kind of page the reader keeps to; every kind when undefined. */
let kind: SearchKind | undefined;
/** The results of the query being shown, how many pages of any kind it found, and how many results are on the page. */
let current:
	| { query: string; total: number; results: { data(): Promise<PagefindResultData> }[]; shown: number }
	| undefined;

function describe(): string {
	if (!current) return '';
	const { query, total, results, shown } = current;
	const chosen = kind && total > 0 ? { nouns: kindNouns[kind], count: results.length } : undefined;
	return searchStatus({ query, total, kind: chosen, shown });
}

/** Writes each kind's count beside its choice, and shows the choices while there is something to choose from. */
function showCounts(counts: Record<string, number> | undefined, total: number) {
	if (!kinds) return;
	kinds.hidden = total === 0;
	for (const count of kinds.querySelectorAll<HTMLElement>('[data-count]')) {
		const value = count.dataset.count ? (counts?.[count.dataset.count] ?? 0) : total;
		count.textContent = `(${value})`;
	}
}

/** Keeps the query and the kind in the page's address, so the search can be linked. */
function keepInAddress(query: string) {
	const address = new URL(location.href);
	if (query) address.searchParams.set('q', query);
	else address.searchParams.delete('q');
	if (kind) address.searchParams.set(KIND_PARAMETER, kind);
	else address.searchParams.delete(KIND_PARAMETER);
	history.replaceState(null, '', address);
}

/** Adds the next batch of results to the list; returns the first link added. */
async function showMore(ticket: number): Promise<HTMLAnchorElement | undefined> {
	if (!current || !status || !list || !more) return undefined;
	const next = current.results.slice(current.shown, current.shown + batch);
	const found = await Promise.all(next.map((result) => result.data()));
	if (ticket !== latest) return undefined;
	const items = found.map(resultItem);
	list.append(...items);
	current.shown += items.length;
	more.hidden = current.shown >= current.results.length;
	status.textContent = describe();
	return items[0]?.querySelector('a') ?? undefined;
}

async function run(query: string) {
	if (!status || !list || !more) return;
	const ticket = ++latest;
	list.replaceChildren();
	more.hidden = true;
	current = undefined;
	keepInAddress(query);
	if (!query.trim()) {
		status.textContent = '';
		showCounts(undefined, 0);
		return;
	}
	status.textContent = 'Searching…';
	try {
		const pagefind = await loadPagefind();
		// Every kind first: its counts label the choices, and its best result says whether anything was found.
		const everything = await pagefind.search(query);
		const best = await everything.results[0]?.data();
		if (ticket !== latest) return;
		// Pagefind answers a word it does not know with a shorter prefix of it; that is not a find.
		const found = best !== undefined && isRealMatch(query, highlighted(best.excerpt));
		const total = found ? everything.results.length : 0;
		const chosen = found && kind ? await pagefind.search(query, { filters: { kind } }) : undefined;
		if (ticket !== latest) return;
		const results = found ? (chosen ?? everything).results : [];
		current = { query, total, results, shown: 0 };
		showCounts(everything.filters.kind, total);
		await showMore(ticket);
		if (results.length === 0) status.textContent = describe();
	} catch {
		if (ticket === latest) status.textContent = unavailable;
	}
}

more?.addEventListener('click', async () => {
	// Reading goes on from the first result added, for keyboard and screen-reader users alike.
	(await showMore(latest))?.focus();
});

if (form && input) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => run(input.value), 200);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		run(input.value);
	});
	kinds?.addEventListener('change', (event) => {
		const choice = (event.target as HTMLInputElement).value;
		kind = kindInAddress(new URLSearchParams({ [KIND_PARAMETER]: choice }));
		run(input.value);
	});
	const address = new URLSearchParams(location.search);
	kind = kindInAddress(address);
	const choice = kinds?.querySelector<HTMLInputElement>(`input[value="${kind ?? ''}"]`);
	if (choice) choice.checked = true;
	const query = address.get('q');
	if (query) {
		input.value = query;
		run(query);
	}
}
