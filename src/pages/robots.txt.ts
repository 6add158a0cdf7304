import type { APIRoute } from 'astro';
import { SITE_HOME } from '../consts';
import { robotsTxt } from '../publishing/robots';

export const GET: APIRoute = () =>
	new Response(robotsTxt(SITE_HOME), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
