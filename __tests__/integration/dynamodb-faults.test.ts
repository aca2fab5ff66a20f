import { beforeEach, expect, it } from '@jest/globals';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDbStore } from '../../src/results/dynamodb-store.js';
import { describeWithMoto } from '../helpers/moto.js';
import { createTables, documentClient, HISTORY_TABLE, TABLE } from '../helpers/tables.js';
import { exampleEntry, runExample } from '../helpers/example.js';
import {
  INTERNAL_ERROR,
  startFaultProxy,
  startOutageAfterPreflight,
  THROTTLED,
} from '../helpers/fault-proxy.js';
import { runAction } from '../helpers/runner.js';

describeWithMoto('DynamoDB throttling, 5xx and an unreachable table', (moto) => {
  beforeEach(async () => {
    await moto().reset();
    await createTables(moto());
  });

  it('retries throttling and 5xx injected at the HTTP level, and still records the result', async () => {
    const proxy = await startFaultProxy(moto().url, [THROTTLED, THROTTLED, INTERNAL_ERROR, THROTTLED]);
    try {
      const store = new DynamoDbStore({
        client: documentClient(moto(), proxy.url),
        table: TABLE,
        historyTable: HISTORY_TABLE,
      });
      const entry = exampleEntry();
      const { result } = await runExample(entry, { store, runToken: 'thr1' });
      expect(result.status).toBe('pass');
      expect(proxy.injected()).toBe(4);
      const { Item } = await documentClient(moto()).send(
        new GetCommand({ TableName: TABLE, Key: { configId: entry.configId } }),
      );
      expect(Item).toMatchObject({ testStatus: 'pass', runId: 'test-thr1', previousTestStatus: 'untested' });
    } finally {
      await proxy.close();
    }
  });

  it('with the table unreachable after the preflight: the result is in the local store and the artifacts, and the step fails naming the table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-unreachable-'));
    const outage = await startOutageAfterPreflight(moto().url);
    const run = await runAction('dist/run/index.js', {
      inputs: {
        config: 'rt-qwen3-4b',
        generator: 'node examples/generator/bin/ml-container-creator.mjs',
        workspace: join(dir, 'ws'),
        'save-local': join(dir, 'store'),
        table: 'mlcc-ci-table',
        'hf-token-secret-id': '',
        'aws-region': 'us-west-2',
      },
      // only DynamoDB goes through the outage; the stages run in local mode
      env: {
        AWS_ENDPOINT_URL_DYNAMODB: outage.url,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        GITHUB_RUN_ID: '4242',
      },
    }).finally(() => outage.close());
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('pass');
    expect(run.stdout).toMatch(
      /::error::.*the result of rt-qwen3-4b could not be written to DynamoDB table mlcc-ci-table \(.+\); it is kept in .*store and in the run's artifacts/,
    );
    const record = JSON.parse(
      readFileSync(join(dir, 'store', 'records', '9586bf351b64c95f.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(record).toMatchObject({ testStatus: 'pass', runId: '4242-1' });
    const resultFile = run.outputs['result-file'] as string;
    expect(existsSync(resultFile)).toBe(true);
    expect(JSON.parse(readFileSync(resultFile, 'utf8'))).toMatchObject({
      status: 'pass',
      catalogId: 'rt-qwen3-4b',
    });
    expect(readdirSync(join(dir, 'store', 'runs', 'ci', '4242-1', 'rt-qwen3-4b'))).toEqual(
      expect.arrayContaining(['result.json', 'summary.md', 'logs']),
    );
    expect(run.summary).toContain('> [!CAUTION]');
    expect(run.summary).toContain('could not be written to DynamoDB table mlcc-ci-table');
  });
});
