import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Moto } from './moto-server.js';

export const TABLE = 'mlcc-ci-table';
export const HISTORY_TABLE = 'mlcc-ci-history';

export function documentClient(
  moto: Pick<Moto, 'clientConfig'>,
  endpoint = moto.clientConfig.endpoint,
): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient({ ...moto.clientConfig, endpoint, maxAttempts: 6 }), {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** The tables as infra/ci-stack.yaml creates them (keys only; what the store relies on). */
export async function createTables(moto: Pick<Moto, 'clientConfig'>): Promise<void> {
  const client = new DynamoDBClient(moto.clientConfig);
  await client.send(
    new CreateTableCommand({
      TableName: TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'configId', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'configId', KeyType: 'HASH' }],
    }),
  );
  await client.send(
    new CreateTableCommand({
      TableName: HISTORY_TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'configId', AttributeType: 'S' },
        { AttributeName: 'runTimestamp', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'configId', KeyType: 'HASH' },
        { AttributeName: 'runTimestamp', KeyType: 'RANGE' },
      ],
    }),
  );
  client.destroy();
}

export const LEASE_TABLE = 'mlcc-ci-leases';

/** The lease table as infra/ci-stack.yaml creates it. */
export async function createLeaseTable(moto: Pick<Moto, 'clientConfig'>): Promise<void> {
  const client = new DynamoDBClient(moto.clientConfig);
  await client.send(
    new CreateTableCommand({
      TableName: LEASE_TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'leaseId', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'leaseId', KeyType: 'HASH' }],
    }),
  );
  client.destroy();
}
