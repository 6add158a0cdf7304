import { it } from 'vitest';
import { alignTexts } from '../../src/compare/align';
import { readBlocks } from '../../src/compare/text';
import { readFileSync } from 'node:fs';
const body = (f: string) => readFileSync(f,'utf8').split(/^---$/m).slice(2).join('---');
it('x', () => {
const A = readBlocks(body('content/articles/001-scraped-page.md'));
const B = readBlocks(body('content/articles/000-rewrite.md'));
const al = alignTexts(A, B);
console.log(JSON.stringify(al.counts));
for (const r of al.rows) {
  console.log('ROW', r.status, r.blocksA, r.blocksB);
  for (const x of r.sentencesA) console.log('  A', x.index, x.relation, x.partners, x.score.toFixed(2), x.text.slice(0,70));
  for (const x of r.sentencesB) console.log('  B', x.index, x.relation, x.partners, x.score.toFixed(2), x.text.slice(0,70));
}
});
