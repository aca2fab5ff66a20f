import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LocalStore } from '../../src/results/local-store.js';
import { exampleEntry, runExample, statuses } from '../helpers/example.js';

/** Abort as soon as the stage's log exists, i.e. while the stage runs. */
function abortDuring(store: LocalStore, runToken: string, log: string): AbortController {
  const controller = new AbortController();
  const entry = exampleEntry();
  const file = join(
    store.runDir({ tier: entry.tier, runId: `test-${runToken}`, catalogId: entry.id }),
    'logs',
    log,
  );
  void (async () => {
    for (let i = 0; i < 400 && !existsSync(file); i++) await sleep(25);
    await sleep(300);
    controller.abort();
  })();
  return controller;
}

describe('a cancelled run (real processes, the example generator)', () => {
  it('cancel during deploy after a passing run: cancelled, not a regression, previous status kept, clean ran', async () => {
    const store = new LocalStore(mkdtempSync(join(tmpdir(), 'mcc-cancel-')));
    const entry = exampleEntry();
    const first = await runExample(entry, { store });
    expect(first.result.status).toBe('pass');

    const controller = abortDuring(store, 'tcancel1', '03-deploy.log');
    const run = await runExample(entry, {
      store,
      runToken: 'tcancel1',
      signal: controller.signal,
      env: { MCC_EXAMPLE_HANG_AT: 'deploy' },
    });
    expect(run.result.status).toBe('cancelled');
    expect(run.result.failureClass).toBe('cancelled');
    expect(run.result.regression).toBe(false);
    expect(run.result.cancelled).toBe(true);
    expect(statuses(run)).toMatchObject({ deploy: 'fail', test: 'skip', clean: 'pass' });
    expect(run.result.errorMessage).toBe('Cancelled: the run was stopped while this stage ran');

    const record = await store.getRecord(entry.configId);
    expect(record).toMatchObject({
      testStatus: 'cancelled',
      failureClass: 'cancelled',
      regression: false,
      previousTestStatus: 'pass',
    });
    expect(record?.lastTestTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    // the next failure is judged against the last completed run (pass), not the cancellation
    const next = await runExample(entry, { store, env: { MCC_EXAMPLE_FAIL_AT: 'test' } });
    expect(next.result).toMatchObject({
      status: 'fail-test',
      failureClass: 'product',
      previousStatus: 'pass',
      regression: true,
    });
    // and a pass clears the failure class
    await runExample(entry, { store });
    expect((await store.getRecord(entry.configId))?.failureClass).toBeUndefined();
  });

  it('an infrastructure failure after a pass is no regression', async () => {
    const store = new LocalStore(mkdtempSync(join(tmpdir(), 'mcc-infra-')));
    const entry = exampleEntry();
    await runExample(entry, { store });
    const run = await runExample(entry, {
      store,
      env: {
        MCC_EXAMPLE_FAIL_AT: 'deploy',
        MCC_EXAMPLE_FAIL_MESSAGE:
          'An error occurred (InsufficientInstanceCapacity) when calling the CreateEndpoint operation',
      },
    });
    expect(run.result).toMatchObject({
      status: 'fail-deploy',
      failureClass: 'infrastructure',
      regression: false,
    });
    expect(await store.getRecord(entry.configId)).toMatchObject({
      testStatus: 'fail-deploy',
      failureClass: 'infrastructure',
      regression: false,
    });
    const history = await store.listHistory(entry.configId);
    expect(history.at(-1)).toMatchObject({ status: 'fail-deploy', failureClass: 'infrastructure' });
  });

  it('the job budget stops a hanging stage, skips the rest, still cleans, and ends cancelled', async () => {
    const run = await runExample(exampleEntry(), {
      env: { MCC_EXAMPLE_HANG_AT: 'deploy' },
      // generate, build and push take a few seconds: the budget runs out while deploy hangs
      budget: { stopAt: new Date(Date.now() + 15_000), description: 'the job budget of 20 min' },
    });
    expect(run.result.status).toBe('cancelled');
    expect(run.result.failureClass).toBe('cancelled');
    expect(statuses(run)).toMatchObject({ deploy: 'fail', test: 'skip', 'tune-sft': 'skip', clean: 'pass' });
    expect(run.result.errorMessage).toBe(
      'Stopped: the job budget of 20 min leaves only the time clean and the post step need',
    );
    expect(run.result.stages.find((s) => s.name === 'test')?.error).toBe(
      'skipped: the job budget of 20 min leaves only the time clean needs',
    );
  });

  it('a budget already spent starts no stage at all (there is nothing to clean)', async () => {
    const run = await runExample(exampleEntry(), {
      budget: { stopAt: new Date(Date.now() - 1000), description: 'the job budget of 1 min' },
    });
    expect(run.result.status).toBe('cancelled');
    expect(Object.values(statuses(run))).not.toContain('fail');
    expect(statuses(run).clean).toBe('skip');
  });
});
