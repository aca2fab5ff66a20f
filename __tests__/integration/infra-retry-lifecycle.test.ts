import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleEntry, runExample, statuses } from '../helpers/example.js';
import { LocalStore } from '../../src/results/local-store.js';
import { openAdmission } from '../../src/lifecycle/admission/open.js';

const RETRY = { retries: 2, delaySeconds: 0 };

describe('infrastructure failures are retried after a clean (example generator, local)', () => {
  it('one InsufficientInstanceCapacity: clean, deploy again, pass — both attempts recorded with their logs', async () => {
    const run = await runExample(exampleEntry(), { env: { MCC_EXAMPLE_CAPACITY_FAILS: '1' }, retry: RETRY });
    expect(run.result.status).toBe('pass');
    const deploy = run.result.stages.find((s) => s.name === 'deploy');
    expect(deploy).toMatchObject({ status: 'pass', attempt: 2 });
    expect(deploy?.earlierAttempts).toEqual([
      expect.objectContaining({
        status: 'fail',
        attempt: 1,
        failureClass: 'infrastructure',
        log: 'logs/03-deploy.log',
        cleanup: expect.objectContaining({
          name: 'clean',
          status: 'pass',
          log: 'logs/08-clean.after-deploy.1.log',
        }),
      }),
    ]);
    expect(deploy?.earlierAttempts?.[0]?.error).toContain('InsufficientInstanceCapacity');
    expect(deploy?.log).toBe('logs/03-deploy.2.log');
    for (const log of ['logs/03-deploy.log', 'logs/03-deploy.2.log', 'logs/08-clean.after-deploy.1.log'])
      expect(existsSync(join(run.artifactDir, log))).toBe(true);
  });

  it('capacity failures past infra-retries: fail-deploy, class infrastructure, 3 attempts, no regression after a pass', async () => {
    const store = new LocalStore(mkdtempSync(join(tmpdir(), 'mcc-store-')));
    const entry = exampleEntry();
    expect((await runExample(entry, { store, retry: RETRY })).result.status).toBe('pass');
    const run = await runExample(entry, { store, env: { MCC_EXAMPLE_CAPACITY_FAILS: '5' }, retry: RETRY });
    expect(run.result).toMatchObject({
      status: 'fail-deploy',
      failureClass: 'infrastructure',
      regression: false,
    });
    const deploy = run.result.stages.find((s) => s.name === 'deploy');
    expect(deploy?.attempt).toBe(3);
    expect(deploy?.earlierAttempts?.map((a) => [a.attempt, a.cleanup?.status])).toEqual([
      [1, 'pass'],
      [2, 'pass'],
    ]);
    expect(statuses(run).clean).toBe('pass');
    expect(await store.getRecord(entry.configId)).toMatchObject({
      testStatus: 'fail-deploy',
      failureClass: 'infrastructure',
      regression: false,
      stageResults: expect.objectContaining({ deploy: expect.objectContaining({ attempt: 3 }) }),
    });
  });

  it('a product failure is not retried', async () => {
    const run = await runExample(exampleEntry(), { env: { MCC_EXAMPLE_FAIL_AT: 'deploy' }, retry: RETRY });
    expect(run.result).toMatchObject({ status: 'fail-deploy', failureClass: 'product' });
    expect(run.result.stages.find((s) => s.name === 'deploy')).toMatchObject({ attempt: 1 });
    expect(run.result.stages.find((s) => s.name === 'deploy')?.earlierAttempts).toBeUndefined();
  });
});

describe('quota admission in the lifecycle (local leases)', () => {
  it('no slot (quota 0): deferred — deploy and later stages skipped, clean still runs, the record keeps its previous status', async () => {
    const store = new LocalStore(mkdtempSync(join(tmpdir(), 'mcc-store-')));
    const entry = exampleEntry();
    expect((await runExample(entry, { store })).result.status).toBe('pass');
    const admission = await openAdmission({
      localDir: store.dir,
      quotas: { text: 'ml.g5.xlarge=0', where: 'input quotas' },
      catalogIds: [entry.id],
      region: 'us-west-2',
    });
    const run = await runExample(entry, { store, admission });
    expect(run.result).toMatchObject({ status: 'deferred', regression: false, cancelled: false });
    expect(run.result.errorMessage).toBe('no ml.g5.xlarge slot: ml.g5.xlarge: 0 at once (quotas input)');
    expect(statuses(run)).toMatchObject({
      generate: 'pass',
      push: 'pass',
      deploy: 'skip',
      test: 'skip',
      clean: 'pass',
    });
    expect(run.result.stages.find((s) => s.name === 'deploy')?.error).toBe(
      'deferred: no ml.g5.xlarge slot: ml.g5.xlarge: 0 at once (quotas input)',
    );
    const record = await store.getRecord(entry.configId);
    expect(record).toMatchObject({
      testStatus: 'pass',
      deferredReason: 'no ml.g5.xlarge slot: ml.g5.xlarge: 0 at once (quotas input)',
    });
    expect((await store.listHistory(entry.configId)).map((h) => h.status)).toEqual(['pass', 'deferred']);
  });

  it('a slot is held from deploy to clean and given back after clean', async () => {
    const store = new LocalStore(mkdtempSync(join(tmpdir(), 'mcc-store-')));
    const entry = exampleEntry();
    const admission = await openAdmission({
      localDir: store.dir,
      quotas: { text: 'ml.g5.xlarge=1', where: '--quota' },
      catalogIds: [entry.id],
      region: 'us-west-2',
    });
    const run = await runExample(entry, { store, admission, env: { MCC_EXAMPLE_WHOAMI_AT: '' } });
    expect(run.result.status).toBe('pass');
    expect(run.result.waitedSeconds).toBe(0);
    expect(
      await admission.store.held({ region: 'us-west-2', instanceType: 'ml.g5.xlarge' }, 1, Date.now()),
    ).toEqual([]);
  });
});
