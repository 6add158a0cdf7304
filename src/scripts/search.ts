/**
 * The search page: runs Pagefind in the browser. Pagefind's code and index are
 * fetched only once the reader starts searching (typing, submitting, or
 * arriving with `?q=` from the header's search box), so no page pays for
 * search it does not use. Results are built as DOM nodes, never as HTML.
 */
import { paths, url } from '../site/paths';
import { isRealMatch } from './search-match';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface Pagefind {
	options(options: { baseUrl?: string }): Promise<void>;
	mergeIndex(path: string, options: { baseUrl?: string }): Promise<void>;
	search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
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
/** The results of the query being shown, and how many of them are on the page. */
let current: { query: string; results: { data(): Promise<PagefindResultData> }[]; shown: number } | undefined;

function describe(query: string, count: number, shown: number): string {
	if (count === 0) return `Nothing found for “${query}”.`;
	const found = `${count} ${count === 1 ? 'page' : 'pages'} found for “${query}”`;
	return shown < count ? `${found}; the first ${shown} are shown.` : `${found}.`;
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
	status.textContent = describe(current.query, current.results.length, current.shown);
	return items[0]?.querySelector('a') ?? undefined;
}

async function run(query: string) {
	if (!status || !list || !more) return;
	const ticket = ++latest;
	list.replaceChildren();
	more.hidden = true;
	current = undefined;
	if (!query.trim()) {
		status.textContent = '';
		return;
	}
	status.textContent = 'Searching…';
	try {
		const search = await (await loadPagefind()).search(query);
		const best = await search.results[0]?.data();
		if (ticket !== latest) return;
		// Pagefind answers a word it does not know with a shorter prefix of it; that is not a find.
		const results = best && isRealMatch(query, highlighted(best.excerpt)) ? search.results : [];
		current = { query, results, shown: 0 };
		await showMore(ticket);
		if (results.length === 0) status.textContent = describe(query, 0, 0);
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
		const address = new URL(location.href);
		address.searchParams.set('q', input.value);
		history.replaceState(null, '', address);
		run(input.value);
	});
	const query = new URLSearchParams(location.search).get('q');
	if (query) {
		input.value = query;
		run(query);
	}
}
