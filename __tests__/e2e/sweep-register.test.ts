import { beforeEach, expect, it } from '@jest/globals';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  ListEndpointsCommand,
  ListModelsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeWithMoto } from '../helpers/moto.js';
import { runCli } from '../helpers/runner.js';
import { createTables, documentClient, TABLE } from '../helpers/tables.js';
import { LocalStore } from '../../src/results/local-store.js';
import { loadCatalog } from '../../src/catalog/load.js';

const catalog = loadCatalog('catalog/e2e-catalog.json');
const entry = (id: string) => catalog.entries.find((e) => e.id === id)!;

describeWithMoto('sweep and register against moto (built CLI)', (moto) => {
  let sagemaker: SageMakerClient;
  beforeEach(async () => {
    await moto().reset();
    sagemaker = new SageMakerClient(moto().clientConfig);
  });

  async function deploy(name: string, tags: Record<string, string> = {}) {
    const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
    await sagemaker.send(
      new CreateModelCommand({
        ModelName: name,
        ExecutionRoleArn: 'arn:aws:iam::123456789012:role/x',
        PrimaryContainer: { Image: '123456789012.dkr.ecr.us-west-2.amazonaws.com/x:latest' },
        Tags,
      }),
    );
    await sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: name,
        ProductionVariants: [
          { VariantName: 'v', ModelName: name, InstanceType: 'ml.m5.xlarge', InitialInstanceCount: 1 },
        ],
        Tags,
      }),
    );
    await sagemaker.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: name, Tags }));
  }

  const endpoints = async () =>
    ((await sagemaker.send(new ListEndpointsCommand({}))).Endpoints ?? []).map((e) => e.EndpointName).sort();
  const models = async () =>
    ((await sagemaker.send(new ListModelsCommand({}))).Models ?? []).map((m) => m.ModelName).sort();

  it('deletes only the leftovers of finished runs older than the threshold, and leaves other endpoints alone', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mcc-sweep-'));
    const store = new LocalStore(join(cwd, '.mcc-e2e'));
    // rt-qwen3-4b: its run 100-1 finished (pass); rt-llama32-1b: run 200-1 is still running
    await store.startRun({ entry: entry('rt-qwen3-4b'), runId: '100-1', startedAt: new Date() });
    await store.finishRun({
      configId: entry('rt-qwen3-4b').configId,
      runId: '100-1',
      startedAt: new Date().toISOString(),
      endedAt: new Date().toISOString(),
      status: 'pass',
      stages: [],
      catalogId: 'rt-qwen3-4b',
      tier: 'ci',
      durationSeconds: 1,
      errorMessage: '',
      cleanFailed: false,
    } as never);
    await store.startRun({ entry: entry('rt-llama32-1b'), runId: '200-1', startedAt: new Date() });
    await deploy('rt-qwen3-4b-e2e100-1');
    await deploy('rt-llama32-1b-e2e200-1');
    await deploy('prod-chatbot');
    await deploy('my-model-100-1');
    await deploy('adhoc-endpoint', { 'mcc-e2e:project': 'rt-qwen25-7b-e2e300-1' });
    const env = { ...moto().env };

    const young = await runCli(['sweep', '--older-than', '1h', '--local-only'], { cwd, env: { ...env } });
    expect(young.code).toBe(0);
    expect(young.stdout).toContain('younger than the threshold');
    expect(await endpoints()).toHaveLength(5);

    await sleep(1100);
    const dry = await runCli(['sweep', '--older-than', '1s', '--dry-run', '--local-only'], { cwd, env });
    expect(dry.stdout).toMatch(
      /endpoint +rt-qwen3-4b-e2e100-1 .* would delete +left by finished run 100-1 of rt-qwen3-4b/,
    );
    expect(await endpoints()).toHaveLength(5);

    const run = await runCli(['sweep', '--older-than', '1s', '--local-only'], { cwd, env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /endpoint +rt-llama32-1b-e2e200-1 .* kept +run 200-1 of rt-llama32-1b is still running/,
    );
    expect(run.stdout).toMatch(/model +rt-qwen3-4b-e2e100-1 .* deleted/);
    expect(await endpoints()).toEqual(['my-model-100-1', 'prod-chatbot', 'rt-llama32-1b-e2e200-1']);
    expect(await models()).toEqual(['my-model-100-1', 'prod-chatbot', 'rt-llama32-1b-e2e200-1']);
  });

  it('register creates the untested record, then updates it keeping test results', async () => {
    await createTables(moto());
    const env = { ...moto().env };
    const first = await runCli(
      [
        'register',
        '--config',
        'rt-qwen3-4b',
        '--table',
        TABLE,
        '--benchmark-enabled',
        '--workload',
        'sample',
      ],
      { env },
    );
    expect(first.stdout).toContain(
      'Registered rt-qwen3-4b (configId 9586bf351b64c95f) in DynamoDB table mlcc-ci-table',
    );
    const get = async () =>
      (
        await documentClient(moto()).send(
          new GetCommand({ TableName: TABLE, Key: { configId: '9586bf351b64c95f' } }),
        )
      ).Item;
    expect(await get()).toMatchObject({
      testStatus: 'untested',
      benchmarkEnabled: true,
      benchmarkWorkload: 'sample',
      e2eCatalogId: 'rt-qwen3-4b',
      schemaVersion: 2,
    });
    const { UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
    await documentClient(moto()).send(
      new UpdateCommand({
        TableName: TABLE,
        Key: { configId: '9586bf351b64c95f' },
        UpdateExpression: 'SET testStatus = :p',
        ExpressionAttributeValues: { ':p': 'pass' },
      }),
    );
    const second = await runCli(['register', '--config', 'rt-qwen3-4b', '--table', TABLE], { env });
    expect(second.stdout).toContain('Updated rt-qwen3-4b');
    expect(await get()).toMatchObject({ testStatus: 'pass', benchmarkEnabled: true });
  });
});
