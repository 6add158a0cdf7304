import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import contentStoreFromDisk from '../../../src/integrations/content-store';
import {
	ASTRO_VERSION,
	astroVersionProblem,
	checkAstroVersion,
	installedAstroVersion,
} from '../../../src/platform/astro-version';
import { projectRoot } from '../../helpers/astro';

/** A project folder whose installed Astro says it is `version`; removed by the returned clean-up. */
function projectWithAstro(version: string): { root: URL; remove: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'astro-version-'));
	mkdirSync(join(dir, 'node_modules/astro'), { recursive: true });
	writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
	writeFileSync(
		join(dir, 'node_modules/astro/package.json'),
		JSON.stringify({ name: 'astro', version, exports: { './package.json': './package.json' } }),
	);
	return { root: pathToFileURL(`${dir}/`), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('astroVersionProblem', () => {
	it('says nothing when the installed Astro is the one src/platform was written for', () => {
		expect(astroVersionProblem('7.3.5', '7.3.5')).toBeUndefined();
	});

	it.each([
		['a patch release', '7.3.6'],
		['an earlier patch release', '7.3.4'],
		['a minor release', '7.4.0'],
		['a major release', '8.0.0'],
		['a pre-release of the same version', '7.3.5-beta.1'],
	])('names both versions on %s', (_, installed) => {
		const problem = astroVersionProblem('7.3.5', installed);
		expect(problem).toContain('written for Astro 7.3.5');
		expect(problem).toContain(`Astro ${installed} is installed`);
	});

	it('says what to do, in one message', () => {
		expect(astroVersionProblem('7.3.5', '7.3.6')).toMatchInlineSnapshot(
			`"src/platform was written for Astro 7.3.5 and Astro 7.3.6 is installed: check each use of Astro’s internals described in the header comments of src/platform/*.ts against the new version, then update ASTRO_VERSION in src/platform/astro-version.ts"`,
		);
	});
});

describe('the installed Astro', () => {
	it('is the one src/platform was written for, pinned exactly in package.json', () => {
		expect(installedAstroVersion(pathToFileURL(`${projectRoot}/`))).toBe(ASTRO_VERSION);
		const { dependencies } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
		expect(dependencies.astro).toBe(ASTRO_VERSION);
	});
});

describe('checkAstroVersion', () => {
	it('passes on the Astro src/platform was written for', () => {
		const project = projectWithAstro(ASTRO_VERSION);
		try {
			expect(() => checkAstroVersion(project.root)).not.toThrow();
		} finally {
			project.remove();
		}
	});

	it('stops on another Astro with the one message and no stack', () => {
		const project = projectWithAstro('7.3.6');
		try {
			let thrown: unknown;
			try {
				checkAstroVersion(project.root);
			} catch (error) {
				thrown = error;
			}
			expect(thrown).toBeInstanceOf(Error);
			expect((thrown as Error).message).toBe(astroVersionProblem(ASTRO_VERSION, '7.3.6'));
			expect((thrown as Error).stack).toBe('');
		} finally {
			project.remove();
		}
	});

	it('runs when any command sets up the config, before the build reads any content', () => {
		const project = projectWithAstro('7.3.6');
		try {
			const setup = contentStoreFromDisk().hooks['astro:config:setup']!;
			for (const command of ['build', 'dev', 'sync'] as const) {
				const updateConfig = () => {
					throw new Error('the config was changed before the version was checked');
				};
				expect(() =>
					setup({ command, config: { root: project.root, cacheDir: project.root }, updateConfig } as any),
				).toThrow(`Astro 7.3.6 is installed`);
			}
		} finally {
			project.remove();
		}
	});
});
