import { beforeEach, expect, it } from '@jest/globals';
import {
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListModelsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeWithMoto } from '../helpers/moto.js';
import { runAction, runCli, signalWhenOutput, stateEnv } from '../helpers/runner.js';
import { createTables, documentClient, HISTORY_TABLE, TABLE } from '../helpers/tables.js';

const GENERATOR = 'node examples/generator/bin/ml-container-creator.mjs';
const CONFIG_ID = '9586bf351b64c95f';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** Live processes whose environment carries this run's marker. */
function marked(runId: string): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map(Number)
    .filter((pid) => {
      try {
        return (
          alive(pid) &&
          readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`MCC_E2E_RUN_ID=${runId}`)
        );
      } catch {
        return false;
      }
    });
}

describeWithMoto(
  'the post step finishes what a killed or cancelled main could not (bundles, moto)',
  (moto) => {
    let sagemaker: SageMakerClient;
    beforeEach(async () => {
      await moto().reset();
      await createTables(moto());
      sagemaker = new SageMakerClient(moto().clientConfig);
    });

    async function resourcesNamed(prefix: string) {
      const [endpoints, configs, models] = await Promise.all([
        sagemaker.send(new ListEndpointsCommand({ NameContains: prefix })),
        sagemaker.send(new ListEndpointConfigsCommand({ NameContains: prefix })),
        sagemaker.send(new ListModelsCommand({ NameContains: prefix })),
      ]);
      return [
        ...(endpoints.Endpoints ?? []).map((e) => e.EndpointName),
        ...(configs.EndpointConfigs ?? []).map((e) => e.EndpointConfigName),
        ...(models.Models ?? []).map((m) => m.ModelName),
      ];
    }

    function leg(runId: string, env: Record<string, string> = {}) {
      const dir = mkdtempSync(join(tmpdir(), 'mcc-post-'));
      return {
        store: join(dir, 'store'),
        inputs: {
          config: 'rt-qwen3-4b',
          // stage output in the step log: the tests stop main when a stage's own line shows
          verbose: 'true',
          generator: GENERATOR,
          workspace: join(dir, 'ws'),
          'save-local': join(dir, 'store'),
          table: TABLE,
          'history-table': HISTORY_TABLE,
          'hf-token-secret-id': '',
        },
        env: {
          ...moto().env,
          GITHUB_RUN_ID: runId,
          GITHUB_RUN_ATTEMPT: '1',
          GITHUB_REPOSITORY: 'mcc/e2e-action',
          ...env,
        },
      };
    }

    const record = async () =>
      (await documentClient(moto()).send(new GetCommand({ TableName: TABLE, Key: { configId: CONFIG_ID } })))
        .Item as Record<string, unknown>;

    it('SIGKILL of main during a hanging deploy: every process of the run dies (setsid escapee, stdout holder), nothing is left in SageMaker even what the orphan would create later, the record is final', async () => {
      const runId = '4401-1';
      const pidFile = join(mkdtempSync(join(tmpdir(), 'mcc-pids-')), 'orphans.json');
      const l = leg('4401', {
        MCC_EXAMPLE_HANG_AT: 'deploy',
        MCC_EXAMPLE_ORPHANS_AT: 'deploy',
        MCC_EXAMPLE_ORPHAN_DELAY_MS: '20000',
        MCC_EXAMPLE_PID_FILE: pidFile,
      });
      const main = await runAction('dist/run/index.js', {
        ...l,
        // deploy started its orphans, then hangs
        onStart: signalWhenOutput(/example: hanging at /, 'SIGKILL'),
      });
      expect(main.signal).toBe('SIGKILL');
      expect(main.state['run-id']).toBe(runId);
      expect(Number(main.state['stage-pgid'])).toBeGreaterThan(0);
      const pids = JSON.parse(readFileSync(pidFile, 'utf8')) as { escapee: number; holder: number };
      const stagePgid = Number(main.state['stage-pgid']);
      // what SIGKILL of main leaves: the stage, its stdout holder and the setsid escapee
      expect([alive(stagePgid), alive(pids.holder), alive(pids.escapee)]).toEqual([true, true, true]);
      expect((await record()).testStatus).toBe('running');

      const post = await runAction('dist/cleanup/index.js', {
        dir: main.dir,
        inputs: l.inputs,
        env: { ...l.env, ...stateEnv(main.state) },
      });
      expect(post.code).toBe(0);
      expect([alive(stagePgid), alive(pids.holder), alive(pids.escapee)]).toEqual([false, false, false]);
      expect(marked(runId)).toEqual([]);
      expect(post.summary).toContain(`🛑 stopped the stage main left running (process group ${stagePgid})`);
      expect(post.summary).toMatch(
        /🛑 stopped \d+ process\(es\) carrying this run&#39;s MCC_E2E_RUN_ID|🛑 stopped \d+ process\(es\) carrying this run's MCC_E2E_RUN_ID/,
      );

      // the escapee would have deployed 20 s after it started: it is gone, so nothing comes later
      await sleep(21_000);
      expect(await resourcesNamed('rt-qwen3-4b-e2e4401-1')).toEqual([]);
      const item = await record();
      expect(item).toMatchObject({
        testStatus: 'cancelled',
        failureClass: 'cancelled',
        regression: false,
        runId,
      });
      expect((item.stageResults as Record<string, { status: string }>).deploy?.status).toBe('fail');
      expect(post.summary).toContain('### 🚫 rt-qwen3-4b — cancelled');
      expect(post.summary).toContain('📝 final result written: cancelled');
      const resultFile = join(l.store, 'runs', 'ci', runId, 'rt-qwen3-4b', 'result.json');
      expect(JSON.parse(readFileSync(resultFile, 'utf8'))).toMatchObject({ status: 'cancelled', runId });
    }, 120_000);

    it('SIGTERM during deploy after a passing run: main leaves at once, the post step cleans; cancelled, no regression, the gate unaffected, no process left', async () => {
      const first = leg('4501');
      const pass = await runAction('dist/run/index.js', first);
      expect(pass.outputs.status).toBe('pass');

      const runId = '4502-1';
      const l = { ...leg('4502', { MCC_EXAMPLE_HANG_AT: 'deploy' }), store: first.store };
      l.inputs['save-local'] = first.store;
      const main = await runAction('dist/run/index.js', {
        ...l,
        onStart: signalWhenOutput(/example: hanging at /),
      });
      expect(main.code).toBe(1);
      expect(main.outputs).toMatchObject({
        status: 'cancelled',
        regression: 'false',
        'failure-class': 'cancelled',
      });
      const post = await runAction('dist/cleanup/index.js', {
        dir: main.dir,
        inputs: l.inputs,
        env: { ...l.env, ...stateEnv(main.state) },
      });
      expect(post.code).toBe(0);
      expect(marked(runId)).toEqual([]);
      expect(post.summary).toMatch(/✅ ran `do\/clean all --force`: (it passed|nothing to clean)/);
      expect(await record()).toMatchObject({
        testStatus: 'cancelled',
        previousTestStatus: 'pass',
        regression: false,
        failureClass: 'cancelled',
      });
      expect(await resourcesNamed('rt-qwen3-4b-e2e4502-1')).toEqual([]);
      // the gate judges the config by its last completed run (pass)
      const gate = await runCli(['report', '--table', TABLE, '--tier', 'ci', '--gate', 'ci>=1/6'], {
        env: moto().env,
      });
      expect(gate.code).toBe(0);
      expect(gate.stdout).toContain(
        'Gate ci>=1/6 passed: 1 of 6 ci configs pass (17%). 0 infrastructure failures, 0 regressions, 1 cancelled (judged by their last completed run).',
      );
    }, 180_000);

    it('a cancel while main runs clean: main leaves without waiting for clean, the post step cleans again and finalises the record', async () => {
      const runId = '4801-1';
      const l = leg('4801', { MCC_EXAMPLE_HANG_AT: 'clean' });
      // clean hangs for ever: main returns only because it does not wait for it
      const main = await runAction('dist/run/index.js', {
        ...l,
        onStart: signalWhenOutput(/example: hanging at /),
      });
      expect(main.code).toBe(1);
      expect(main.outputs.status).toBe('cancelled');
      expect(main.state['clean-done']).not.toBe('true');
      expect(await resourcesNamed('rt-qwen3-4b-e2e4801-1')).toHaveLength(3);

      const post = await runAction('dist/cleanup/index.js', {
        dir: main.dir,
        inputs: l.inputs,
        // the post step's clean does not hang
        env: { ...l.env, ...stateEnv(main.state), MCC_EXAMPLE_HANG_AT: '' },
      });
      expect(post.code).toBe(0);
      expect(await resourcesNamed('rt-qwen3-4b-e2e4801-1')).toEqual([]);
      expect(marked(runId)).toEqual([]);
      const item = await record();
      expect(item).toMatchObject({ testStatus: 'cancelled', runId, regression: false });
      expect((item.stageResults as Record<string, { status: string }>).clean?.status).toBe('pass');
      expect(post.summary).toContain('📝 final result written: cancelled');
    }, 180_000);

    it('a hanging do/clean: the post step still ends within its 200 s budget, with the API deletion done first', async () => {
      const l = leg('4601', { MCC_EXAMPLE_HANG_AT: 'test' });
      const main = await runAction('dist/run/index.js', {
        ...l,
        // test hangs with the endpoint up
        onStart: signalWhenOutput(/example: hanging at /, 'SIGKILL'),
      });
      expect(main.signal).toBe('SIGKILL');
      expect(await resourcesNamed('rt-qwen3-4b-e2e4601-1')).toHaveLength(3);
      const started = Date.now();
      const post = await runAction('dist/cleanup/index.js', {
        dir: main.dir,
        inputs: l.inputs,
        env: { ...l.env, ...stateEnv(main.state), MCC_EXAMPLE_HANG_AT: 'clean' },
      });
      const seconds = (Date.now() - started) / 1000;
      expect(seconds).toBeLessThanOrEqual(200);
      expect(post.summary).toContain(
        '🧹 deleted leftovers through the SageMaker API: endpoint rt-qwen3-4b-e2e4601-1, endpoint config rt-qwen3-4b-e2e4601-1, model rt-qwen3-4b-e2e4601-1',
      );
      expect(post.summary).toMatch(
        /❌ ran `do\/clean all --force`: it failed \(timed out after \d+s \(the post step(?:'|&#39;)s 200s budget\)\)/,
      );
      expect(await resourcesNamed('rt-qwen3-4b-e2e4601-1')).toEqual([]);
      // the API deleted it all and SageMaker says so: not a "resources may remain" false alarm
      expect(await record()).toMatchObject({ testStatus: 'cancelled', cleanFailed: false });
      expect(post.summary).not.toContain('may remain');
      expect(marked('4601-1')).toEqual([]);
    }, 260_000);
  },
);
