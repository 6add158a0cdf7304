import { describe, expect, it } from 'vitest';
import { resolvePublisher } from '../../src/data/production';
import { ownership } from '../../src/publishing/ownership';

const production = {
	SITE_URL: 'https://sourceline.example',
	CORRECTIONS_EMAIL: 'corrections@sourceline.example',
};
const bothMissing =
	'src/publisher.ts → owner, funding: a production build (SITE_URL https://sourceline.example) must say who owns the site and how it is funded; expected SITE_OWNER (the owner’s name) and SITE_FUNDING (who pays for the site) in the build’s environment, or owner and funding in src/publisher.ts';

describe('ownership', () => {
	it.each([
		[
			'from the environment',
			{},
			{ SITE_OWNER: ' Jane Roe ', SITE_FUNDING: 'Paid by Jane Roe.' },
			{ owner: 'Jane Roe', funding: 'Paid by Jane Roe.' },
		],
		[
			'from the config',
			{ owner: 'Roe Ltd', funding: 'Paid by Roe Ltd.' },
			{},
			{ owner: 'Roe Ltd', funding: 'Paid by Roe Ltd.' },
		],
		[
			'the environment over the config',
			{ owner: 'Roe Ltd', funding: 'Paid by Roe Ltd.' },
			{ SITE_OWNER: 'Jane Roe' },
			{ owner: 'Jane Roe', funding: 'Paid by Roe Ltd.' },
		],
		[
			'the config where the environment is blank',
			{ owner: 'Roe Ltd' },
			{ SITE_OWNER: '  ' },
			{ owner: 'Roe Ltd' },
		],
		['neither, in a local build', {}, { SITE_URL: 'http://localhost:4321' }, {}],
	])('takes the owner and funding %s', (_, configured, env, found) => {
		expect(ownership(configured, env)).toEqual({ found });
	});

	it('refuses a production build without the owner’s name and a funding statement, saying how to give them', () => {
		expect(ownership({}, production).problem).toBe(bothMissing);
	});

	it('names only what is missing', () => {
		expect(ownership({ owner: 'Roe Ltd' }, production).problem).toMatch(
			/^src\/publisher\.ts → funding: .*; expected SITE_FUNDING \(who pays for the site\) in the build’s environment, or funding in src\/publisher\.ts$/,
		);
	});
});

// A production build stops with this before it reads the content (src/integrations/production-checks.ts);
// tests/build/accountability-refusals.test.ts builds one that does, for a missing corrections contact.
describe('a production build’s publisher', () => {
	it('stops a production build without an owner and funding', () => {
		expect(() => resolvePublisher({ ...production, SITE_OWNER: '', SITE_FUNDING: '' })).toThrow(bothMissing);
	});

	it('holds the owner and funding the environment gives', () => {
		expect(
			resolvePublisher({ ...production, SITE_OWNER: 'Jane Roe', SITE_FUNDING: 'Paid by Jane Roe.' }),
		).toMatchObject({
			owner: 'Jane Roe',
			funding: 'Paid by Jane Roe.',
		});
	});
});
