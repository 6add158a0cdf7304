/**
 * The search page: runs Pagefind in the browser. Pagefind's code and index are
 * fetched only once the reader starts searching (typing, submitting, or
 * arriving with `?q=` from the header's search box), so no page pays for
 * search it does not use. Results are built as DOM nodes, never as HTML.
 */
import { paths, url } from '../lib/paths';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface Pagefind {
	options(options: { baseUrl?: string }): Promise<void>;
	search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const shown = 10;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= import(/* @vite-ignore */ url('pagefind/pagefind.js')).then(async (module: Pagefind) => {
		// Result URLs are stored from the site root; the deploy may live under a sub-path.
		await module.options({ baseUrl: url(paths.home()) });
		return module;
	});
	return pagefind;
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

let latest = 0;
async function run(query: string) {
	if (!status || !list) return;
	const ticket = ++latest;
	if (!query.trim()) {
		list.replaceChildren();
		status.textContent = '';
		return;
	}
	status.textContent = 'Searching…';
	try {
		const search = await (await loadPagefind()).search(query);
		const found = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
		if (ticket !== latest) return;
		list.replaceChildren(...found.map(resultItem));
		const count = search.results.length;
		status.textContent =
			count === 0
				? `Nothing found for “${query}”.`
				: `${count} ${count === 1 ? 'page' : 'pages'} found for “${query}”${count > shown ? `; the first ${shown} are shown` : ''}.`;
	} catch {
		if (ticket === latest)
			status.textContent = 'Search could not load. Browse the lists of claims and sources instead.';
	}
}

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
