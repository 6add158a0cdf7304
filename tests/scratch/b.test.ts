import { it } from 'vitest';
import { readBlocks } from '../../src/compare/text';
import { bagOf, similarity } from '../../src/compare/similarity';
import { readFileSync } from 'node:fs';
const body = (f: string) => readFileSync(f,'utf8').split(/^---$/m).slice(2).join('---');
it('b', () => {
const A = readBlocks(body('content/articles/001-scraped-page.md'));
const B = readBlocks(body('content/articles/000-rewrite.md'));
for (const [i, a] of A.entries()) { const r = B.map((b,j)=>[j, similarity(bagOf(a.text), bagOf(b.text)).toFixed(2)]).sort((p,q)=>+q[1]-+p[1]).slice(0,3); console.log('A', i, a.kind, JSON.stringify(r)); }
for (const [j, b] of B.entries()) { const r = A.map((a,i)=>[i, similarity(bagOf(a.text), bagOf(b.text)).toFixed(2)]).sort((p,q)=>+q[1]-+p[1]).slice(0,3); console.log('B', j, b.kind, JSON.stringify(r)); }
});
