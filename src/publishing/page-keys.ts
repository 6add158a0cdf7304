import { createHash } from 'node:crypto';

/**
 * Cache keys for Astro's incremental build: a page whose key and code are
 * unchanged since the last build is copied from it instead of rendered again,
 * so a key must change whenever anything the page shows changes.
 *
 * A keyed page renders from its props alone: its page model, computed once in
 * `getStaticPaths`, and what else it shows (its dates, its rendered text, and
 * the input of what it computes only when it renders, such as its story's
 * comparison: `src/page-models/detail-pages.ts`). So its key is a digest of its
 * props, with what every page shows beside them (`everyPage`: the publisher,
 * as this build reads it from the environment). Nothing describes again what a
 * page reads: a model that starts reading something puts it in the props, and
 * so in the key.
 *
 * @example pageKeys({ publisher })({ page: claimPage(site, node), history })
 */
export function pageKeys(everyPage: unknown): (props: object) => string {
	const everyPageDigest = digest(everyPage, 'everyPage');
	// A part the props of several pages share (a story's comparison input, given to each of
	// its versions and to its comparison) is digested once, by identity.
	const shared = new WeakMap<object, string>();
	const partDigest = (name: string, value: unknown) => {
		if (typeof value !== 'object' || value === null) return digest(value, name);
		let found = shared.get(value);
		if (found === undefined) shared.set(value, (found = digest(value, name)));
		return found;
	};
	return (props) =>
		hash(
			[
				`everyPage ${everyPageDigest}`,
				...Object.entries(props).map(([name, value]) => `${name} ${partDigest(name, value)}`),
			].join('\n'),
		);
}

/**
 * A digest of `value` as a page is given it: of its JSON, with each Map and
 * Set as its entries in order, a property that is undefined left out (as JSON
 * leaves it) and `toJSON` followed. Anything but plain data is refused, with
 * where it is (`name` the value's own): a function, since no digest can say
 * what it returns (give the page the data it would read); an instance of a
 * class other than Map and Set; and a cycle, which what a page shows never
 * holds (give it what it renders of a graph, not the graph's nodes).
 */
function digest(value: unknown, name: string): string {
	return hash(stableText(value, name));
}

function stableText(value: unknown, name: string): string {
	const out: string[] = [];
	const within = new Set<object>();
	const write = (value: unknown, path: string): void => {
		if (typeof (value as { toJSON?: unknown } | null)?.toJSON === 'function')
			value = (value as { toJSON: () => unknown }).toJSON();
		if (value === null || typeof value !== 'object') {
			out.push(primitive(value, path));
			return;
		}
		if (within.has(value)) throw new TypeError(`${path} refers back to what holds it`);
		within.add(value);
		const list = (items: Iterable<[string, unknown]>, open: string, close: string) => {
			out.push(open);
			let first = true;
			for (const [key, item] of items) {
				if (!first) out.push(',');
				first = false;
				write(item, `${path}${key}`);
			}
			out.push(close);
		};
		if (Array.isArray(value))
			list(
				value.map((item, i) => [`[${i}]`, item]),
				'[',
				']',
			);
		else if (value instanceof Map)
			list(
				[...value].map(([key, item], i) => [`.get(${JSON.stringify(key) ?? i})`, [key, item]]),
				'Map[',
				']',
			);
		else if (value instanceof Set)
			list(
				[...value].map((item, i) => [` item ${i}`, item]),
				'Set[',
				']',
			);
		else {
			const prototype = Object.getPrototypeOf(value);
			if (prototype !== Object.prototype && prototype !== null)
				throw new TypeError(
					`${path} is a ${prototype?.constructor?.name ?? 'class instance'}, not plain data`,
				);
			out.push('{');
			let first = true;
			for (const [key, item] of Object.entries(value)) {
				if (item === undefined) continue;
				if (!first) out.push(',');
				first = false;
				out.push(JSON.stringify(key), ':');
				write(item, `${path}.${key}`);
			}
			out.push('}');
		}
		within.delete(value);
	};
	write(value, name);
	return out.join('');
}

function primitive(value: unknown, path: string): string {
	switch (typeof value) {
		case 'string':
			return JSON.stringify(value);
		case 'number':
		case 'boolean':
		case 'undefined':
			return String(value);
		case 'function':
			throw new TypeError(`${path} is a function: give the page the data it reads instead`);
		default:
			if (value === null) return 'null';
			throw new TypeError(`${path} is a ${typeof value}, not plain data`);
	}
}

function hash(text: string): string {
	return createHash('sha256').update(text).digest('base64url');
}
