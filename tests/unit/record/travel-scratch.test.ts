import { it } from 'vitest';
import { buildSiteGraph } from '../../../src/record/graph';
import { travelView } from '../../../src/page-models/travel';
import { projectRoot } from '../../helpers/astro';
import { readContentSet } from '../../helpers/content';
it('prints', async () => {
	const site = buildSiteGraph(readContentSet(projectRoot));
	const v = travelView(site.claim('nk-workers-25000')!);
	console.log(JSON.stringify({ drift: v?.drift, rows: v?.rows, notes: v?.notes }, null, 1));
	console.log(site.claims.filter((c) => travelView(c)).map((c) => c.entry.id + ': ' + travelView(c)!.drift).join('\n'));
});
