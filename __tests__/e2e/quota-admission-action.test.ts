import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { DescribeEndpointCommand, ListEndpointsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeWithMoto } from '../helpers/moto.js';
import { runAction, stateEnv, type ActionRun } from '../helpers/runner.js';
import { createLeaseTable, LEASE_TABLE } from '../helpers/tables.js';
import { startServiceQuotasStandIn } from '../helpers/service-quotas.js';

/** legs run real processes (bundles, do/ scripts, moto): minutes on a loaded machine */
const E2E_TIMEOUT = 600_000;

const GENERATOR = 'node examples/generator/bin/ml-container-creator.mjs';
const CI_IDS = [
  'rt-qwen3-06b',
  'rt-qwen3-17b',
  'rt-qwen3-4b',
  'rt-llama32-1b',
  'rt-llama32-3b',
  'rt-dsr1-qwen-15b',
];

describeWithMoto(
  'matrix legs (run action bundles) sharing endpoint slots through the lease table in moto',
  (moto) => {
    let sagemaker: SageMakerClient;
    beforeEach(async () => {
      await moto().reset();
      await createLeaseTable(moto());
      sagemaker = new SageMakerClient(moto().clientConfig);
    });

    function leg(
      config: string,
      inputs: Record<string, string> = {},
      env: Record<string, string> = {},
      dir = mkdtempSync(join(tmpdir(), 'mcc-leg-')),
    ) {
      return {
        inputs: {
          config,
          tier: 'ci',
          generator: GENERATOR,
          workspace: join(dir, 'ws'),
          'save-local': join(dir, 'store'),
          'lease-table': LEASE_TABLE,
          'hf-token-secret-id': '',
          ...inputs,
        },
        env: {
          ...moto().env,
          GITHUB_RUN_ID: '4242',
          GITHUB_RUN_ATTEMPT: '1',
          GITHUB_REPOSITORY: 'mcc/e2e-action',
          ...env,
        },
      };
    }

    /** Samples how many endpoints exist in moto until stopped; returns the most seen at once. */
    function sampleEndpoints(): { stop: () => Promise<number> } {
      let most = 0;
      let running = true;
      const loop = (async () => {
        while (running) {
          const { Endpoints = [] } = await sagemaker.send(new ListEndpointsCommand({ MaxResults: 100 }));
          most = Math.max(most, Endpoints.length);
          await sleep(100);
        }
      })();
      return {
        stop: async () => {
          running = false;
          await loop;
          return most;
        },
      };
    }

    it(
      'six legs in parallel with quotas ml.g5.xlarge=2: never more than 2 endpoints at once, all pass, no ResourceLimitExceeded',
      async () => {
        const sampler = sampleEndpoints();
        const runs = await Promise.all(
          CI_IDS.map((id) =>
            runAction(
              'dist/run/index.js',
              leg(id, { quotas: 'ml.g5.xlarge=2' }, { MCC_EXAMPLE_QUOTA: 'ml.g5.xlarge=2' }),
            ),
          ),
        );
        const most = await sampler.stop();
        expect(runs.map((r) => [r.outputs.status, r.code])).toEqual(CI_IDS.map(() => ['pass', 0]));
        expect(most).toBeGreaterThanOrEqual(1);
        expect(most).toBeLessThanOrEqual(2);
        expect(runs.some((r) => /waiting for ml\.g5\.xlarge: 2 of 2 in use by rt-/.test(r.stdout))).toBe(
          true,
        );
        for (const r of runs) expect(r.stdout).not.toContain('ResourceLimitExceeded');
        expect((await sagemaker.send(new ListEndpointsCommand({}))).Endpoints).toEqual([]);
      },
      E2E_TIMEOUT,
    );

    it(
      'a leg SIGKILLed while it holds the only slot blocks the next leg only until its lease expires; the post step cleans up',
      async () => {
        const inputs = { quotas: 'ml.g5.xlarge=1', 'lease-ttl-seconds': '10' };
        const killedProject = 'rt-qwen3-06b-e2e4242-1';
        let killedRun: Promise<ActionRun> | undefined;
        const killed = new Promise<ActionRun>((resolve) => {
          killedRun = runAction('dist/run/index.js', {
            ...leg('rt-qwen3-06b', inputs, { MCC_EXAMPLE_DELAY_MS: '1500' }),
            onStart: (child) => {
              void (async () => {
                for (let i = 0; i < 600; i++) {
                  const up = await sagemaker
                    .send(new DescribeEndpointCommand({ EndpointName: killedProject }))
                    .then((e) => e.EndpointStatus === 'InService')
                    .catch(() => false);
                  if (up) break;
                  await sleep(50);
                }
                child.kill('SIGKILL');
              })();
            },
          });
          void killedRun.then(resolve);
        });
        const first = await killed;
        expect(first.signal).toBe('SIGKILL');
        expect(first.state.lease).toContain('"instanceType":"ml.g5.xlarge"');
        // the next leg waits without a deadline: it gets the slot only because the killed leg's lease expires
        const next = await runAction('dist/run/index.js', leg('rt-qwen3-17b', inputs));
        expect(next.outputs.status).toBe('pass');
        expect(next.stdout).toContain('waiting for ml.g5.xlarge: 1 of 1 in use by rt-qwen3-06b');
        expect(next.stdout).toMatch(/admitted to ml\.g5\.xlarge after waiting/);
        // the killed leg's post step: clean, verify, and its slot (already taken over) is left alone
        const post = await runAction('dist/cleanup/index.js', {
          dir: first.dir,
          env: { ...moto().env, ...stateEnv(first.state) },
        });
        expect(post.code).toBe(0);
        expect(post.summary).toContain('- ✅ rt-qwen3-06b holds no ml.g5.xlarge endpoint slot any more');
        expect((await sagemaker.send(new ListEndpointsCommand({}))).Endpoints).toEqual([]);
      },
      E2E_TIMEOUT,
    );

    it(
      'a quota of 0 endpoints: the leg is deferred, not failed; its record keeps the previous status',
      async () => {
        const dir = mkdtempSync(join(tmpdir(), 'mcc-leg-'));
        const pass = await runAction('dist/run/index.js', leg('rt-qwen3-4b', {}, {}, dir));
        expect(pass.outputs.status).toBe('pass');
        const deferred = await runAction(
          'dist/run/index.js',
          leg('rt-qwen3-4b', { quotas: 'ml.g5.xlarge=0' }, {}, dir),
        );
        expect(deferred.code).toBe(0);
        expect(deferred.outputs.status).toBe('deferred');
        expect(deferred.outputs.regression).toBe('false');
        expect(deferred.summary).toContain('### ⏸️ rt-qwen3-4b — deferred');
        expect(deferred.summary).toContain('no ml.g5.xlarge slot: ml.g5.xlarge: 0 at once (quotas input)');
        expect(deferred.stdout).not.toContain('::group::deploy');
        const record = JSON.parse(
          readFileSync(join(dir, 'store', 'records', '9586bf351b64c95f.json'), 'utf8'),
        ) as Record<string, unknown>;
        expect(record).toMatchObject({ testStatus: 'pass', regression: false });
        expect(record.deferredReason).toBe('no ml.g5.xlarge slot: ml.g5.xlarge: 0 at once (quotas input)');
      },
      E2E_TIMEOUT,
    );

    describe('the quota from Service Quotas (a stand-in for ListServiceQuotas: moto serves no SageMaker quota codes)', () => {
      let standIn: Awaited<ReturnType<typeof startServiceQuotasStandIn>>;
      beforeAll(async () => {
        standIn = await startServiceQuotasStandIn({ 'ml.g5.xlarge for endpoint usage': 1 });
      });
      afterAll(async () => standIn.close());

      it(
        'is used when no quotas input is given: two legs of the type take turns',
        async () => {
          const sampler = sampleEndpoints();
          const runs = await Promise.all(
            ['rt-qwen3-06b', 'rt-qwen3-17b'].map((id) =>
              runAction('dist/run/index.js', leg(id, {}, standIn.env)),
            ),
          );
          expect(await sampler.stop()).toBe(1);
          expect(runs.map((r) => r.outputs.status)).toEqual(['pass', 'pass']);
          expect(runs.some((r) => r.stdout.includes('waiting for ml.g5.xlarge: 1 of 1 in use by rt-'))).toBe(
            true,
          );
          for (const r of runs)
            expect(r.stdout).toContain(
              'endpoint slots: ml.g5.xlarge: 1 at once (account quota 1 in us-west-2)',
            );
        },
        E2E_TIMEOUT,
      );
    });
  },
);
