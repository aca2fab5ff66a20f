import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/runner.js';

// The bundles load AWS SDK code only when a command needs it. Proved by running them from a
// copy of dist/<bundle>/ without the chunks that carry the SDK: what must start without AWS
// still works, and what needs AWS cannot (so the chunks really are separate).
const carriesSdk = (file: string) => /@aws-sdk\/|@smithy\//.test(readFileSync(file, 'utf8'));

function bundleWithoutSdk(bundle: string): string {
  const from = join(ROOT, 'dist', bundle);
  const to = mkdtempSync(join(tmpdir(), `mcc-nosdk-${bundle}-`));
  for (const file of readdirSync(from))
    if (!carriesSdk(join(from, file))) copyFileSync(join(from, file), join(to, file));
  return to;
}

describe('cold start: no AWS SDK until a command needs it', () => {
  it('the entry files themselves carry no SDK code', () => {
    for (const bundle of ['cli', 'plan'])
      expect(carriesSdk(join(ROOT, 'dist', bundle, 'index.js'))).toBe(false);
  });

  it('mcc-e2e --help lists every command from the entry file alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-entry-only-'));
    copyFileSync(join(ROOT, 'dist/cli/index.js'), join(dir, 'index.js'));
    copyFileSync(join(ROOT, 'dist/cli/package.json'), join(dir, 'package.json'));
    const help = spawnSync(process.execPath, [join(dir, 'index.js'), '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    for (const command of ['validate', 'plan', 'run', 'register', 'sweep', 'report', 'status', 'dashboard'])
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    // a command's own module is a separate chunk, loaded only for it
    const run = spawnSync(process.execPath, [join(dir, 'index.js'), 'run', '--help'], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
  });

  it('the plan bundle plans a tier without the SDK chunks, as a runner starts it', () => {
    const dir = bundleWithoutSdk('plan');
    const files = Object.fromEntries(
      ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE'].map((name) => [name, join(dir, name)]),
    );
    for (const file of Object.values(files)) writeFileSync(file, '');
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...files,
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: ROOT,
    };
    const plan = spawnSync(process.execPath, [join(dir, 'index.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...env, INPUT_TIER: 'ci', 'INPUT_MAX-JOB-MINUTES': '350' },
    });
    expect(plan.stderr).toBe('');
    expect(plan.status).toBe(0);
    expect(readFileSync(files.GITHUB_OUTPUT as string, 'utf8')).toContain('rt-qwen3-06b');
    // with a table the DynamoDB adapter is needed, and it is not there
    const withTable = spawnSync(process.execPath, [join(dir, 'index.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...env, INPUT_TIER: 'ci', 'INPUT_MAX-JOB-MINUTES': '350', INPUT_TABLE: 'mlcc-e2e-ci' },
    });
    expect(withTable.status).not.toBe(0);
  });
});
