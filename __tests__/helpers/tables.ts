import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Moto } from './moto.js';

export const TABLE = 'mlcc-ci-table';
export const HISTORY_TABLE = 'mlcc-ci-history';

export function documentClient(moto: Moto, endpoint = moto.url): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: 'us-west-2',
      endpoint,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
      maxAttempts: 6,
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
}

/** The tables as infra/ci-stack.yaml creates them (keys only; what the store relies on). */
export async function createTables(moto: Moto): Promise<void> {
  const client = new DynamoDBClient({
    region: 'us-west-2',
    endpoint: moto.url,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
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
