import { describe, expect, it } from 'vitest';
import { cssUrls, findReferences, jsImports, pageKind } from '../../scripts/bench/page-weight';

describe('pageKind', () => {
	it.each([
		['/', '/', 'home'],
		['/articles/', '/', 'article index'],
		['/articles/x/', '/', 'article'],
		['/claims/x/', '/', 'claim'],
		['/topics/', '/', 'topic index'],
		['/stories/x/compare/', '/', 'comparison'],
		['/search/', '/', 'search'],
		['/404.html', '/', '404'],
		['/methodology/', '/', 'methodology'],
		['/news/claims/x/', '/news/', 'claim'],
	])('%s (base %s) → %s', (path, base, kind) => {
		expect(pageKind(path, base)).toBe(kind);
	});
});

describe('findReferences', () => {
	it('finds what loads with the page, not links or data blocks', () => {
		const html = `<head>
			<link rel="stylesheet" href="/_astro/a.css">
			<link rel=icon href="/favicon.svg" type="image/svg+xml">
			<link rel="canonical" href="https://example.org/x/">
			<script type="module" src="/_astro/b.js"></script>
			<script type="application/ld+json">{"@context":"https://schema.org"}</script>
			<script>console.log(1)</script>
			<!-- <script src="/commented.js"></script> -->
			<style>.x{background:url('/bg.png')}</style>
		</head><body><img src="/i.png" srcset="/i-2x.png 2x, /i-3x.png 3x"><a href="https://other.example/">x</a></body>`;
		expect(findReferences(html)).toEqual({
			stylesheets: ['/_astro/a.css'],
			scripts: ['/_astro/b.js'],
			images: ['/i.png', '/i-2x.png', '/i-3x.png', '/bg.png'],
			links: ['/favicon.svg'],
			inlineScripts: ['console.log(1)'],
		});
	});
});

describe('jsImports', () => {
	it.each([
		['import{a as b}from"./c.js";', ['./c.js'], [], []],
		['import "./side.js"; export * from "./re.js";', ['./side.js', './re.js'], [], []],
		['x.onclick=async()=>{await import("/pagefind/pagefind.js")}', [], ['/pagefind/pagefind.js'], []],
		['p??=import(r(`pagefind/pagefind.js`)).then(m=>m)', [], [], ['pagefind/pagefind.js']],
		['import(/* @vite-ignore */ url("pagefind/pagefind.js"))', [], [], ['pagefind/pagefind.js']],
		['const s="no import here";', [], [], []],
	])('%s', (js, staticImports, dynamicImports, fromSite) => {
		expect(jsImports(js)).toEqual({ static: staticImports, dynamic: dynamicImports, fromSite });
	});
});

describe('cssUrls', () => {
	it.each([
		['@font-face{src:url(/f.woff2) format("woff2")}', ['/f.woff2']],
		['a{background:url("data:image/png;base64,xx")} b{mask:url(#m)}', []],
		['@import "./more.css";', ['./more.css']],
	])('%s', (css, urls) => {
		expect(cssUrls(css)).toEqual(urls);
	});
});
