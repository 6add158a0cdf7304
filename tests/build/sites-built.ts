import { sitesBuilt } from '../helpers/setup-sites';

/*
 * Run before each test file of the site project: the global setup
 * (./setup.ts) only starts the builds, so a file waits here until every site
 * is built before its first line reads one.
 */
await sitesBuilt();
