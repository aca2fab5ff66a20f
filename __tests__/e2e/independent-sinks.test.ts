import { beforeEach, expect, it } from '@jest/globals';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithMoto } from '../helpers/moto.js';
import { runAction, type RunActionOptions } from '../helpers/runner.js';
import { createTables, documentClient, HISTORY_TABLE, TABLE } from '../helpers/tables.js';

const GENERATOR = 'node examples/generator/bin/ml-container-creator.mjs';
const CONFIG_ID = '9586bf351b64c95f';

/**
 * The local store turns unwritable at the end of the run (a full disk after the image build, say):
 * once clean's group opens in the step log, its records and history directories are plain
 * files, so nothing can be written under them — whoever the test runs as (root ignores modes).
 */
function breakLocalStoreAtClean(store: string): NonNullable<RunActionOptions['onStart']> {
  return (child) => {
    let seen = '';
    const watch = (d: Buffer) => {
      seen = (seen + d.toString()).slice(-4096);
      if (!/^::group::clean: /m.test(seen)) return;
      child.stdout?.off('data', watch);
      for (const part of ['records', 'history']) {
        if (existsSync(join(store, part))) renameSync(join(store, part), join(store, `${part}.moved`));
        writeFileSync(join(store, part), 'not a directory\n');
      }
    };
    child.stdout?.on('data', watch);
  };
}

describeWithMoto('every sink is written independently (run bundle, moto)', (moto) => {
  beforeEach(async () => {
    await moto().reset();
    await createTables(moto());
  });

  it('an unwritable local store at the end: the table, history, result.json, summary and outputs still get the result; the local store is named; the step fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-sinks-'));
    const store = join(dir, 'store');
    const run = await runAction('dist/run/index.js', {
      inputs: {
        config: 'rt-qwen3-4b',
        generator: GENERATOR,
        workspace: join(dir, 'ws'),
        'save-local': store,
        table: TABLE,
        'history-table': HISTORY_TABLE,
        'hf-token-secret-id': '',
      },
      env: {
        ...moto().env,
        GITHUB_RUN_ID: '4701',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_REPOSITORY: 'mcc/e2e-action',
        // clean lasts long enough for the store to break while it runs
        MCC_EXAMPLE_STAGE_SECONDS: 'clean=2',
      },
      onStart: breakLocalStoreAtClean(store),
    });

    // the step fails loudly, naming the sink that failed
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`::error::.*the local store ${store} could not keep the result of rt-qwen3-4b`),
    );
    // the run itself passed, and every other sink says so
    expect(run.outputs).toMatchObject({ status: 'pass', regression: 'false' });
    const client = documentClient(moto());
    const item = (await client.send(new GetCommand({ TableName: TABLE, Key: { configId: CONFIG_ID } })))
      .Item as Record<string, unknown>;
    expect(item).toMatchObject({ testStatus: 'pass', runId: '4701-1', projectName: 'rt-qwen3-4b-e2e4701-1' });
    const history = await client.send(
      new QueryCommand({
        TableName: HISTORY_TABLE,
        KeyConditionExpression: 'configId = :c',
        ExpressionAttributeValues: { ':c': CONFIG_ID },
      }),
    );
    expect(history.Items?.map((h) => h.status)).toEqual(['pass']);
    expect(run.summary).toContain('### ✅ rt-qwen3-4b — pass');
    expect(run.summary).toContain('[!CAUTION]');
    expect(run.summary).toContain(`the local store ${store} could not keep the result of rt-qwen3-4b`);
    expect(existsSync(run.outputs['result-file'] as string)).toBe(true);
    expect(JSON.parse(readFileSync(run.outputs['result-file'] as string, 'utf8'))).toMatchObject({
      status: 'pass',
      runId: '4701-1',
    });
    // the record the local store had before it broke still says running: it was not rewritten
    const localRecord = JSON.parse(readFileSync(join(store, 'records.moved', `${CONFIG_ID}.json`), 'utf8'));
    expect(localRecord.testStatus).toBe('running');
  }, 120_000);
});
