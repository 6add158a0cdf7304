import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { externalLink } from '../../src/site/external-links';
import { byTag, hasClass, href, type Page, builtSite, select, text } from '../helpers/dist';
import { publishedDist } from '../helpers/fixture-site';
import { parsePolicy, readHostHeaders } from '../helpers/host-headers';
import { threeVersionsDist } from '../helpers/setup-sites';

/**
 * Every page of two sites, each path with its site's name: the fixture site
 * as a deploy publishes it (tests/helpers/fixture-site.ts) and the
 * three-version site as built on this machine (tests/helpers/setup-sites.ts).
 */
let site: [string, Page][];

beforeAll(() => {
	const named = (name: string, pages: Map<string, Page>) =>
		[...pages].map(([path, page]): [string, Page] => [`${name} ${path}`, page]);
	site = [
		...named('published', builtSite(publishedDist())),
		...named('three-version', builtSite(threeVersionsDist())),
	];
});

const sha256 = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
const rawText = (el: Element) =>
	el.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
const isPolicyMeta = (el: Element) =>
	el.tagName === 'meta' && String(el.properties.httpEquiv).toLowerCase() === 'content-security-policy';

describe('the Content-Security-Policy of every page', () => {
	it('is one <meta> per page, strict for scripts, with the directives a static site needs', () => {
		expect(site.length).toBeGreaterThan(0);
		for (const [path, page] of site) {
			const metas = select(page.tree, isPolicyMeta);
			expect(metas, path).toHaveLength(1);
			const policy = parsePolicy(String(metas[0]!.properties.content));
			const scripts = policy.get('script-src') ?? [];
			expect(scripts, path).toContain("'self'");
			for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
				expect(policy.get(directive) ?? [], `${path} ${directive}`).not.toContain("'unsafe-inline'");
				expect(policy.get(directive) ?? [], `${path} ${directive}`).not.toContain("'unsafe-eval'");
			}
			expect(policy.get('default-src'), path).toEqual(["'self'"]);
			expect(policy.get('object-src'), path).toEqual(["'none'"]);
			expect(policy.get('base-uri'), path).toEqual(["'self'"]);
			expect(policy.get('form-action'), path).toEqual(["'self'"]);
			// A policy in a <meta> only governs what comes after it. A JSON-LD block
			// is data the browser never runs, so it may come first.
			const inOrder = select(page.tree, () => true);
			const firstGoverned = inOrder.findIndex(
				(el) =>
					(el.tagName === 'script' && el.properties.type !== 'application/ld+json') ||
					el.tagName === 'style' ||
					(el.tagName === 'link' && String(el.properties.rel) === 'stylesheet'),
			);
			if (firstGoverned !== -1) expect(inOrder.indexOf(metas[0]!), path).toBeLessThan(firstGoverned);
		}
	});

	it('lists a hash for every inline script and style on the page', () => {
		const uncovered: string[] = [];
		let inline = 0;
		for (const [path, page] of site) {
			const policy = parsePolicy(String(select(page.tree, isPolicyMeta)[0]?.properties.content ?? ''));
			const allowed = {
				script: policy.get('script-src-elem') ?? policy.get('script-src') ?? [],
				style: policy.get('style-src-elem') ?? policy.get('style-src') ?? [],
			};
			const inlineElements = select(
				page.tree,
				(el) =>
					(el.tagName === 'style' || el.tagName === 'script') &&
					el.properties.src === undefined &&
					el.properties.type !== 'application/ld+json',
			);
			for (const el of inlineElements) {
				inline++;
				const hash = sha256(rawText(el));
				if (!allowed[el.tagName as 'script' | 'style'].includes(hash)) {
					uncovered.push(`${path}: <${el.tagName}> ${hash} "${rawText(el).slice(0, 60)}…"`);
				}
			}
		}
		expect(inline).toBeGreaterThan(0);
		expect(uncovered).toEqual([]);
	});
});

describe('what reaches the pages', () => {
	it('carries no event-handler attribute, inline style attribute, javascript: URL or embedded frame', () => {
		const found: string[] = [];
		for (const [path, page] of site) {
			for (const el of select(page.tree, () => true)) {
				if (['iframe', 'frame', 'object', 'embed'].includes(el.tagName))
					found.push(`${path}: <${el.tagName}>`);
				for (const [name, value] of Object.entries(el.properties)) {
					if (/^on[a-z]/i.test(name)) found.push(`${path}: ${name} on <${el.tagName}>`);
					if (/^\s*(javascript|vbscript|data):/i.test(String(value)) && name !== 'content') {
						found.push(`${path}: ${name}="${String(value).slice(0, 40)}" on <${el.tagName}>`);
					}
				}
			}
		}
		expect(found).toEqual([]);
	});

	it('marks every link that leaves the site as external, with noopener and noreferrer', () => {
		let outbound = 0;
		const unmarked: string[] = [];
		for (const [path, page] of site) {
			const canonical = select(
				page.tree,
				(el) => el.tagName === 'link' && String(el.properties.rel) === 'canonical',
			);
			const siteHost = new URL(String(canonical[0]?.properties.href ?? 'http://localhost/')).host;
			for (const link of select(page.tree, byTag('a'))) {
				const target = href(link);
				if (!target || !/^https?:\/\//i.test(target) || new URL(target).host === siteHost) continue;
				outbound++;
				const rel = Array.isArray(link.properties.rel) ? link.properties.rel.map(String) : [];
				const label = select(link, hasClass('visually-hidden')).map(text).join(' ');
				const problems = [
					!rel.includes('noopener') && 'no rel=noopener',
					!rel.includes('noreferrer') && 'no rel=noreferrer',
					!hasClass(externalLink.className)(link) && `no class "${externalLink.className}"`,
					label !== externalLink.label && `no hidden "${externalLink.label}" label`,
				].filter(Boolean);
				if (problems.length > 0) unmarked.push(`${path} → ${target}: ${problems.join(', ')}`);
			}
		}
		expect(outbound).toBeGreaterThan(0);
		expect(unmarked).toEqual([]);
	});
});

describe('the headers a host reads from _headers', () => {
	// A browser enforces the header's policy and the page's both: the header must allow all the
	// page allows, and it cannot list the hashes, which differ page by page.
	it('carry each page’s policy and frame-ancestors, with unsafe-inline in place of its hashes', () => {
		const rules = readHostHeaders(join(publishedDist(), '_headers'));
		const header = parsePolicy(rules.get('/*')?.get('content-security-policy') ?? '');
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
		const isHash = (value: string) => /^'sha(256|384|512)-/.test(value);
		const differences: string[] = [];
		for (const [path, page] of site) {
			const policy = parsePolicy(String(select(page.tree, isPolicyMeta)[0]?.properties.content ?? ''));
			const names = new Set(
				[...policy.keys(), ...header.keys()].filter((name) => name !== 'frame-ancestors'),
			);
			for (const name of names) {
				const own = policy.get(name) ?? [];
				const sent = header.get(name) ?? [];
				const same =
					sent.filter((value) => value !== "'unsafe-inline'").join(' ') ===
					own.filter((value) => !isHash(value)).join(' ');
				const hashesAllowed = !own.some(isHash) || sent.includes("'unsafe-inline'");
				if (!same || !hashesAllowed) differences.push(`${path} ${name}: ${sent.join(' ')}`);
			}
		}
		expect(differences).toEqual([]);
	});
});
