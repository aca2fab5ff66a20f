import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runner.js';

const GENERATOR = 'node examples/generator/bin/ml-container-creator.mjs';

describe('mcc-e2e run --job-budget-minutes (the built CLI)', () => {
  it('stops a hanging deploy when only clean’s time is left, cleans, and records cancelled', async () => {
    const store = mkdtempSync(join(tmpdir(), 'mcc-budget-'));
    // 15.5 min = 930 s: 900 s are kept for clean, so the stages get 30 s
    const run = await runCli(
      [
        'run',
        '--config',
        'rt-qwen3-4b',
        '--generator',
        GENERATOR,
        '--save-local',
        store,
        '--job-budget-minutes',
        '15.5',
      ],
      { env: { AWS_ENDPOINT_URL: '', MCC_EXAMPLE_HANG_AT: 'deploy' } },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /rt-qwen3-4b\s+deploy\s+❌ .* Stopped: the job budget of 15.5 min leaves only the time clean and the post step need/,
    );
    expect(run.stdout).toMatch(/rt-qwen3-4b\s+clean\s+✅/);
    expect(run.stdout).toMatch(/^ci\s+rt-qwen3-4b\s+🚫 cancelled\s/m);
    expect(run.stdout).toContain(
      '1 run | 0 passing | 0 failing | 1 cancelled (0 infrastructure failures, 0 regressions)',
    );
    const [file] = readdirSync(join(store, 'records'));
    const record = JSON.parse(readFileSync(join(store, 'records', file as string), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(record).toMatchObject({ testStatus: 'cancelled', failureClass: 'cancelled', regression: false });
  });

  it('a budget that cannot even cover clean is refused before anything runs', async () => {
    const run = await runCli([
      'run',
      '--config',
      'rt-qwen3-4b',
      '--generator',
      GENERATOR,
      '--job-budget-minutes',
      '10',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      "mcc-e2e: --job-budget-minutes 10 leaves no time for any stage: clean needs up to 900s — raise it (the job's timeout-minutes, less the steps before this one)",
    );
    const bad = await runCli(['run', '--config', 'rt-qwen3-4b', '--job-budget-minutes', 'soon']);
    expect(bad.stderr).toContain('--job-budget-minutes must be a number of minutes > 0');
  });
});
