import { beforeEach, expect, it } from '@jest/globals';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithMoto } from '../helpers/moto.js';
import { filesUnder } from '../../src/results/s3-artifacts.js';
import { runAction } from '../helpers/runner.js';

const HF_TOKEN = 'hf_FromSecretsManager0123456789';

describeWithMoto('the Hugging Face token from Secrets Manager', (moto) => {
  beforeEach(async () => {
    await moto().reset();
    const client = new SecretsManagerClient(moto().clientConfig);
    await client.send(
      new CreateSecretCommand({ Name: 'mlcc/hf-token', SecretString: JSON.stringify({ HF_TOKEN }) }),
    );
  });

  it('reaches the stages as HF_TOKEN, masked, and appears in no log, summary, output, record or artifact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-hf-'));
    const run = await runAction('dist/run/index.js', {
      inputs: {
        config: 'rt-llama32-1b',
        generator: 'node examples/generator/bin/ml-container-creator.mjs',
        workspace: join(dir, 'ws'),
        'save-local': join(dir, 'store'),
        verbose: 'true',
      },
      env: {
        ...moto().env,
        GITHUB_RUN_ID: '77',
        MCC_EXAMPLE_FAIL_AT: 'test',
        MCC_EXAMPLE_LEAK_ENV: 'HF_TOKEN',
      },
    });
    expect(run.outputs.status).toBe('fail-test');
    expect(run.stdout).toContain(
      'HF_TOKEN from Secrets Manager secret mlcc/hf-token is given to the stages (masked)',
    );
    expect(run.stdout).toContain(`::add-mask::${HF_TOKEN}`);
    // the stage had a value (an empty one would print "HF_TOKEN=" with nothing after it)
    expect(run.stdout).toContain('example: debug HF_TOKEN=***');
    const shown = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    const texts = [
      shown.join('\n'),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      JSON.stringify(run.state),
      ...filesUnder(join(dir, 'store')).map((f) => readFileSync(f, 'utf8')),
    ];
    expect(texts.filter((t) => t.includes(HF_TOKEN))).toEqual([]);
  });

  it('warns and runs without it when the secret does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-hf-'));
    const run = await runAction('dist/run/index.js', {
      inputs: {
        config: 'rt-llama32-1b',
        generator: 'node examples/generator/bin/ml-container-creator.mjs',
        workspace: join(dir, 'ws'),
        'save-local': join(dir, 'store'),
        'hf-token-secret-id': 'mlcc/missing',
      },
      env: { ...moto().env, GITHUB_RUN_ID: '78' },
    });
    expect(run.outputs.status).toBe('pass');
    expect(run.stdout).toMatch(
      /::warning::could not read the Hugging Face token from Secrets Manager secret "mlcc\/missing" \(ResourceNotFoundException: .*\) — stages run without HF_TOKEN/,
    );
  });
});
