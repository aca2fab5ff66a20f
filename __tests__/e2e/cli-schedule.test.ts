import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runner.js';

const EXAMPLE = 'node examples/generator/bin/ml-container-creator.mjs';

describe('mcc-e2e run --schedule (the built CLI, the example project)', () => {
  it('overlap-tune: the tune submit before deploy, its wait after test, endpoint and idle time printed', async () => {
    const store = mkdtempSync(join(tmpdir(), 'mcc-cli-schedule-'));
    const run = await runCli(
      [
        'run',
        '--config',
        'rt-qwen3-06b',
        '--schedule',
        'overlap-tune',
        '--generator',
        EXAMPLE,
        '--save-local',
        store,
      ],
      { env: { AWS_ENDPOINT_URL: '', MCC_EXAMPLE_TUNE_SECONDS: '1' } },
    );
    expect(run.code).toBe(0);
    const stages = run.stdout
      .split('\n')
      .flatMap((l) => /^rt-qwen3-06b\s+(.+?)\s+(?:✅|❌|⏭️)/.exec(l)?.[1] ?? []);
    expect(stages.slice(0, 10)).toEqual([
      'generate',
      'build',
      'push',
      'tune-sft submit',
      'deploy',
      'test',
      'tune-sft wait',
      'adapter-add',
      'test-adapter',
      'clean',
    ]);
    expect(run.stdout).toMatch(
      /rt-qwen3-06b: endpoint up [\d.]+ s, idle [\d.]+ s · schedule overlap-tune: deploy not held \(no passing run in the history: deploy at once\)/,
    );
  }, 120_000);

  it('an unknown schedule is refused with the choices', async () => {
    const run = await runCli(['run', '--config', 'rt-qwen3-06b', '--schedule', 'parallel', '--dry-run']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(
      "argument 'parallel' is invalid. Allowed choices are sequential, overlap-tune.",
    );
  });
});
