import { describe, expect, it, beforeEach } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithMoto } from '../helpers/moto.js';
import { createLeaseTable, documentClient, LEASE_TABLE } from '../helpers/tables.js';
import { LocalLeaseStore, type LeaseStore, type SlotKey } from '../../src/lifecycle/admission/leases.js';
import { DynamoDbLeaseStore } from '../../src/lifecycle/admission/dynamodb-leases.js';
import { admit } from '../../src/lifecycle/admission/admit.js';
import { ROOT } from '../helpers/runner.js';

const KEY: SlotKey = { region: 'us-west-2', instanceType: 'ml.g5.xlarge' };
const holder = (n: number) => ({ id: `run-1/leg-${n}`, label: `leg-${n}` });
const MINUTE = 60_000;

/** The behaviour both lease stores promise, against one store. */
function leaseContract(name: string, open: () => LeaseStore, setup?: () => Promise<void>) {
  describe(name, () => {
    if (setup) beforeEach(setup);
    it('never hands out more slots than the limit, even to racing legs; a released slot is free again', async () => {
      const store = open();
      const now = Date.now();
      const won = await Promise.all(
        Array.from({ length: 6 }, (_, i) => store.tryAcquire(KEY, 2, holder(i), MINUTE, now)),
      );
      const leases = won.filter((l) => l !== undefined);
      expect(leases).toHaveLength(2);
      expect(new Set(leases.map((l) => l.slot))).toEqual(new Set([0, 1]));
      expect((await store.held(KEY, 2, now)).map((l) => l.holder.label).sort()).toEqual(
        leases.map((l) => l.holder.label).sort(),
      );
      expect(await store.tryAcquire(KEY, 2, holder(9), MINUTE, now)).toBeUndefined();
      // another type and another region are other slots
      expect(
        await store.tryAcquire({ ...KEY, instanceType: 'ml.g5.12xlarge' }, 1, holder(9), MINUTE, now),
      ).toBeDefined();
      expect(
        await store.tryAcquire({ ...KEY, region: 'us-east-1' }, 1, holder(9), MINUTE, now),
      ).toBeDefined();
      await store.release(leases[0]!);
      expect((await store.tryAcquire(KEY, 2, holder(9), MINUTE, now))?.slot).toBe(leases[0]!.slot);
    });

    it('an expired lease is taken over; its old holder can neither renew nor release the new holder’s slot', async () => {
      const store = open();
      const now = Date.now();
      const old = await store.tryAcquire(KEY, 1, holder(1), 1000, now);
      expect(old).toBeDefined();
      expect(await store.tryAcquire(KEY, 1, holder(2), MINUTE, now + 500)).toBeUndefined();
      expect(await store.renew(old!, 1000, now + 500)).toBe(true);
      expect(await store.tryAcquire(KEY, 1, holder(2), MINUTE, now + 1200)).toBeUndefined();
      const taken = await store.tryAcquire(KEY, 1, holder(2), MINUTE, now + 1600);
      expect(taken?.holder.label).toBe('leg-2');
      expect(await store.renew(old!, 1000, now + 1700)).toBe(false);
      await store.release(old!);
      expect((await store.held(KEY, 1, now + 1800)).map((l) => l.holder.label)).toEqual(['leg-2']);
    });

    it('a waiting leg says what it waits for, is admitted when a slot frees, and is deferred when none frees in its budget', async () => {
      const store = open();
      const limit = {
        limit: 1,
        source: 'override' as const,
        detail: 'ml.g5.xlarge: 1 at once (quotas input)',
      };
      const first = await admit({
        store,
        key: KEY,
        limit,
        holder: holder(1),
        waitBudgetSeconds: 5,
        log: () => {},
      });
      expect(first.admitted).toBe(true);
      const lines: string[] = [];
      const deferred = await admit({
        store,
        key: KEY,
        limit,
        holder: holder(2),
        waitBudgetSeconds: 1,
        pollMs: 200,
        log: (l) => lines.push(l),
      });
      expect(deferred).toMatchObject({ admitted: false, cancelled: false });
      expect(deferred.admitted === false && deferred.reason).toMatch(
        /^no ml\.g5\.xlarge slot within the job budget: 1 of 1 in use by leg-1 for \d\.\d s \(ml\.g5\.xlarge: 1 at once \(quotas input\)\)$/,
      );
      expect(lines[0]).toBe('endpoint slots: ml.g5.xlarge: 1 at once (quotas input)');
      expect(lines[1]).toMatch(/^waiting for ml\.g5\.xlarge: 1 of 1 in use by leg-1, waited 0\.\d s$/);
      const waiting = admit({
        store,
        key: KEY,
        limit,
        holder: holder(3),
        waitBudgetSeconds: 30,
        pollMs: 200,
        log: () => {},
      });
      setTimeout(() => void (first.admitted && first.slot.release()), 300);
      const third = await waiting;
      expect(third.admitted && third.slot.lease?.holder.label).toBe('leg-3');
      if (third.admitted) await third.slot.release();
      expect(await store.held(KEY, 1, Date.now())).toEqual([]);
    });
  });
}

leaseContract('the local lease store', () => new LocalLeaseStore(mkdtempSync(join(tmpdir(), 'mcc-leases-'))));

describe('the local lease store across processes', () => {
  it('eight processes racing for 3 slots: exactly 3 win (files created with O_EXCL)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-leases-'));
    const code = `
      const { LocalLeaseStore } = await import(${JSON.stringify(join(ROOT, 'src/lifecycle/admission/leases.ts'))});
      const lease = await new LocalLeaseStore(process.argv[1]).tryAcquire(
        { region: 'us-west-2', instanceType: 'ml.g5.xlarge' }, 3, { id: String(process.pid), label: 'p' }, 60000, Date.now());
      process.stdout.write(lease ? 'won' : 'lost');`;
    // Node 24 (installed by scripts/tools.mjs) runs the TypeScript module as it is
    const node24 = join(ROOT, '.tools/node24/node_modules/node/bin/node');
    const results = await Promise.all(
      Array.from(
        { length: 8 },
        () =>
          new Promise<string>((resolve, reject) => {
            const child = spawn(node24, ['--input-type=module', '-e', code, dir], {
              stdio: ['ignore', 'pipe', 'inherit'],
            });
            let out = '';
            child.stdout.on('data', (d: Buffer) => (out += d.toString()));
            child.on('error', reject);
            child.on('close', () => resolve(out));
          }),
      ),
    );
    expect(results.filter((r) => r === 'won')).toHaveLength(3);
    expect(results.filter((r) => r === 'lost')).toHaveLength(5);
    expect(readdirSync(join(dir, 'leases')).sort()).toEqual([
      'us-west-2#ml.g5.xlarge#0.json',
      'us-west-2#ml.g5.xlarge#1.json',
      'us-west-2#ml.g5.xlarge#2.json',
    ]);
  });
});

describeWithMoto('the DynamoDB lease store against moto', (moto) => {
  leaseContract(
    'conditional writes on the lease table',
    () => new DynamoDbLeaseStore(documentClient(moto()), LEASE_TABLE),
    async () => {
      await moto().reset();
      await createLeaseTable(moto());
    },
  );
});
