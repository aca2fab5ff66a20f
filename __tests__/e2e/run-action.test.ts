import { expect, it, beforeEach } from '@jest/globals';
import {
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListModelsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { GetObjectCommand, CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithMoto } from '../helpers/moto.js';
import { runAction, signalWhenOutput, stateEnv } from '../helpers/runner.js';

const GENERATOR = 'node examples/generator/bin/ml-container-creator.mjs';

describeWithMoto('the run action bundle against moto, run as a GitHub runner runs it', (moto) => {
  let sagemaker: SageMakerClient;
  beforeEach(async () => {
    await moto().reset();
    sagemaker = new SageMakerClient(moto().clientConfig);
  });

  async function resourcesNamed(prefix: string) {
    const [endpoints, configs, models] = await Promise.all([
      sagemaker.send(new ListEndpointsCommand({ NameContains: prefix })),
      sagemaker.send(new ListEndpointConfigsCommand({ NameContains: prefix })),
      sagemaker.send(new ListModelsCommand({ NameContains: prefix })),
    ]);
    return {
      endpoints: (endpoints.Endpoints ?? []).map((e) => e.EndpointName),
      configs: (configs.EndpointConfigs ?? []).map((e) => e.EndpointConfigName),
      models: (models.Models ?? []).map((m) => m.ModelName),
    };
  }

  function leg(runId: string, extraEnv: Record<string, string> = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-leg-'));
    return {
      inputs: {
        config: 'rt-qwen3-4b',
        // stage output in the step log: the cancel tests wait for a stage's own line
        verbose: 'true',
        tier: 'ci',
        generator: GENERATOR,
        workspace: join(dir, 'ws'),
        'save-local': join(dir, 'store'),
      },
      env: {
        ...moto().env,
        GITHUB_RUN_ID: runId,
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_REPOSITORY: 'mcc/e2e-action',
        ...extraEnv,
      },
    };
  }

  it('runs the whole lifecycle: pass, outputs, summary, a record, and no endpoint left', async () => {
    const run = await runAction('dist/run/index.js', leg('501'));
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.outputs['config-id']).toBe('9586bf351b64c95f');
    expect(run.outputs.regression).toBe('false');
    expect(existsSync(run.outputs['result-file'] as string)).toBe(true);
    expect(run.summary).toContain('### ✅ rt-qwen3-4b — pass');
    expect(run.summary).toContain('| ✅ | deploy |');
    expect(run.stdout).toContain('::group::deploy: ./do/deploy');
    expect(run.state['clean-done']).toBe('true');
    expect(await resourcesNamed('rt-qwen3-4b-e2e501-1')).toEqual({ endpoints: [], configs: [], models: [] });
    const post = await runAction('dist/cleanup/index.js', {
      dir: run.dir,
      env: { ...moto().env, ...stateEnv(run.state) },
    });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('clean already completed for rt-qwen3-4b-e2e501-1');
  });

  it("links the logs and result.json in the summary: the run's artifacts, or the S3 copies with a results bucket", async () => {
    const local = leg('502');
    const run = await runAction('dist/run/index.js', local);
    expect(run.code).toBe(0);
    // a store outside the workspace is named as it is; the tier workflow's .mcc-e2e/ is relative
    const line = run.summary.split('\n').find((l) => l.startsWith('Logs and result.json: ')) ?? '';
    expect(line.startsWith(`Logs and result.json: ${local.inputs['save-local']}/runs/ci/`)).toBe(true);
    expect(
      line.endsWith(
        " in [this run's artifacts](https://github.com/mcc/e2e-action/actions/runs/502#artifacts)",
      ),
    ).toBe(true);

    const s3 = new S3Client({ ...moto().clientConfig, forcePathStyle: true });
    await s3.send(
      new CreateBucketCommand({
        Bucket: 'mcc-results',
        CreateBucketConfiguration: { LocationConstraint: 'us-west-2' },
      }),
    );
    const withBucket = leg('503');
    const uploaded = await runAction('dist/run/index.js', {
      ...withBucket,
      inputs: { ...withBucket.inputs, 'results-bucket': 'mcc-results', 'aws-region': 'us-west-2' },
    });
    expect(uploaded.code).toBe(0);
    const consoleUrl = (key: string) =>
      `https://us-west-2.console.aws.amazon.com/s3/object/mcc-results?region=us-west-2&prefix=${encodeURIComponent(key)}`;
    const links = [...uploaded.summary.matchAll(/\[([^\]]+)\]\((https:\/\/us-west-2\.console[^)]+)\)/g)];
    expect(links.map(([, text]) => text)).toEqual(
      expect.arrayContaining(['result.json', 'generate', 'deploy', 'clean']),
    );
    expect(uploaded.summary).not.toContain(withBucket.inputs['save-local']);
    // every linked object is in the bucket
    for (const [, , escaped] of links) {
      const url = (escaped as string).replaceAll('&amp;', '&'); // as GitHub's markdown reads it
      const key = decodeURIComponent(new URL(url).searchParams.get('prefix') ?? '');
      expect(url).toBe(consoleUrl(key));
      const object = await s3.send(new GetObjectCommand({ Bucket: 'mcc-results', Key: key }));
      expect((await object.Body?.transformToString())?.length).toBeGreaterThan(0);
    }
    s3.destroy();
  });

  it('SIGTERM while the endpoint is up: main stops, the post step cleans and verifies through the SageMaker API', async () => {
    const project = 'rt-qwen3-4b-e2e777-1';
    const main = await runAction('dist/run/index.js', {
      ...leg('777', { MCC_EXAMPLE_HANG_AT: 'test' }),
      onStart: signalWhenOutput(/example: hanging at /),
    });
    expect(main.code).toBe(1);
    expect(main.state['project-name']).toBe(project);
    expect(main.state['clean-done']).toBe('false');
    expect(main.outputs.status).toBe('cancelled');
    expect(main.outputs.regression).toBe('false');
    expect(main.outputs['failure-class']).toBe('cancelled');
    // main leaves at once; the post step writes the result and the summary
    expect(main.summary).toBe('');
    expect((await resourcesNamed(project)).endpoints).toEqual([project]);

    const post = await runAction('dist/cleanup/index.js', {
      dir: main.dir,
      env: { ...moto().env, ...stateEnv(main.state) },
    });
    expect(post.code).toBe(0);
    expect(await resourcesNamed(project)).toEqual({ endpoints: [], configs: [], models: [] });
    expect(post.summary).toContain('### 🚫 rt-qwen3-4b — cancelled');
    expect(post.summary).toContain('Cancelled: the run was stopped while this stage ran');
    expect(post.summary).toContain(`### 🧹 Teardown of rt-qwen3-4b (post step)`);
    expect(post.summary).toContain('- ✅ ran `do/clean all --force`: it passed');
    expect(post.summary).toContain(
      `- ✅ SageMaker (us-west-2): no endpoint, endpoint config or model named ${project}* is left`,
    );
  });

  it('when clean fails in the post step, leftovers are deleted through the API and reported', async () => {
    const project = 'rt-qwen3-4b-e2e778-1';
    const main = await runAction('dist/run/index.js', {
      ...leg('778', { MCC_EXAMPLE_HANG_AT: 'tune-sft' }),
      onStart: signalWhenOutput(/example: hanging at /),
    });
    expect(main.outputs.status).toBe('cancelled');
    const post = await runAction('dist/cleanup/index.js', {
      dir: main.dir,
      env: { ...moto().env, ...stateEnv(main.state), MCC_EXAMPLE_FAIL_AT: 'clean' },
    });
    expect(post.summary).toContain(
      '- ❌ ran `do/clean all --force`: it failed (exit 1 (general error)): example: injected failure at clean',
    );
    expect(post.summary).toContain(
      `- 🧹 deleted leftovers through the SageMaker API: endpoint ${project}, endpoint config ${project}, model ${project}`,
    );
    expect(await resourcesNamed(project)).toEqual({ endpoints: [], configs: [], models: [] });
    expect(post.code).toBe(0);
  });

  it('with benchmark: true, Stage 2 runs before clean and its table is in the summary', async () => {
    const { inputs, env } = leg('610');
    const run = await runAction('dist/run/index.js', {
      inputs: { ...inputs, benchmark: 'true', 'benchmark-workload': 'multi_turn_chat' },
      env,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.outputs['benchmark-status']).toBe('completed');
    expect(run.stdout).toContain('::group::benchmark: ./do/benchmark --workload multi_turn_chat');
    expect(run.summary).toMatch(/Benchmark/);
    const bad = await runAction('dist/run/index.js', {
      inputs: { ...inputs, benchmark: 'true', 'benchmark-workload': 'nope' },
      env,
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('::error::unknown benchmark workload "nope"');
    expect(bad.state['project-name']).toBeUndefined();
  });

  it('a dry run resolves the stages, writes the summary and touches nothing', async () => {
    const { inputs, env } = leg('900');
    const run = await runAction('dist/run/index.js', { inputs: { ...inputs, 'dry-run': 'true' }, env });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('dry-run');
    expect(run.summary).toContain(
      '| tune-sft | 3600s | project | ./do/tune --technique sft --dataset s3://mlcc-e2e-datasets/sft-small/train.jsonl --training-type lora --model huggingface-reasoning-qwen3-4b |',
    );
    expect(existsSync(inputs.workspace)).toBe(false);
    expect(run.state).toEqual({});
    expect(readFileSync(join(run.dir, 'summary'), 'utf8')).toContain('nothing was run');
  });
});
