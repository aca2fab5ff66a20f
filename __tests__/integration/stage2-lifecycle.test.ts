import { beforeEach, expect, it } from '@jest/globals';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { GetPartitionCommand, GlueClient } from '@aws-sdk/client-glue';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDbStore } from '../../src/results/dynamodb-store.js';
import { GLUE_DATABASE, GLUE_TABLE } from '../../src/benchmark/columns.js';
import { loadWorkloads } from '../../src/catalog/load.js';
import { parseRegressionThresholds } from '../../src/benchmark/compare.js';
import type { BenchmarkSettings } from '../../src/lifecycle/stage2.js';
import { describeWithMoto } from '../helpers/moto.js';
import { createBenchmarkInfra } from '../helpers/benchmark-infra.js';
import { createTables, documentClient, HISTORY_TABLE, TABLE } from '../helpers/tables.js';
import { exampleEntry, runExample } from '../helpers/example.js';
import { WITH_BENCHMARK } from '../helpers/catalog.js';

const BUCKET = 'mlcc-benchmark-results-123456789012-us-west-2';

describeWithMoto('Stage 2 inside the lifecycle, against moto', (moto) => {
  let s3: S3Client;
  let glue: GlueClient;
  let store: DynamoDbStore;
  const entry = exampleEntry({ benchmark: { workload: 'sample' } });

  beforeEach(async () => {
    await moto().reset();
    await createTables(moto());
    ({ s3, glue } = await createBenchmarkInfra(moto(), BUCKET));
    store = new DynamoDbStore({ client: documentClient(moto()), table: TABLE, historyTable: HISTORY_TABLE });
  });

  const settings = (): BenchmarkSettings => ({
    input: 'auto',
    workloads: loadWorkloads('catalog/e2e-catalog.json').workloads,
    workloadsFile: 'catalog/workloads.json',
    thresholds: parseRegressionThresholds(''),
    publish: { bucket: BUCKET, s3, glue, localDir: '/nonexistent' },
  });
  const record = async () =>
    (
      await documentClient(moto()).send(
        new GetCommand({ TableName: TABLE, Key: { configId: entry.configId } }),
      )
    ).Item;
  const PREFIX = 'results/model=Qwen_Qwen3-4B/instance=ml.g5.xlarge/target=realtime-inference/';

  it('runs after the last test stage and before clean, publishes Parquet and the partition, sets the record', async () => {
    const run = await runExample(entry, { store, runToken: 'bm1', benchmark: settings() });
    expect(run.result.stages.map((s) => s.name)).toEqual(WITH_BENCHMARK);
    expect(run.result.status).toBe('pass');
    expect(run.result.benchmark?.status).toBe('completed');
    const objects = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: PREFIX }));
    expect(objects.Contents?.map((o) => o.Key)).toEqual([
      expect.stringMatching(
        /^results\/model=Qwen_Qwen3-4B\/instance=ml\.g5\.xlarge\/target=realtime-inference\/run-rt-test-model-e2ebm1-\d{8}T\d{6}Z\.parquet$/,
      ),
    ]);
    const partition = await glue.send(
      new GetPartitionCommand({
        DatabaseName: GLUE_DATABASE,
        TableName: GLUE_TABLE,
        PartitionValues: ['Qwen_Qwen3-4B', 'ml.g5.xlarge', 'realtime-inference'],
      }),
    );
    expect(partition.Partition?.StorageDescriptor?.Location).toBe(`s3://${BUCKET}/${PREFIX}`);
    expect(await record()).toMatchObject({
      testStatus: 'pass',
      lastBenchmarkStatus: 'completed',
      lastBenchmarkRunId: expect.stringMatching(/^bmk-\d{8}T\d{6}Z$/),
      lastBenchmarkTimestamp: expect.stringMatching(/Z$/),
      benchmarkEnabled: true,
    });
    // a second run in the same partition succeeds too
    const again = await runExample(entry, { store, runToken: 'bm2', benchmark: settings() });
    expect(again.result.benchmark?.status).toBe('completed');
  });

  it.each([
    [
      'fails',
      { MCC_EXAMPLE_FAIL_AT: 'benchmark' },
      /^do\/benchmark failed: Exit 1 \(general error\): example: injected failure at benchmark/,
    ],
    [
      'writes malformed JSONL',
      { MCC_EXAMPLE_BENCH_MALFORMED: '1' },
      /benchmarks\/profile-concurrency-2\.jsonl:\d+: /,
    ],
  ])(
    'when do/benchmark %s: lastBenchmarkStatus failed with the reason, testStatus unchanged',
    async (_what, env, error) => {
      const run = await runExample(entry, { store, runToken: 'bmf', benchmark: settings(), env });
      expect(run.result.status).toBe('pass');
      expect(run.result.benchmark?.status).toBe('failed');
      expect(run.result.benchmark?.error).toMatch(error);
      expect(run.result.stages.find((s) => s.name === 'clean')?.status).toBe('pass');
      expect(await record()).toMatchObject({ testStatus: 'pass', lastBenchmarkStatus: 'failed' });
    },
  );

  it('when do/benchmark hangs past its timeout: killed, failed, clean still runs, testStatus pass', async () => {
    const hanging = { ...entry, timeout: 2 };
    const run = await runExample(hanging, {
      store,
      runToken: 'bmh',
      benchmark: settings(),
      env: { MCC_EXAMPLE_HANG_AT: 'benchmark' },
      killGraceSeconds: 1,
    });
    expect(run.result.status).toBe('pass');
    expect(run.result.benchmark?.error).toBe('do/benchmark failed: Timeout after 2s');
    expect(run.result.stages.find((s) => s.name === 'clean')?.status).toBe('pass');
    expect(await record()).toMatchObject({ testStatus: 'pass', lastBenchmarkStatus: 'failed' });
  });

  it('does not run when Stage 1 failed', async () => {
    const run = await runExample(entry, {
      store,
      runToken: 'bms',
      benchmark: settings(),
      env: { MCC_EXAMPLE_FAIL_AT: 'test-adapter' },
    });
    expect(run.result.stages.find((s) => s.name === 'benchmark')?.status).toBe('skip');
    expect(run.result.benchmark).toBeUndefined();
    expect((await record())?.lastBenchmarkStatus).toBeUndefined();
  });
});
