import { beforeEach, expect, it } from '@jest/globals';
import { GetPartitionCommand, GlueClient } from '@aws-sdk/client-glue';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCHMARK_COLUMNS, GLUE_DATABASE, GLUE_TABLE } from '../../src/benchmark/columns.js';
import { partitionValues, publishBenchmarkParquet } from '../../src/benchmark/publish.js';
import { describeWithMoto } from '../helpers/moto.js';
import { createBenchmarkInfra } from '../helpers/benchmark-infra.js';

const BUCKET = 'mlcc-benchmark-results-123456789012-us-west-2';
const PARTITION = partitionValues('Qwen/Qwen3-4B', 'ml.g5.xlarge', 'realtime-inference');
const PREFIX = 'results/model=Qwen_Qwen3-4B/instance=ml.g5.xlarge/target=realtime-inference/';
const BODY = new Uint8Array([80, 65, 82, 49, 1, 2, 3, 80, 65, 82, 49]);

describeWithMoto('publishing benchmark Parquet to S3 and Glue (moto)', (moto) => {
  let s3: S3Client;
  let glue: GlueClient;

  beforeEach(async () => {
    await moto().reset();
    ({ s3, glue } = await createBenchmarkInfra(moto(), BUCKET));
  });

  const publish = (projectName: string, at: string) =>
    publishBenchmarkParquet(
      BODY,
      { partition: PARTITION, projectName, at: new Date(at) },
      { bucket: BUCKET, s3, glue, localDir: '/nonexistent' },
    );

  it('uploads to the exact key and registers the partition', async () => {
    const result = await publish('rt-qwen3-4b-ab12cd', '2026-06-09T14:30:22.517Z');
    const key = `${PREFIX}run-rt-qwen3-4b-ab12cd-20260609T143022Z.parquet`;
    expect(result).toMatchObject({
      destination: 's3',
      key,
      location: `s3://${BUCKET}/${key}`,
      partition: { model: 'Qwen_Qwen3-4B', instance: 'ml.g5.xlarge', target: 'realtime-inference' },
      partitionCreated: true,
    });
    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(new Uint8Array(await object.Body!.transformToByteArray())).toEqual(BODY);

    const { Partition } = await glue.send(
      new GetPartitionCommand({
        DatabaseName: GLUE_DATABASE,
        TableName: GLUE_TABLE,
        PartitionValues: ['Qwen_Qwen3-4B', 'ml.g5.xlarge', 'realtime-inference'],
      }),
    );
    expect(Partition?.StorageDescriptor?.Location).toBe(`s3://${BUCKET}/${PREFIX}`);
    expect(Partition?.StorageDescriptor?.Columns?.map((c) => [c.Name, c.Type])).toEqual(
      BENCHMARK_COLUMNS.map((c) => [c.name, c.glueType]),
    );
    expect(Partition?.StorageDescriptor?.SerdeInfo?.SerializationLibrary).toBe(
      'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
    );
  });

  it('a second run in the same partition succeeds and keeps both files', async () => {
    await publish('rt-qwen3-4b-ab12cd', '2026-06-09T14:30:22Z');
    const second = await publish('rt-qwen3-4b-ef34gh', '2026-06-10T06:00:00Z');
    expect(second.partitionCreated).toBe(false);
    expect(second.message).toContain('already registered');
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: PREFIX }));
    expect(listed.Contents?.map((o) => o.Key).sort()).toEqual([
      `${PREFIX}run-rt-qwen3-4b-ab12cd-20260609T143022Z.parquet`,
      `${PREFIX}run-rt-qwen3-4b-ef34gh-20260610T060000Z.parquet`,
    ]);
  });

  it('a missing Glue table is an error naming it', async () => {
    await expect(
      publishBenchmarkParquet(
        BODY,
        { partition: PARTITION, projectName: 'p', at: new Date() },
        { bucket: BUCKET, s3, glue, table: 'no_such_table', localDir: '/nonexistent' },
      ),
    ).rejects.toThrow(/no_such_table/);
  });
});

it('without a bucket the file goes to the local directory, and the result says so', async () => {
  const localDir = mkdtempSync(join(tmpdir(), 'mcc-local-'));
  const result = await publishBenchmarkParquet(
    BODY,
    { partition: PARTITION, projectName: 'rt-qwen3-4b-ab12cd', at: new Date('2026-06-09T14:30:22Z') },
    { localDir },
  );
  const path = join(localDir, 'benchmarks', `${PREFIX}run-rt-qwen3-4b-ab12cd-20260609T143022Z.parquet`);
  expect(result).toMatchObject({ destination: 'local', location: path });
  expect(result.message).toBe(`benchmark bucket not configured — Parquet saved locally in ${path}`);
  expect(existsSync(path)).toBe(true);
  expect(new Uint8Array(readFileSync(path))).toEqual(BODY);
});
