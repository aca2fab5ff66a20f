// AWS calls per run on the happy path (target: DynamoDB 2 updates + 1 history put), counted
// by an SDK middleware against a moto server. Built on the fly by scripts/bench.mjs; prints only.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { runConfig } from '../src/lifecycle/orchestrate.js';
import { DynamoDbStore } from '../src/results/dynamodb-store.js';
import { LocalStore } from '../src/results/local-store.js';
import { findMotoServer, startMoto } from '../__tests__/helpers/moto-server.js';
import { createTables, HISTORY_TABLE, TABLE } from '../__tests__/helpers/tables.js';
import { benchEntry } from './bench-fixtures.js';

const binary = findMotoServer();
if (!binary) {
  console.log('AWS calls per run: skipped (moto_server not found; pip install "moto[server]")');
  process.exit(0);
}
const moto = await startMoto(binary);
await createTables(moto);

const calls = new Map<string, number>();
const raw = new DynamoDBClient(moto.clientConfig);
raw.middlewareStack.add(
  (next, context) => async (args) => {
    const name = `DynamoDB ${context.commandName}`;
    calls.set(name, (calls.get(name) ?? 0) + 1);
    return next(args);
  },
  { step: 'initialize', name: 'countCalls' },
);
const store = new DynamoDbStore({
  client: DynamoDBDocumentClient.from(raw),
  table: TABLE,
  historyTable: HISTORY_TABLE,
});
const workspace = mkdtempSync(join(tmpdir(), 'mcc-bench-aws-'));
const run = await runConfig(benchEntry(), {
  runId: 'bench-1',
  runToken: 'bench1',
  workspace,
  generator: [process.execPath, join(process.cwd(), 'examples/generator/bin/ml-container-creator.mjs')],
  store,
  artifacts: new LocalStore(join(workspace, 'store')),
  pricing: { instances: {} },
  baseEnv: { ...process.env, AWS_ENDPOINT_URL: '' },
  cleanAfterCancel: true,
});
await moto.stop();
console.log(`AWS calls of one run on the happy path (status ${run.result.status}, table + history table):`);
for (const [name, count] of [...calls.entries()].sort()) console.log(`  ${name.padEnd(30)} ${count}`);
console.log(
  `  ${'total'.padEnd(30)} ${[...calls.values()].reduce((a, b) => a + b, 0)}  (target: 2 UpdateItem + 1 PutItem)`,
);
