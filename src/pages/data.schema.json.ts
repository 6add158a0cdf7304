import type { APIRoute } from 'astro';
import { SITE_HOME } from '../consts';
import { paths } from '../site/paths';
import { openDataJsonSchema } from '../schemas/open-data';

/** The JSON Schema of data.json, generated from the same zod schemas that check the content. */
export const GET: APIRoute = () =>
	Response.json(openDataJsonSchema(new URL(paths.dataSchema(), SITE_HOME).href));
