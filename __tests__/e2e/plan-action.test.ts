import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../helpers/runner.js';
import { catalogText, validEntry } from '../helpers/catalog.js';

describe('the plan action bundle, run as a GitHub runner runs it', () => {
  it('turns the ci tier into a 6-leg matrix with outputs and a summary table', async () => {
    const run = await runAction('dist/plan/index.js', {
      inputs: { tier: 'ci', catalog: 'catalog/e2e-catalog.json', select: 'all' },
    });
    expect(run.code).toBe(0);
    const matrix = JSON.parse(run.outputs.matrix as string) as { include: Record<string, unknown>[] };
    expect(matrix.include.map((e) => e.id)).toEqual([
      'rt-qwen3-06b',
      'rt-qwen3-17b',
      'rt-qwen3-4b',
      'rt-llama32-1b',
      'rt-llama32-3b',
      'rt-dsr1-qwen-15b',
    ]);
    // generate + 7 stages at 1800 s, tune at 3600 s, clean at 900 s = 17100 s = 285 min, plus 10 min of
    // setup; the run step's budget is that less the 5 min of steps before it
    expect(matrix.include[2]).toEqual({
      id: 'rt-qwen3-4b',
      tier: 'ci',
      model: 'Qwen/Qwen3-4B',
      instance: 'ml.g5.xlarge',
      'timeout-minutes': 295,
      'job-budget-minutes': 290,
    });
    expect(run.outputs.count).toBe('6');
    expect(run.outputs.ids).toBe(
      'rt-qwen3-06b,rt-qwen3-17b,rt-qwen3-4b,rt-llama32-1b,rt-llama32-3b,rt-dsr1-qwen-15b',
    );
    expect(Number(run.outputs['estimated-cost-usd'])).toBeGreaterThan(0);
    expect(run.summary).toContain(
      '| rt-qwen3-4b | ci | Qwen/Qwen3-4B | ml.g5.xlarge | 9586bf351b64c95f | 295 min |',
    );
    expect(run.summary).toContain('**6** entries');
  });

  it('selects ids across tiers without a tier', async () => {
    const run = await runAction('dist/plan/index.js', {
      inputs: { configs: 'rt-qwen3-4b\nrt-gpt-oss-120b' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.ids).toBe('rt-qwen3-4b,rt-gpt-oss-120b');
  });

  it('gives count=0 and an empty matrix for an empty selection, without failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-plan-'));
    mkdirSync(join(dir, 'catalog'));
    writeFileSync(join(dir, 'catalog/e2e-catalog.json'), catalogText([validEntry()]));
    const run = await runAction('dist/plan/index.js', { inputs: { tier: 'weekly' }, cwd: dir });
    expect(run.code).toBe(0);
    expect(run.outputs.count).toBe('0');
    expect(JSON.parse(run.outputs.matrix as string)).toEqual({ include: [] });
    expect(run.summary).toContain('No catalog entries selected');
  });

  it('says "unknown" for the cost of an instance type with no price, never 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-plan-'));
    mkdirSync(join(dir, 'catalog'));
    const args =
      '--deployment-config=transformers-vllm --model-name=Qwen/Qwen3-4B --instance-type=ml.p5.48xlarge --region=us-west-2 --enable-lora';
    writeFileSync(join(dir, 'catalog/e2e-catalog.json'), catalogText([validEntry({ args })]));
    const run = await runAction('dist/plan/index.js', { inputs: { tier: 'ci' }, cwd: dir });
    expect(run.outputs['estimated-cost-usd']).toBe('unknown');
    expect(run.summary).toContain('no price for ml.p5.48xlarge');
  });

  it('fails with an annotation naming the file and line when the catalog is invalid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-plan-'));
    mkdirSync(join(dir, 'catalog'));
    writeFileSync(join(dir, 'catalog/e2e-catalog.json'), catalogText([validEntry({ tier: 'daily' })]));
    const run = await runAction('dist/plan/index.js', { inputs: { tier: 'ci' }, cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=Invalid catalog,file=catalog/e2e-catalog.json,line=5,col=7::$.configs[0].tier: is "daily"; use one of ci, nightly, weekly',
    );
    expect(run.stdout).not.toMatch(/at .*\.js:\d+/);
  });

  it('fails clearly on an unknown id', async () => {
    const run = await runAction('dist/plan/index.js', { inputs: { configs: 'rt-nope' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::unknown config id "rt-nope" in catalog/e2e-catalog.json');
  });
});
