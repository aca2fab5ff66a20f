import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runner.js';

/** legs run real processes (bundles, do/ scripts, moto): minutes on a loaded machine */
const E2E_TIMEOUT = 600_000;

const GENERATOR = 'node examples/generator/bin/ml-container-creator.mjs';

/** Every stage log the run wrote (runs/<tier>/<runId>/<catalogId>/logs/*.log). */
function stageLogs(store: string): string {
  const logs: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.log')) logs.push(readFileSync(path, 'utf8'));
    }
  };
  if (existsSync(join(store, 'runs'))) walk(join(store, 'runs'));
  return logs.join('\n');
}

/** The ci tier (6 legs, all ml.g5.xlarge) against an account that takes 2 endpoints of the type. */
async function ciTier(flags: string[]) {
  const store = mkdtempSync(join(tmpdir(), 'mcc-quota-cli-'));
  const run = await runCli(
    ['run', '--tier', 'ci', '--concurrency', '6', '--generator', GENERATOR, '--save-local', store, ...flags],
    {
      env: {
        AWS_ENDPOINT_URL: '',
        AWS_ACCESS_KEY_ID: '',
        AWS_PROFILE: '',
        MCC_EXAMPLE_QUOTA: 'ml.g5.xlarge=2',
        MCC_EXAMPLE_ENDPOINTS_DIR: mkdtempSync(join(tmpdir(), 'mcc-endpoints-')),
      },
    },
  );
  return { ...run, store, logs: stageLogs(store) };
}

const resultLines = (stdout: string) => stdout.split('\n').filter((l) => /^ci {4}rt-/.test(l));

describe('mcc-e2e run --concurrency 6 against an endpoint quota of 2 (example generator)', () => {
  it(
    'with --quota ml.g5.xlarge=2: the legs wait for a slot, 6 of 6 pass, no ResourceLimitExceeded anywhere',
    async () => {
      const run = await ciTier(['--quota', 'ml.g5.xlarge=2']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(resultLines(run.stdout)).toHaveLength(6);
      expect(run.stdout).toContain('6 run | 6 passing | 0 failing');
      expect(run.stdout).toMatch(
        /waiting for ml\.g5\.xlarge: 2 of 2 in use by rt-[a-z0-9-]+, rt-[a-z0-9-]+, waited /,
      );
      expect(`${run.stdout}\n${run.logs}`).not.toContain('ResourceLimitExceeded');
      // every slot was given back
      expect(readdirSync(join(run.store, 'leases'))).toEqual([]);
    },
    E2E_TIMEOUT,
  );

  it(
    'without --quota (quota unknown, no retries): at least one leg fails deploy with ResourceLimitExceeded',
    async () => {
      const run = await ciTier(['--infra-retries', '0']);
      expect(run.code).toBe(1);
      const failed = resultLines(run.stdout).filter((l) => l.includes('❌ fail-deploy'));
      expect(failed.length).toBeGreaterThanOrEqual(1);
      for (const line of failed) expect(line).not.toContain('REGRESSION');
      expect(run.logs).toContain(
        "An error occurred (ResourceLimitExceeded) when calling the CreateEndpoint operation: The account-level service limit 'ml.g5.xlarge for endpoint usage' is 2 Instances, with current utilization of 2 Instances and a request delta of 1 Instances.",
      );
    },
    E2E_TIMEOUT,
  );

  it(
    'a bad --quota is a clear error naming the flag, before anything runs',
    async () => {
      const run = await ciTier(['--quota', 'ml.g5.xlarge:2']);
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        'mcc-e2e: --quota: "ml.g5.xlarge:2" is not <instance type>=<endpoints>, e.g. ml.g5.xlarge=2,ml.g5.12xlarge=4',
      );
      expect(existsSync(join(run.store, 'runs'))).toBe(false);
    },
    E2E_TIMEOUT,
  );
});
