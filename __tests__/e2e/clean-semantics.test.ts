import { beforeEach, expect, it } from '@jest/globals';
import { ListEndpointsCommand, ListModelsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describeWithMoto } from '../helpers/moto.js';
import { runAction, runCli } from '../helpers/runner.js';

const GENERATOR = 'node examples/generator/bin/ml-container-creator.mjs';

const onlyRecord = (store: string): Record<string, unknown> => {
  const [file] = readdirSync(join(store, 'records'));
  return JSON.parse(readFileSync(join(store, 'records', file as string), 'utf8')) as Record<string, unknown>;
};

/**
 * MCC's do/clean exits 3 with "❌ Contract violation: deployment-active" (on stdout) when nothing
 * is deployed; the example generator's does the same. That is "nothing to clean" once SageMaker agrees.
 */
describeWithMoto('clean with nothing deployed (MCC’s exit 3 deployment-active)', (moto) => {
  let sagemaker: SageMakerClient;
  beforeEach(async () => {
    await moto().reset();
    sagemaker = new SageMakerClient(moto().clientConfig);
  });

  it('after a build failure (the run action against moto): fail-build, clean passed "nothing to clean", cleanFailed false', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-clean3-'));
    const run = await runAction('dist/run/index.js', {
      inputs: {
        config: 'rt-qwen3-4b',
        generator: GENERATOR,
        workspace: join(dir, 'ws'),
        'save-local': join(dir, 'store'),
      },
      env: { ...moto().env, GITHUB_RUN_ID: '3301', GITHUB_RUN_ATTEMPT: '1', MCC_EXAMPLE_FAIL_AT: 'build' },
    });
    expect(run.outputs.status).toBe('fail-build');
    expect(run.summary).toMatch(
      /\| ✅ \| clean \| [^|]+ \| nothing to clean: no SageMaker resource named rt-qwen3-4b-\S+\* exists \|/,
    );
    expect(run.summary).not.toContain('may remain');
    expect(run.stdout).not.toContain('may remain');
    const logs = join(dirname(run.outputs['result-file'] as string), 'logs');
    const cleanLog = readdirSync(logs).find((f) => f.endsWith('-clean.log')) as string;
    expect(readFileSync(join(logs, cleanLog), 'utf8')).toContain('❌ Contract violation: deployment-active');
    expect(onlyRecord(join(dir, 'store'))).toMatchObject({
      testStatus: 'fail-build',
      cleanFailed: false,
      stageResults: expect.objectContaining({ clean: expect.objectContaining({ status: 'pass' }) }),
    });
  });

  it('when SageMaker holds the project’s resources after all, clean fails, they are deleted through the API', async () => {
    const store = mkdtempSync(join(tmpdir(), 'mcc-clean3-'));
    const run = await runCli(
      ['run', '--config', 'rt-qwen3-4b', '--generator', GENERATOR, '--save-local', store],
      { env: { ...moto().env, MCC_EXAMPLE_FORGET_AT: 'deploy' } },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/🧹|clean\s+❌/);
    expect(run.stdout).toContain('clean failed — resources of rt-qwen3-4b-');
    const record = onlyRecord(store);
    expect(record).toMatchObject({ testStatus: 'fail-deploy', cleanFailed: true });
    const clean = (record.stageResults as Record<string, { status: string; error: string }>).clean;
    expect(clean?.status).toBe('fail');
    expect(clean?.error).toMatch(
      /^do\/clean reported no active deployment \(exit 3\), but SageMaker had endpoint rt-qwen3-4b-\S+, endpoint config rt-qwen3-4b-\S+, model rt-qwen3-4b-\S+; deleted through the API: endpoint rt-qwen3-4b-/,
    );
    expect((await sagemaker.send(new ListEndpointsCommand({}))).Endpoints).toEqual([]);
    expect((await sagemaker.send(new ListModelsCommand({}))).Models).toEqual([]);
  });

  it('without AWS credentials it is taken at its word, and says so', async () => {
    const store = mkdtempSync(join(tmpdir(), 'mcc-clean3-'));
    const run = await runCli(
      ['run', '--config', 'rt-qwen3-4b', '--generator', GENERATOR, '--save-local', store],
      {
        env: {
          AWS_ENDPOINT_URL: '',
          AWS_ACCESS_KEY_ID: '',
          AWS_PROFILE: '',
          AWS_WEB_IDENTITY_TOKEN_FILE: '',
          MCC_EXAMPLE_FAIL_AT: 'push',
        },
      },
    );
    expect(run.stdout).toContain(
      'nothing to clean (do/clean found no active deployment; no AWS credentials to confirm it)',
    );
    expect(onlyRecord(store)).toMatchObject({ testStatus: 'fail-push', cleanFailed: false });
  });
});
