/**
 * Where a run's Parquet goes: S3 under the table's Hive-style partition, then the partition is
 * registered in Glue so Athena sees it; with no bucket, a local directory instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BatchCreatePartitionCommand, type GlueClient } from '@aws-sdk/client-glue';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { BENCHMARK_COLUMNS, GLUE_DATABASE, GLUE_TABLE, toGlueColumns } from './columns.js';

import { isoSeconds } from '../results/record.js';

/** The prefix of every object, and the table's LOCATION (infra/ci-stack.yaml). */
export const RESULTS_PREFIX = 'results';

/** `20260609T143022Z`: the stamp of object names and benchmark run ids. */
export const compactStamp = (at: Date): string => isoSeconds(at).replace(/[-:]/g, '');

export interface PartitionValues {
  model: string;
  instance: string;
  target: string;
}

/** The partition values in the order of BENCHMARK_PARTITION_KEYS; `/` is not allowed in a value. */
export function partitionValues(
  modelName: string,
  instanceType: string,
  deploymentTarget: string,
): PartitionValues {
  return { model: modelName.replace(/\//g, '_'), instance: instanceType, target: deploymentTarget };
}

export const partitionPrefix = (p: PartitionValues): string =>
  `${RESULTS_PREFIX}/model=${p.model}/instance=${p.instance}/target=${p.target}/`;

export function benchmarkObjectKey(partition: PartitionValues, projectName: string, at: Date): string {
  return `${partitionPrefix(partition)}run-${projectName}-${compactStamp(at)}.parquet`;
}

export interface PublishTarget {
  /** the benchmark bucket; absent = keep the file in `localDir` */
  bucket?: string;
  s3?: S3Client;
  glue?: GlueClient;
  database?: string;
  table?: string;
  /** the local store's directory: the file goes to `<localDir>/benchmarks/<key>` */
  localDir: string;
}

export interface PublishResult {
  destination: 's3' | 'local';
  key: string;
  /** `s3://bucket/key` or the local path */
  location: string;
  partition: PartitionValues;
  /** Glue: true when this publish created the partition, false when it already existed */
  partitionCreated?: boolean;
  message: string;
}

const PARQUET_STORAGE = {
  InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
  OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
  SerdeInfo: {
    SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
    Parameters: { 'serialization.format': '1' },
  },
};

/** Registers the partition; it already existing is success (runs share partitions). */
async function registerPartition(
  glue: GlueClient,
  bucket: string,
  partition: PartitionValues,
  database: string,
  table: string,
): Promise<boolean> {
  const response = await glue.send(
    new BatchCreatePartitionCommand({
      DatabaseName: database,
      TableName: table,
      PartitionInputList: [
        {
          Values: [partition.model, partition.instance, partition.target],
          StorageDescriptor: {
            ...PARQUET_STORAGE,
            Columns: toGlueColumns(BENCHMARK_COLUMNS),
            Location: `s3://${bucket}/${partitionPrefix(partition)}`,
          },
        },
      ],
    }),
  );
  const errors = response.Errors ?? [];
  const failures = errors.filter((e) => e.ErrorDetail?.ErrorCode !== 'AlreadyExistsException');
  if (failures.length > 0) {
    const detail = failures
      .map((e) => `${e.ErrorDetail?.ErrorCode}: ${e.ErrorDetail?.ErrorMessage}`)
      .join('; ');
    throw new Error(`Glue BatchCreatePartition on ${database}.${table} failed: ${detail}`);
  }
  return errors.length === 0;
}

/** Uploads (or saves) one run's Parquet file and makes its partition known to Athena. */
export async function publishBenchmarkParquet(
  body: Uint8Array,
  where: { partition: PartitionValues; projectName: string; at: Date },
  target: PublishTarget,
): Promise<PublishResult> {
  const key = benchmarkObjectKey(where.partition, where.projectName, where.at);
  if (!target.bucket) {
    const path = join(target.localDir, 'benchmarks', key);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
    return {
      destination: 'local',
      key,
      location: path,
      partition: where.partition,
      message: `benchmark bucket not configured — Parquet saved locally in ${path}`,
    };
  }
  if (!target.s3 || !target.glue) throw new Error('publishing to a bucket needs an S3 and a Glue client');
  await target.s3.send(
    new PutObjectCommand({
      Bucket: target.bucket,
      Key: key,
      Body: body,
      ContentType: 'application/vnd.apache.parquet',
    }),
  );
  const database = target.database ?? GLUE_DATABASE;
  const table = target.table ?? GLUE_TABLE;
  const partitionCreated = await registerPartition(
    target.glue,
    target.bucket,
    where.partition,
    database,
    table,
  );
  const location = `s3://${target.bucket}/${key}`;
  return {
    destination: 's3',
    key,
    location,
    partition: where.partition,
    partitionCreated,
    message: `Parquet uploaded to ${location}; partition ${partitionCreated ? 'registered' : 'already registered'} in ${database}.${table}`,
  };
}
