import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/runner.js';

// The published package as an adopter gets it: `npm pack`, then `npx <tarball>` in an empty
// directory with an empty npm cache and --offline, so nothing can come from the registry.
describe('the npm package', () => {
  const work = mkdtempSync(join(tmpdir(), 'mcc-pack-'));
  const npm = (args: string[], cwd: string) =>
    execFileSync('npm', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        npm_config_cache: join(work, 'npm-cache'),
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const tarball = () => {
    npm(['pack', ROOT, '--pack-destination', work, '--silent'], work);
    const name = readdirSync(work).find((f) => /^mcc-e2e-.*\.tgz$/.test(f));
    if (!name) throw new Error(`npm pack wrote no mcc-e2e-*.tgz in ${work}`);
    return join(work, name);
  };

  it('ships only the bundles, catalog, infra and docs, with nothing to install', () => {
    const file = tarball();
    const listing = execFileSync('tar', ['tzf', file], { encoding: 'utf8' }).trim().split('\n');
    const top = new Set(listing.map((p) => p.replace(/^package\//, '').split('/')[0]));
    expect([...top].sort()).toEqual(
      ['CHANGELOG.md', 'LICENSE', 'README.md', 'catalog', 'dist', 'infra', 'package.json'].sort(),
    );
    const manifest = JSON.parse(
      execFileSync('tar', ['xzOf', file, 'package/package.json'], { encoding: 'utf8' }),
    );
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ 'mcc-e2e': 'dist/cli/index.js' });
  });

  it('`npx ./mcc-e2e-*.tgz validate` in an empty directory validates the shipped catalog, offline', () => {
    const file = tarball();
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const out = npm(['exec', '--yes', '--offline', '--package', file, '--', 'mcc-e2e', 'validate'], empty);
    const shipped = JSON.parse(readFileSync(join(ROOT, 'catalog', 'e2e-catalog.json'), 'utf8'));
    const entries = Object.keys(shipped.configs ?? shipped).length;
    expect(out).toMatch(new RegExp(`e2e-catalog\\.json: ${entries} valid entries`));
  });
});
