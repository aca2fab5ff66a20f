import { beforeEach, expect, it } from '@jest/globals';
import {
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListModelsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithMoto } from '../helpers/moto.js';
import { runAction, runCli } from '../helpers/runner.js';
import { createTables, documentClient, TABLE } from '../helpers/tables.js';
import type { RunResult } from '../../src/lifecycle/engine.js';

/** legs run real processes (bundles, do/ scripts, moto): minutes on a loaded machine */
const E2E_TIMEOUT = 600_000;

const GENERATOR = 'node examples/generator/bin/ml-container-creator.mjs';
const CONFIG_ID = '9586bf351b64c95f'; // rt-qwen3-4b

describeWithMoto('infrastructure failures at deploy (run action bundle against moto)', (moto) => {
  let sagemaker: SageMakerClient;
  beforeEach(async () => {
    await moto().reset();
    await createTables(moto());
    sagemaker = new SageMakerClient(moto().clientConfig);
  });

  function leg(runId: string, dir: string, env: Record<string, string>, inputs: Record<string, string> = {}) {
    return runAction('dist/run/index.js', {
      inputs: {
        config: 'rt-qwen3-4b',
        tier: 'ci',
        generator: GENERATOR,
        workspace: join(dir, `ws-${runId}`),
        'save-local': join(dir, 'store'),
        table: TABLE,
        'hf-token-secret-id': '',
        'infra-retry-delay-seconds': '0',
        ...inputs,
      },
      env: {
        ...moto().env,
        GITHUB_RUN_ID: runId,
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_REPOSITORY: 'mcc/e2e-action',
        ...env,
      },
    });
  }

  const resultOf = (file: string | undefined) =>
    JSON.parse(readFileSync(file as string, 'utf8')) as RunResult;
  const record = async () =>
    (await documentClient(moto()).send(new GetCommand({ TableName: TABLE, Key: { configId: CONFIG_ID } })))
      .Item ?? {};

  it(
    'one InsufficientInstanceCapacity: the leg cleans what the failed attempt left, deploys again and passes, with 2 attempts recorded',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mcc-retry-'));
      const run = await leg('7101', dir, { MCC_EXAMPLE_CAPACITY_FAILS: '1' });
      expect(run.code).toBe(0);
      expect(run.outputs.status).toBe('pass');
      expect(run.stdout).toContain(
        '::warning::deploy failed (infrastructure): Exit 1 (general error): Endpoint rt-qwen3-4b-e2e7101-1 failed: Unable to provision requested ML compute capacity due to InsufficientInstanceCapacity error.',
      );
      const result = resultOf(run.outputs['result-file']);
      const deploy = result.stages.find((s) => s.name === 'deploy');
      expect(deploy).toMatchObject({ status: 'pass', attempt: 2 });
      expect(deploy?.earlierAttempts).toHaveLength(1);
      expect(deploy?.earlierAttempts?.[0]).toMatchObject({
        status: 'fail',
        attempt: 1,
        failureClass: 'infrastructure',
      });
      expect(deploy?.earlierAttempts?.[0]?.cleanup).toMatchObject({ name: 'clean', status: 'pass' });
      expect(run.summary).toMatch(/\| ✅ \| deploy \(2 attempts\) \|/);
      expect((await record()).stageResults?.deploy).toMatchObject({ status: 'pass', attempt: 2 });
      // the model and endpoint config of attempt 1 were cleaned before attempt 2, and everything after the run
      for (const list of [
        sagemaker.send(new ListEndpointsCommand({})).then((r) => r.Endpoints),
        sagemaker.send(new ListEndpointConfigsCommand({})).then((r) => r.EndpointConfigs),
        sagemaker.send(new ListModelsCommand({})).then((r) => r.Models),
      ])
        expect(await list).toEqual([]);
    },
    E2E_TIMEOUT,
  );

  it(
    'five capacity failures with infra-retries 2: fail-deploy, class infrastructure, no regression after a pass; the report shows it apart from regressions',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mcc-retry-'));
      const pass = await leg('7201', dir, {});
      expect(pass.outputs.status).toBe('pass');
      const run = await leg('7202', dir, { MCC_EXAMPLE_CAPACITY_FAILS: '5' }, { 'infra-retries': '2' });
      expect(run.code).toBe(1);
      expect(run.outputs.status).toBe('fail-deploy');
      expect(run.outputs['failure-class']).toBe('infrastructure');
      expect(run.outputs.regression).toBe('false');
      const deploy = resultOf(run.outputs['result-file']).stages.find((s) => s.name === 'deploy');
      expect(deploy).toMatchObject({ status: 'fail', attempt: 3, failureClass: 'infrastructure' });
      expect(deploy?.earlierAttempts?.map((a) => a.attempt)).toEqual([1, 2]);
      expect(run.summary).not.toContain('REGRESSION');
      expect(await record()).toMatchObject({
        testStatus: 'fail-deploy',
        failureClass: 'infrastructure',
        regression: false,
        previousTestStatus: 'pass',
      });
      const report = await runCli(['report', '--table', TABLE, '--region', 'us-west-2', '--tier', 'ci'], {
        env: { ...moto().env, AWS_ENDPOINT_URL: moto().url },
      });
      expect(report.stdout).toContain('rt-qwen3-4b');
      expect(report.stdout).toMatch(/infrastructure/);
      expect(report.stdout).not.toMatch(/rt-qwen3-4b[^\n]*REGRESSION/);
    },
    E2E_TIMEOUT,
  );
});
