import { beforeEach, expect, it } from '@jest/globals';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDbStore } from '../../src/results/dynamodb-store.js';
import type { RunResult } from '../../src/lifecycle/engine.js';
import { describeWithMoto } from '../helpers/moto.js';
import { createTables, documentClient, HISTORY_TABLE, TABLE } from '../helpers/tables.js';
import { exampleEntry, runExample } from '../helpers/example.js';

const ISO_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const ISO_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describeWithMoto('the DynamoDB result store against moto', (moto) => {
  let store: DynamoDbStore;
  const entry = exampleEntry();
  const getItem = async () =>
    (
      await documentClient(moto()).send(
        new GetCommand({ TableName: TABLE, Key: { configId: entry.configId } }),
      )
    ).Item;

  beforeEach(async () => {
    await moto().reset();
    await createTables(moto());
    store = new DynamoDbStore({ client: documentClient(moto()), table: TABLE, historyTable: HISTORY_TABLE });
  });

  const run = (env: Record<string, string> = {}, runToken?: string) =>
    runExample(entry, { env, runToken, store });

  function stageResults(
    statuses: Record<string, 'pass' | 'fail' | 'skip'>,
    errors: Record<string, string> = {},
  ) {
    return Object.fromEntries(
      Object.entries(statuses).map(([name, status]) => [
        name,
        {
          status,
          duration: status === 'skip' ? 0 : expect.any(Number),
          durationSeconds: status === 'skip' ? 0 : expect.any(Number),
          error:
            errors[name] ?? (status === 'skip' ? expect.stringMatching(/^skipped: |^nothing to clean/) : ''),
          // where the stage's log is in the run's artifacts (a skipped stage has none)
          ...(status === 'skip'
            ? {}
            : { log: expect.stringMatching(new RegExp(`^logs/\\d\\d-${name}\\.log$`)) }),
        },
      ]),
    );
  }

  /** MCC's do/ci does int() on lastTestDuration and its dashboard parseInt()s durationSeconds */
  function expectWholeSeconds(item: Record<string, unknown> | undefined) {
    expect(Number.isInteger(item?.lastTestDuration)).toBe(true);
    const stages = Object.values(item?.stageResults as Record<string, Record<string, number>>);
    expect(stages.length).toBeGreaterThan(0);
    for (const stage of stages) expect(stage.durationSeconds).toBe(Math.round(stage.duration ?? NaN));
  }

  const identity = {
    configId: entry.configId,
    schemaVersion: 2,
    configJson: JSON.stringify({
      deploymentConfig: 'transformers-vllm',
      modelName: 'Qwen/Qwen3-4B',
      instanceType: 'ml.g5.xlarge',
      region: 'us-west-2',
      deploymentTarget: 'realtime-inference',
      args: '--deployment-config=transformers-vllm --model-name=Qwen/Qwen3-4B --instance-type=ml.g5.xlarge --region=us-west-2 --enable-lora',
    }),
    e2eCatalogId: 'rt-test-model',
    tier: 'ci',
    deploymentConfig: 'transformers-vllm',
    modelName: 'Qwen/Qwen3-4B',
    instanceType: 'ml.g5.xlarge',
    region: 'us-west-2',
  };

  const P = 'pass' as const;
  const F = 'fail' as const;
  const S = 'skip' as const;

  it('writes the exact item of a pass, keeping fields written by others', async () => {
    await documentClient(moto()).send(
      new PutCommand({
        TableName: TABLE,
        Item: {
          configId: entry.configId,
          benchmarkEnabled: true,
          createdAt: '2026-01-02T03:04:05Z',
          testStatus: 'untested',
          registeredBy: 'mcc do/register --ci',
        },
      }),
    );
    const { result } = await run({}, 'p1');
    expect(await getItem()).toEqual({
      ...identity,
      testStatus: 'pass',
      previousTestStatus: 'untested',
      regression: false,
      lastTestTimestamp: expect.stringMatching(ISO_SECONDS),
      lastTestDuration: Math.round(result.durationSeconds),
      projectName: result.projectName,
      stageResults: stageResults({
        generate: P,
        build: P,
        push: P,
        deploy: P,
        test: P,
        'tune-sft': P,
        'adapter-add': P,
        'test-adapter': P,
        clean: P,
      }),
      errorMessage: '',
      cleanFailed: false,
      runId: 'test-p1',
      runStartedAt: expect.stringMatching(ISO_MS),
      estimatedCostUsd: result.estimatedCostUsd,
      schedule: 'sequential',
      endpointSeconds: result.endpointSeconds,
      idleEndpointSeconds: result.idleEndpointSeconds,
      benchmarkEnabled: true,
      createdAt: '2026-01-02T03:04:05Z',
      registeredBy: 'mcc do/register --ci',
    });
    expectWholeSeconds(await getItem());
    const history = await documentClient(moto()).send(
      new QueryCommand({
        TableName: HISTORY_TABLE,
        KeyConditionExpression: 'configId = :c',
        ExpressionAttributeValues: { ':c': entry.configId },
      }),
    );
    expect(history.Items).toEqual([
      expect.objectContaining({
        configId: entry.configId,
        runId: 'test-p1',
        status: 'pass',
        e2eCatalogId: 'rt-test-model',
        tier: 'ci',
        expiresAt: expect.any(Number),
      }),
    ]);
  });

  it('writes the exact item of a fail-deploy, flagging a regression after a pass, and creates createdAt when absent', async () => {
    await run({}, 'a1');
    const { result } = await run({ MCC_EXAMPLE_FAIL_AT: 'deploy' }, 'a2');
    expect(await getItem()).toEqual({
      ...identity,
      testStatus: 'fail-deploy',
      previousTestStatus: 'pass',
      regression: true,
      failureClass: 'product',
      lastTestTimestamp: expect.stringMatching(ISO_SECONDS),
      lastTestDuration: Math.round(result.durationSeconds),
      projectName: result.projectName,
      stageResults: stageResults(
        {
          generate: P,
          build: P,
          push: P,
          deploy: F,
          test: S,
          'tune-sft': S,
          'adapter-add': S,
          'test-adapter': S,
          clean: P,
        },
        { deploy: 'Exit 1 (general error): example: injected failure at deploy' },
      ),
      errorMessage: 'Exit 1 (general error): example: injected failure at deploy',
      cleanFailed: false,
      runId: 'test-a2',
      runStartedAt: expect.stringMatching(ISO_MS),
      estimatedCostUsd: result.estimatedCostUsd,
      schedule: 'sequential',
      endpointSeconds: result.endpointSeconds,
      idleEndpointSeconds: result.idleEndpointSeconds,
      createdAt: expect.stringMatching(ISO_SECONDS),
    });
    expectWholeSeconds(await getItem());
  });

  it('writes a tune failure: adapter stages skipped, clean passed, no regression from untested', async () => {
    await run({ MCC_EXAMPLE_FAIL_AT: 'tune-sft' }, 't1');
    const item = await getItem();
    expect(item).toMatchObject({
      testStatus: 'fail-tune-sft',
      previousTestStatus: 'untested',
      regression: false,
      errorMessage: 'Exit 1 (general error): example: injected failure at tune-sft',
      cleanFailed: false,
      stageResults: stageResults(
        {
          generate: P,
          build: P,
          push: P,
          deploy: P,
          test: P,
          'tune-sft': F,
          'adapter-add': S,
          'test-adapter': S,
          clean: P,
        },
        { 'tune-sft': 'Exit 1 (general error): example: injected failure at tune-sft' },
      ),
    });
  });

  it('writes a clean failure: fail-clean alone, or cleanFailed after an earlier failure', async () => {
    await run({ MCC_EXAMPLE_FAIL_AT: 'clean' }, 'c1');
    expect(await getItem()).toMatchObject({
      testStatus: 'fail-clean',
      cleanFailed: false,
      errorMessage: 'Exit 1 (general error): example: injected failure at clean',
    });
    await run({ MCC_EXAMPLE_FAIL_AT: 'test,clean' }, 'c2');
    expect(await getItem()).toMatchObject({
      testStatus: 'fail-test',
      previousTestStatus: 'fail-clean',
      regression: false,
      cleanFailed: true,
      stageResults: expect.objectContaining({
        clean: {
          status: 'fail',
          duration: expect.any(Number),
          durationSeconds: expect.any(Number),
          error: 'Exit 1 (general error): example: injected failure at clean',
          log: expect.stringMatching(/^logs\/\d\d-clean\.log$/),
        },
      }),
    });
  });

  it('two interleaved runs: the one that started later stays, whichever ends last', async () => {
    const start = (runId: string, at: string) => store.startRun({ entry, runId, startedAt: new Date(at) });
    const finish = (runId: string, startedAt: string, status: RunResult['status']) =>
      store.finishRun({
        ...baseResult,
        runId,
        startedAt,
        endedAt: new Date().toISOString(),
        status,
      } as RunResult);
    const baseResult = (await run({}, 'base')).result;

    await start('older', '2026-11-27T06:00:00.000Z');
    await start('newer', '2026-11-27T06:00:01.000Z');
    expect(await finish('newer', '2026-11-27T06:00:01.000Z', 'fail-test')).toEqual({
      written: true,
      note: undefined,
    });
    const late = await finish('older', '2026-11-27T06:00:00.000Z', 'pass');
    expect(late.written).toBe(false);
    expect(late.note).toContain('a newer run of rt-test-model started after this one');
    expect(await getItem()).toMatchObject({ runId: 'newer', testStatus: 'fail-test' });

    // the other order: the older run ends first while the newer is running, then the newer ends
    await start('older2', '2026-11-27T07:00:00.000Z');
    await start('newer2', '2026-11-27T07:00:01.000Z');
    expect((await finish('older2', '2026-11-27T07:00:00.000Z', 'fail-deploy')).written).toBe(false);
    expect(await getItem()).toMatchObject({ runId: 'newer2', testStatus: 'running' });
    expect((await finish('newer2', '2026-11-27T07:00:01.000Z', 'pass')).written).toBe(true);
    expect(await getItem()).toMatchObject({ runId: 'newer2', testStatus: 'pass' });
  });

  it('regression is true exactly when pass turns into fail-*', async () => {
    const sequence: [string, boolean][] = [
      ['', false], // untested → pass
      ['deploy', true], // pass → fail-deploy
      ['test', false], // fail-deploy → fail-test
      ['', false], // fail-test → pass
      ['clean', true], // pass → fail-clean
    ];
    for (const [i, [failAt, regression]] of sequence.entries()) {
      const { result } = await run(failAt ? { MCC_EXAMPLE_FAIL_AT: failAt } : {}, `r${i}`);
      expect({ step: i, regression: result.regression }).toEqual({ step: i, regression });
      expect((await getItem())?.regression).toBe(regression);
    }
  });
});
