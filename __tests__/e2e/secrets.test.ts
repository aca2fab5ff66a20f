import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from '../../src/results/s3-artifacts.js';
import { runAction, runCli } from '../helpers/runner.js';

const SECRET = 'hf_Sup3rS3cretT0kenValue42';

const FAULTS = {
  HF_TOKEN: SECRET,
  MCC_EXAMPLE_FAIL_AT: 'deploy',
  MCC_EXAMPLE_LEAK_ENV: 'HF_TOKEN',
  AWS_ENDPOINT_URL: '',
};

describe('a secret echoed by a failing stage', () => {
  it('appears in no summary, output, state, record, history, result or log of the run action', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-secret-'));
    const run = await runAction('dist/run/index.js', {
      inputs: {
        config: 'rt-qwen3-4b',
        generator: 'node examples/generator/bin/ml-container-creator.mjs',
        workspace: join(dir, 'ws'),
        'save-local': join(dir, 'store'),
      },
      env: { ...FAULTS, GITHUB_RUN_ID: '31337' },
    });
    expect(run.outputs.status).toBe('fail-deploy');
    // the runner consumes ::add-mask:: lines; everything else it shows must be clean
    const shown = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(run.stdout).toContain(`::add-mask::${SECRET}`);
    const texts: Record<string, string> = {
      stdout: shown,
      stderr: run.stderr,
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
      state: JSON.stringify(run.state),
    };
    for (const file of filesUnder(join(dir, 'store'))) texts[file] = readFileSync(file, 'utf8');
    expect(Object.keys(texts).some((k) => k.endsWith('result.json'))).toBe(true);
    expect(Object.keys(texts).some((k) => k.endsWith('-deploy.log'))).toBe(true);
    for (const [where, text] of Object.entries(texts)) {
      expect({ where, leaked: text.includes(SECRET) }).toEqual({ where, leaked: false });
    }
    // the leak really happened, and was masked
    const deployLog = Object.entries(texts).find(([k]) => k.endsWith('-deploy.log'))?.[1];
    expect(deployLog).toContain('example: debug HF_TOKEN=***');
    expect(run.summary).toContain('HF_TOKEN=***');
  });

  it('appears nowhere in the CLI’s output or its local store', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mcc-secret-cli-'));
    const run = await runCli(
      [
        'run',
        '--config',
        'rt-llama32-1b',
        '--catalog',
        join(process.cwd(), 'catalog/e2e-catalog.json'),
        '--generator',
        `node ${join(process.cwd(), 'examples/generator/bin/ml-container-creator.mjs')}`,
        '--verbose',
      ],
      { cwd, env: FAULTS },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('HF_TOKEN=***');
    const texts = [
      run.stdout,
      run.stderr,
      ...filesUnder(join(cwd, '.mcc-e2e')).map((f) => readFileSync(f, 'utf8')),
    ];
    expect(texts.filter((t) => t.includes(SECRET))).toEqual([]);
  });
});
