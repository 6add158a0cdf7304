import type { APIRoute } from 'astro';
import { SITE_HOME } from '../consts';
import { site } from '../data/site';
import { buildOpenData } from '../publishing/open-data';

/** Every claim, source, version and topic as one JSON file, for reuse. */
export const GET: APIRoute = () => Response.json(buildOpenData(site, SITE_HOME));
