import { beforeAll, describe, expect, it } from '@jest/globals';
import { AthenaClient, CreateWorkGroupCommand, GetWorkGroupCommand } from '@aws-sdk/client-athena';
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  waitUntilStackCreateComplete,
} from '@aws-sdk/client-cloudformation';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateDatabaseCommand, CreateTableCommand, GetTableCommand, GlueClient } from '@aws-sdk/client-glue';
import {
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { GetBucketEncryptionCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import {
  BENCHMARK_COLUMNS,
  BENCHMARK_PARTITION_KEYS,
  GLUE_DATABASE,
  GLUE_TABLE,
  toGlueColumns,
} from '../../src/benchmark/columns.js';
import { describeWithMoto } from '../helpers/moto.js';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const TEMPLATE_BODY = readFileSync(resolve(ROOT, 'infra/ci-stack.yaml'), 'utf8');
const ACCOUNT = '123456789012'; // moto's default account
const REGION = 'us-west-2';
const STACK = 'mcc-e2e-ci';

/** IAM returns policies URL-encoded; moto keeps a CloudFormation inline policy as a Python repr (no booleans here). */
function policyDocument(encoded = '{}'): { Statement: Record<string, unknown>[] } {
  const text = decodeURIComponent(encoded);
  try {
    return JSON.parse(text) as { Statement: Record<string, unknown>[] };
  } catch {
    return JSON.parse(text.replaceAll("'", '"')) as { Statement: Record<string, unknown>[] };
  }
}

/** IAM's StringLike: `*` any run of characters, `?` one character. */
const stringLike = (pattern: string, value: string): boolean =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  ).test(value);

/** Create the stack and wait for it; its outputs, or an error naming the resources that failed. */
async function createStack(
  cfn: CloudFormationClient,
  name: string,
  parameters: Record<string, string>,
): Promise<Record<string, string>> {
  // A retried CreateStack (moto answering slowly) finds its own first attempt: wait for that one.
  const alreadyThere = (error: Error) => {
    if (error.name !== 'AlreadyExistsException') throw error;
  };
  await cfn
    .send(
      new CreateStackCommand({
        StackName: name,
        TemplateBody: TEMPLATE_BODY,
        Capabilities: ['CAPABILITY_NAMED_IAM'],
        Parameters: Object.entries(parameters).map(([ParameterKey, ParameterValue]) => ({
          ParameterKey,
          ParameterValue,
        })),
      }),
    )
    .catch(alreadyThere);
  try {
    await waitUntilStackCreateComplete(
      { client: cfn, maxWaitTime: 60, minDelay: 1, maxDelay: 2 },
      { StackName: name },
    );
  } catch (error) {
    const events = await cfn.send(new DescribeStackEventsCommand({ StackName: name }));
    const failed = (events.StackEvents ?? [])
      .filter((e) => e.ResourceStatus?.endsWith('FAILED'))
      .map((e) => `${e.LogicalResourceId} ${e.ResourceType}: ${e.ResourceStatusReason}`);
    throw new Error(`stack ${name} did not reach CREATE_COMPLETE: ${failed.join('; ') || String(error)}`);
  }
  const stack = await cfn.send(new DescribeStacksCommand({ StackName: name }));
  return Object.fromEntries((stack.Stacks?.[0]?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
}

describeWithMoto('infra/ci-stack.yaml created on moto', (moto) => {
  const clients = () => {
    const config = { ...moto().clientConfig, region: REGION };
    return {
      cfn: new CloudFormationClient(config),
      dynamodb: new DynamoDBClient(config),
      s3: new S3Client({ ...config, forcePathStyle: true }),
      iam: new IAMClient(config),
      glue: new GlueClient(config),
      athena: new AthenaClient(config),
    };
  };
  let aws: ReturnType<typeof clients>;
  let outputs: Record<string, string>;

  beforeAll(async () => {
    await moto().reset();
    aws = clients();
    const parameters = {
      GitHubOrg: 'acme',
      GitHubRepo: 'models',
      EnableHistory: 'true',
      EnableBenchmarkInfra: 'true',
      SageMakerExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/sm-exec`,
    };
    outputs = await createStack(aws.cfn, STACK, parameters);
  });

  it('creates the CI table: key configId, both GSIs with their keys', async () => {
    const { Table } = await aws.dynamodb.send(new DescribeTableCommand({ TableName: 'mlcc-ci-table' }));
    expect(Table?.KeySchema).toEqual([{ AttributeName: 'configId', KeyType: 'HASH' }]);
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    const gsis = Object.fromEntries(
      (Table?.GlobalSecondaryIndexes ?? []).map((g) => [g.IndexName, g.KeySchema]),
    );
    expect(gsis).toEqual({
      'testStatus-lastTestTimestamp-index': [
        { AttributeName: 'testStatus', KeyType: 'HASH' },
        { AttributeName: 'lastTestTimestamp', KeyType: 'RANGE' },
      ],
      'tier-lastTestTimestamp-index': [
        { AttributeName: 'tier', KeyType: 'HASH' },
        { AttributeName: 'lastTestTimestamp', KeyType: 'RANGE' },
      ],
    });
    expect(outputs.TableName).toBe('mlcc-ci-table');
  });

  it('creates the history table: configId + runTimestamp', async () => {
    const { Table } = await aws.dynamodb.send(new DescribeTableCommand({ TableName: 'mlcc-ci-history' }));
    expect(Table?.KeySchema).toEqual([
      { AttributeName: 'configId', KeyType: 'HASH' },
      { AttributeName: 'runTimestamp', KeyType: 'RANGE' },
    ]);
    expect(outputs.HistoryTableName).toBe('mlcc-ci-history');
  });

  it('creates the lease table: key leaseId, its name in the outputs', async () => {
    const { Table } = await aws.dynamodb.send(new DescribeTableCommand({ TableName: 'mlcc-ci-leases' }));
    expect(Table?.KeySchema).toEqual([{ AttributeName: 'leaseId', KeyType: 'HASH' }]);
    expect(outputs.LeaseTableName).toBe('mlcc-ci-leases');
  });

  // moto's CloudFormation applies BucketEncryption but not PublicAccessBlockConfiguration,
  // versioning or lifecycle (nor DynamoDB TTL/PITR): the template test checks those.
  it.each([
    ['ResultsBucket', `mlcc-e2e-results-${ACCOUNT}-${REGION}`],
    ['BenchmarkBucket', `mlcc-benchmark-results-${ACCOUNT}-${REGION}`],
  ])('creates the %s %s, encrypted', async (output, bucket) => {
    await expect(aws.s3.send(new HeadBucketCommand({ Bucket: bucket }))).resolves.toBeDefined();
    const sse = await aws.s3.send(new GetBucketEncryptionCommand({ Bucket: bucket }));
    expect(
      sse.ServerSideEncryptionConfiguration?.Rules?.map(
        (r) => r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm,
      ),
    ).toEqual(['AES256']);
    expect(outputs[output]).toBe(bucket);
  });

  it('creates the GitHub role named with the region, trusted through the OIDC web identity only', async () => {
    const { Role } = await aws.iam.send(new GetRoleCommand({ RoleName: `mlcc-e2e-github-${REGION}` }));
    expect(Role?.Arn).toBe(`arn:aws:iam::${ACCOUNT}:role/mlcc-e2e-github-${REGION}`);
    const trust = policyDocument(Role?.AssumeRolePolicyDocument) as {
      Statement: { Action: string; Condition: Record<string, Record<string, unknown>> }[];
    };
    expect(trust.Statement.map((s) => s.Action)).toEqual(['sts:AssumeRoleWithWebIdentity']);
    expect(trust.Statement[0]?.Condition.StringLike?.['token.actions.githubusercontent.com:sub']).toEqual([
      'repo:acme/models:ref:refs/heads/main',
      'repo:acme/models:environment:e2e',
    ]);
    expect(outputs.RoleArn).toBe(Role?.Arn);
    const policies = await aws.iam.send(
      new ListRolePoliciesCommand({ RoleName: `mlcc-e2e-github-${REGION}` }),
    );
    expect(policies.PolicyNames?.sort()).toEqual([
      'mcc-e2e-benchmark',
      'mcc-e2e-results',
      'mcc-e2e-sagemaker',
    ]);
    const sagemaker = await aws.iam.send(
      new GetRolePolicyCommand({ RoleName: `mlcc-e2e-github-${REGION}`, PolicyName: 'mcc-e2e-sagemaker' }),
    );
    const statements = policyDocument(sagemaker.PolicyDocument).Statement;
    expect(statements.find((s) => s.Action === 'iam:PassRole')).toEqual({
      Sid: 'PassExecutionRoleToSageMaker',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: `arn:aws:iam::${ACCOUNT}:role/sm-exec`,
      Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
    });
    const readOnly = await aws.iam.send(
      new GetRoleCommand({ RoleName: `mlcc-e2e-github-readonly-${REGION}` }),
    );
    expect(outputs.ReadOnlyRoleArn).toBe(readOnly.Role?.Arn);
  });

  // moto's CloudFormation silently skips AWS::Glue::* and AWS::Athena::WorkGroup (07-testing.md):
  // create them through their own APIs from the same column module the template test compares with.
  it('the Glue table from src/benchmark/columns.ts reads back with the template’s columns and partition keys', async () => {
    const bucket = `mlcc-benchmark-results-${ACCOUNT}-${REGION}`;
    await aws.glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: GLUE_DATABASE } }));
    await aws.glue.send(
      new CreateTableCommand({
        DatabaseName: GLUE_DATABASE,
        TableInput: {
          Name: GLUE_TABLE,
          TableType: 'EXTERNAL_TABLE',
          Parameters: { classification: 'parquet', EXTERNAL: 'TRUE' },
          PartitionKeys: toGlueColumns(BENCHMARK_PARTITION_KEYS),
          StorageDescriptor: {
            Columns: toGlueColumns(BENCHMARK_COLUMNS),
            Location: `s3://${bucket}/results/`,
            InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
            OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
            SerdeInfo: {
              SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
            },
          },
        },
      }),
    );
    const { Table } = await aws.glue.send(
      new GetTableCommand({ DatabaseName: GLUE_DATABASE, Name: GLUE_TABLE }),
    );
    const read = (cols: { Name?: string; Type?: string }[] = []) =>
      cols.map((c) => ({ Name: c.Name, Type: c.Type }));
    expect(read(Table?.StorageDescriptor?.Columns)).toEqual(toGlueColumns(BENCHMARK_COLUMNS));
    expect(read(Table?.PartitionKeys)).toEqual([
      { Name: 'model', Type: 'string' },
      { Name: 'instance', Type: 'string' },
      { Name: 'target', Type: 'string' },
    ]);
    expect(Table?.StorageDescriptor?.Location).toBe(`s3://${bucket}/results/`);

    const template = parse(TEMPLATE_BODY) as {
      Resources: {
        BenchmarkTable: { Properties: { TableInput: { StorageDescriptor: { Columns: unknown } } } };
      };
    };
    expect(read(Table?.StorageDescriptor?.Columns)).toEqual(
      template.Resources.BenchmarkTable.Properties.TableInput.StorageDescriptor.Columns,
    );
  });

  it('the Athena workgroup mlcc-e2e reads back with its result location in the benchmark bucket', async () => {
    const output = `s3://mlcc-benchmark-results-${ACCOUNT}-${REGION}/athena-results/`;
    await aws.athena.send(
      new CreateWorkGroupCommand({
        Name: 'mlcc-e2e',
        Configuration: {
          EnforceWorkGroupConfiguration: true,
          ResultConfiguration: {
            OutputLocation: output,
            EncryptionConfiguration: { EncryptionOption: 'SSE_S3' },
          },
        },
      }),
    );
    const { WorkGroup } = await aws.athena.send(new GetWorkGroupCommand({ WorkGroup: 'mlcc-e2e' }));
    expect(WorkGroup?.Name).toBe('mlcc-e2e');
    expect(WorkGroup?.Configuration?.ResultConfiguration?.OutputLocation).toBe(output);
  });
  describe('with immutable OIDC subjects (owner and repository ids): a second stack, in us-east-1', () => {
    const IDS_REGION = 'us-east-1';
    let iam: IAMClient;
    const subjects = async (roleName: string): Promise<string[]> => {
      const { Role } = await iam.send(new GetRoleCommand({ RoleName: roleName }));
      const trust = policyDocument(Role?.AssumeRolePolicyDocument) as {
        Statement: { Condition: Record<string, Record<string, unknown>> }[];
      };
      return trust.Statement.flatMap((st) =>
        [st.Condition.StringLike?.['token.actions.githubusercontent.com:sub']].flat(),
      ).map(String);
    };

    beforeAll(async () => {
      const config = { ...moto().clientConfig, region: IDS_REGION };
      iam = new IAMClient(config);
      await createStack(new CloudFormationClient(config), 'mcc-e2e-ci-ids', {
        GitHubOrg: 'my-org',
        GitHubRepo: 'my-models',
        GitHubOwnerId: '123',
        GitHubRepoId: '456',
        // (moto cannot create a role whose conditional inline policy resolves to AWS::NoValue)
        EnableHistory: 'true',
        EnableBenchmarkInfra: 'true',
      });
    }, 180_000);

    it('the read-write role trusts main and environment e2e in the immutable form, and no pull request', async () => {
      const rw = await subjects(`mlcc-e2e-github-${IDS_REGION}`);
      expect(rw).toEqual([
        'repo:my-org@123/my-models@456:ref:refs/heads/main',
        'repo:my-org@123/my-models@456:environment:e2e',
      ]);
      const matches = (sub: string) => rw.some((p) => stringLike(p, sub));
      expect(matches('repo:my-org@123/my-models@456:ref:refs/heads/main')).toBe(true);
      expect(matches('repo:my-org@123/my-models@456:pull_request')).toBe(false);
      expect(matches('repo:my-org/my-models:ref:refs/heads/main')).toBe(false);
      expect(rw.filter((p) => p.includes('pull_request'))).toEqual([]);
    });

    it('the read-only role adds this repository’s pull requests, in the same form', async () => {
      const ro = await subjects(`mlcc-e2e-github-readonly-${IDS_REGION}`);
      expect(ro).toEqual([
        'repo:my-org@123/my-models@456:ref:refs/heads/main',
        'repo:my-org@123/my-models@456:environment:e2e',
        'repo:my-org@123/my-models@456:pull_request',
      ]);
    });
  });
});
