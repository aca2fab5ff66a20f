import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateDatabaseCommand, CreateTableCommand, GlueClient } from '@aws-sdk/client-glue';
import {
  BENCHMARK_COLUMNS,
  BENCHMARK_PARTITION_KEYS,
  GLUE_DATABASE,
  GLUE_TABLE,
  toGlueColumns,
} from '../../src/benchmark/columns.js';
import type { Moto } from './moto-server.js';

/** The benchmark bucket and the Glue table as infra/ci-stack.yaml defines them, from the same column list. */
export async function createBenchmarkInfra(
  moto: Pick<Moto, 'clientConfig'>,
  bucket: string,
): Promise<{ s3: S3Client; glue: GlueClient }> {
  const s3 = new S3Client({ ...moto.clientConfig, forcePathStyle: true });
  const glue = new GlueClient(moto.clientConfig);
  await s3.send(
    new CreateBucketCommand({
      Bucket: bucket,
      CreateBucketConfiguration: { LocationConstraint: 'us-west-2' },
    }),
  );
  await glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: GLUE_DATABASE } }));
  await glue.send(
    new CreateTableCommand({
      DatabaseName: GLUE_DATABASE,
      TableInput: {
        Name: GLUE_TABLE,
        TableType: 'EXTERNAL_TABLE',
        PartitionKeys: toGlueColumns(BENCHMARK_PARTITION_KEYS),
        StorageDescriptor: { Columns: toGlueColumns(BENCHMARK_COLUMNS), Location: `s3://${bucket}/results/` },
      },
    }),
  );
  return { s3, glue };
}
