// AWS calls per run on the happy path (target: DynamoDB 2 updates + 1 history put), counted
// by an SDK middleware against a moto server. Built on the fly by scripts/bench.mjs; prints only.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { validateCatalogText } from '../src/catalog/validate.js';
import { runConfig } from '../src/lifecycle/orchestrate.js';
import { DynamoDbStore } from '../src/results/dynamodb-store.js';
import { LocalStore } from '../src/results/local-store.js';

const moto = [
  ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'moto_server')),
  join(homedir(), '.pyenv/versions/3.11.7/bin/moto_server'),
].find((c) => existsSync(c));
if (!moto) {
  console.log('AWS calls per run: skipped (moto_server not found; pip install "moto[server]")');
  process.exit(0);
}
const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = s.address() as { port: number };
    s.close(() => resolve(p));
  });
});
const server = spawn(moto, ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
const endpoint = `http://127.0.0.1:${port}`;
for (let i = 0; i < 200; i++) {
  try {
    if ((await fetch(`${endpoint}/moto-api/`)).ok) break;
  } catch {
    await sleep(50);
  }
}

const calls = new Map<string, number>();
const raw = new DynamoDBClient({
  region: 'us-west-2',
  endpoint,
  credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
});
await raw.send(
  new CreateTableCommand({
    TableName: 't',
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'configId', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'configId', KeyType: 'HASH' }],
  }),
);
await raw.send(
  new CreateTableCommand({
    TableName: 'h',
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
raw.middlewareStack.add(
  (next, context) => async (args) => {
    calls.set(`DynamoDB ${context.commandName}`, (calls.get(`DynamoDB ${context.commandName}`) ?? 0) + 1);
    return next(args);
  },
  { step: 'initialize', name: 'countCalls' },
);
const store = new DynamoDbStore({ client: DynamoDBDocumentClient.from(raw), table: 't', historyTable: 'h' });
const text = JSON.stringify({
  configs: [
    {
      id: 'bench',
      tier: 'ci',
      track: 'realtime',
      args: '--deployment-config=x --model-name=a/b --instance-type=ml.g5.xlarge --region=us-west-2 --enable-lora',
      lifecycle: ['build', 'push', 'deploy', 'test', 'tune-sft', 'adapter-add', 'test-adapter', 'clean'],
      timeout: 60,
      tuneConfig: { technique: 'sft', trainingType: 'lora', dataset: 's3://b/k' },
    },
  ],
});
const entry = validateCatalogText(text, { file: 'bench', workloadNames: new Set(), workloadsFile: '' })
  .catalog!.entries[0]!;
const workspace = mkdtempSync(join(tmpdir(), 'mcc-bench-aws-'));
const run = await runConfig(entry, {
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
server.kill();
console.log(`AWS calls of one run on the happy path (status ${run.result.status}, table + history table):`);
for (const [name, count] of [...calls.entries()].sort()) console.log(`  ${name.padEnd(30)} ${count}`);
console.log(
  `  ${'total'.padEnd(30)} ${[...calls.values()].reduce((a, b) => a + b, 0)}  (target: 2 UpdateItem + 1 PutItem)`,
);
