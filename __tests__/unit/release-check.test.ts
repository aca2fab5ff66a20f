/** The release workflow's checks: a vX.Y.Z tag, package.json's version, its CHANGELOG section. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/runner.js';
// @ts-expect-error -- a plain .mjs script without types
import { checkRelease } from '../../scripts/release-check.mjs';

type Check = (
  tag: string,
  pkg: { version: string },
  changelog: string,
) => { problems: string[]; notes: string };
const check = checkRelease as Check;

const CHANGELOG =
  '# Changelog\n\n## [Unreleased]\n\n## [1.2.0]\n\n- a thing\n- another\n\n## [1.1.0]\n\n- old\n';

describe('release-check', () => {
  it('accepts a tag that matches package.json and has a section; the notes are that section', () => {
    expect(check('v1.2.0', { version: '1.2.0' }, CHANGELOG)).toEqual({
      problems: [],
      notes: '- a thing\n- another',
    });
  });

  it.each([
    ['v1.2', '1.2.0', /is not vX.Y.Z/],
    ['1.2.0', '1.2.0', /is not vX.Y.Z/],
    ['v1.3.0', '1.2.0', /package.json has version 1.2.0, the tag says 1.3.0/],
    ['v1.0.0', '1.0.0', /no "## \[1.0.0\]" section/],
  ])('refuses %s with package.json %s', (tag, version, expected) => {
    expect(check(tag, { version }, CHANGELOG).problems.join('\n')).toMatch(expected);
  });

  it('refuses an empty section', () => {
    expect(check('v1.3.0', { version: '1.3.0' }, '## [1.3.0]\n\n## [1.2.0]\n- x\n').problems).toEqual([
      'CHANGELOG.md\'s "## [1.3.0]" section is empty',
    ]);
  });

  it("the repository's own package.json and CHANGELOG.md agree on its version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/release-check.mjs'), `v${version}`], {
      encoding: 'utf8',
    });
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const wrong = spawnSync(process.execPath, [join(ROOT, 'scripts/release-check.mjs'), 'v0.0.0'], {
      encoding: 'utf8',
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('::error::release v0.0.0: package.json has version');
  });
});
