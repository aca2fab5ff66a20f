import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runner.js';
import { catalogText, validEntry } from '../helpers/catalog.js';

const planIds = async (...args: string[]) => {
  const run = await runCli(['plan', ...args, '--json']);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { ids: string[] }).ids;
};

describe('mcc-e2e (built bundle)', () => {
  it('validate reports 28 valid entries of the shipped catalog', async () => {
    const run = await runCli(['validate']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('catalog/e2e-catalog.json: 28 valid entries (6 ci, 17 nightly, 5 weekly)');
  });

  it('validate --mcc lists what MCC’s own validator would reject, with line numbers, and exits 1', async () => {
    const run = await runCli(['validate', '--mcc']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'catalog/e2e-catalog.json: 28 valid entries (6 ci, 17 nightly, 5 weekly)',
      "MCC's validator would reject 6 entries (7 problems; tuneIds checked against node_modules/@aws/ml-container-creator/config/tune-catalog.json):",
    ]);
    // no tune problem: the two Nemotron entries MCC cannot tune have no tune step, and notes saying why
    expect(lines.slice(2).map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'catalog/e2e-catalog.json:48:7 $.configs[2].env:',
      'catalog/e2e-catalog.json:186:7 $.configs[11].env:',
      'catalog/e2e-catalog.json:204:7 $.configs[12].env:',
      'catalog/e2e-catalog.json:222:7 $.configs[13].env:',
      'catalog/e2e-catalog.json:353:7 $.configs[22].notes:',
      'catalog/e2e-catalog.json:422:7 $.configs[27].notes:',
      'catalog/e2e-catalog.json:423:7 $.configs[27].env:',
    ]);
    expect(run.stdout).not.toMatch(/\$\.configs\[\d+\]\.tune/);
  });

  it('validate --mcc on a catalog in MCC’s published format says MCC accepts it too', async () => {
    const run = await runCli([
      'validate',
      '--mcc',
      '--catalog',
      '__tests__/fixtures/mcc-catalog/generic-steps.json',
      '--tune-catalog',
      'node_modules/@aws/ml-container-creator/config/tune-catalog.json',
    ]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(
      "MCC's validator accepts it too (tuneIds checked against node_modules/@aws/ml-container-creator/config/tune-catalog.json)",
    );
  });

  it('plan selects 6 ci, 17 nightly and 5 weekly entries, and ids across tiers', async () => {
    expect(await planIds('--tier', 'ci')).toHaveLength(6);
    expect(await planIds('--tier', 'nightly')).toHaveLength(17);
    expect(await planIds('--tier', 'weekly')).toHaveLength(5);
    expect(await planIds('--config', 'rt-qwen3-4b,rt-gpt-oss-120b')).toEqual([
      'rt-qwen3-4b',
      'rt-gpt-oss-120b',
    ]);
  });

  it('plan --json prints JSON and nothing else', async () => {
    const run = await runCli(['plan', '--tier', 'ci', '--json']);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toBe('');
  });

  it('an unknown id is a clear error and a non-zero exit', async () => {
    const run = await runCli(['plan', '--config', 'rt-qwen3-4b,rt-nope']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'mcc-e2e: unknown config id "rt-nope" in catalog/e2e-catalog.json — run `mcc-e2e plan` to list the ids',
    );
  });

  it('validate lists every problem with file, line and JSON path, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-cli-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, catalogText([validEntry({ tier: 'daily', env: { HF_TOKEN: 'x' } })]));
    const run = await runCli(['validate', '--catalog', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}: 2 problems`);
    expect(run.stderr).toContain(
      `${file}:5:7  $.configs[0].tier: is "daily"; use one of ci, nightly, weekly`,
    );
    expect(run.stderr).toContain('$.configs[0].env.HF_TOKEN: "HF_TOKEN" may not be set from the catalog');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('run --dry-run prints every stage’s argv, timeout and env keys, and touches nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mcc-dry-'));
    const catalog = join(cwd, 'catalog.json');
    writeFileSync(
      catalog,
      catalogText([validEntry({ id: 'rt-a', env: { IC_ENV_VLLM_MAX_MODEL_LEN: '4096' } })]),
    );
    const run = await runCli(
      ['run', '--dry-run', '--config', 'rt-a', '--catalog', catalog, '--generator', 'my-gen --flag'],
      { cwd },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /generate {6}1800s {4}workspace {2}my-gen --flag rt-a-\w+ --deployment-config=transformers-vllm .* --enable-lora --skip-prompts/,
    );
    expect(run.stdout).toContain(
      'tune-sft      3600s    project    ./do/tune --technique sft --dataset s3://bucket/train.jsonl --training-type lora',
    );
    expect(run.stdout).toContain('clean         900s     project    ./do/clean all --force');
    expect(run.stdout).toContain(
      'env keys: CI, AWS_REGION, MCC_E2E_RUN_ID, MCC_E2E_CONFIG_ID, MCC_E2E_CATALOG_ID, IC_ENV_VLLM_MAX_MODEL_LEN',
    );
    expect(run.stdout).toContain('Dry run: 1 entry valid; nothing was run.');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(cwd)).toEqual(['catalog.json']);
  });

  it('run --dry-run --tier ci covers all 6 entries', async () => {
    const run = await runCli(['run', '--dry-run', '--tier', 'ci']);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^rt-\S+ — /gm)).toHaveLength(6);
  });

  it.each([[[]], [['validate']], [['plan']], [['run']]])('%j --help describes the command', async (args) => {
    const run = await runCli([...args, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: mcc-e2e/);
  });
});
