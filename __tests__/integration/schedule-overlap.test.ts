import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { doCalls, exampleEntry, runExample, statuses } from '../helpers/example.js';
import { LocalStore } from '../../src/results/local-store.js';
import type { TuneJobs } from '../../src/lifecycle/engine.js';
import { FULL_LIFECYCLE } from '../helpers/catalog.js';
import { formatDuration } from '../../src/report/duration.js';

const TUNE = [
  './do/tune',
  '--technique',
  'sft',
  '--dataset',
  's3://bucket/train.jsonl',
  '--training-type',
  'lora',
];
const ADAPTER = 'tuned-sft';

/** The do/ calls of an overlap-tune leg: the tune submitted before deploy, awaited after test. */
const OVERLAP_CALLS = [
  ['./do/build'],
  ['./do/push'],
  [...TUNE, '--no-wait'],
  ['./do/deploy'],
  ['./do/test'],
  TUNE,
  ['./do/adapter', 'add', ADAPTER, '--from-tune', 'sft'],
  ['./do/test', '--adapter', ADAPTER],
  ['./do/clean', 'all', '--force'],
];

/** A stand-in that remembers which tune jobs it was asked to stop. */
function recordingTuneJobs(): TuneJobs & { stopped: string[] } {
  const stopped: string[] = [];
  return {
    stopped,
    async stop({ projectDir, technique }) {
      const config = readFileSync(join(projectDir, 'do', 'config'), 'utf8');
      const name = new RegExp(`TUNE_JOB_NAME_${technique.toUpperCase()}="([^"]+)"`).exec(config)?.[1] ?? '';
      stopped.push(name);
      return `tune job ${name} stopped`;
    },
  };
}

describe('the overlap-tune schedule with the example project (real processes)', () => {
  it('submits the tune before deploy, waits for it after test, and keeps one tune row', async () => {
    const run = await runExample(exampleEntry(), {
      schedule: 'overlap-tune',
      env: { MCC_EXAMPLE_TUNE_SECONDS: '2' },
    });
    expect(doCalls(run)).toEqual(OVERLAP_CALLS);
    expect(run.result.status).toBe('pass');
    expect(run.result.schedule).toBe('overlap-tune');
    expect(run.result.stages.map((s) => s.name)).toEqual(FULL_LIFECYCLE);
    const tune = run.result.stages.find((s) => s.name === 'tune-sft');
    expect(tune?.phases?.submit?.status).toBe('pass');
    expect(tune?.phases?.wait?.status).toBe('pass');
    expect(tune?.startedAt).toBe(tune?.phases?.submit?.startedAt);
    expect(tune?.endedAt).toBe(tune?.phases?.wait?.endedAt);
    // both phases write to the tune's one log
    const log = readFileSync(join(run.artifactDir, tune?.log ?? ''), 'utf8');
    expect(log).toContain('--no-wait specified. Job running in background.');
    expect(log).toContain('Found existing SFT job');
    // the resume used the job the submit recorded in do/config
    expect(readFileSync(join(run.result.projectDir, 'do', 'config'), 'utf8')).toMatch(
      /^export TUNE_JOB_NAME_SFT="rt-test-model-\w+-tune-sft-\d+"$/m,
    );
    expect(run.result.deployHold).toEqual({
      seconds: 0,
      reason: 'no passing run in the history: deploy at once',
    });
  });

  it('the sequential schedule calls do/tune once, waiting, in lifecycle order', async () => {
    const run = await runExample(exampleEntry(), { env: { MCC_EXAMPLE_TUNE_SECONDS: '1' } });
    expect(doCalls(run)).toEqual([
      ['./do/build'],
      ['./do/push'],
      ['./do/deploy'],
      ['./do/test'],
      TUNE,
      ['./do/adapter', 'add', ADAPTER, '--from-tune', 'sft'],
      ['./do/test', '--adapter', ADAPTER],
      ['./do/clean', 'all', '--force'],
    ]);
    expect(run.result.schedule).toBe('sequential');
    expect(run.result.stages.find((s) => s.name === 'tune-sft')?.phases).toBeUndefined();
    expect(run.result.deployHold).toBeUndefined();
  });

  // scenario → the fault env; both schedules must give the same stage statuses and run status
  const SCENARIOS: [string, Record<string, string>, string][] = [
    ['pass', {}, 'pass'],
    ['a tune failure at submit', { MCC_EXAMPLE_FAIL_AT: 'tune-sft' }, 'fail-tune-sft'],
    ['a tune job that fails (seen at the wait)', { MCC_EXAMPLE_TUNE_JOB_FAIL: '1' }, 'fail-tune-sft'],
    ['a deploy failure', { MCC_EXAMPLE_FAIL_AT: 'deploy' }, 'fail-deploy'],
    ['a test failure', { MCC_EXAMPLE_FAIL_AT: 'test' }, 'fail-test'],
  ];

  it.each(SCENARIOS)('%s: the same statuses as sequential, and clean runs', async (_name, env, status) => {
    const tuneJobs = recordingTuneJobs();
    const [sequential, overlap] = await Promise.all([
      runExample(exampleEntry(), { env, schedule: 'sequential', tuneJobs }),
      runExample(exampleEntry(), { env, schedule: 'overlap-tune', tuneJobs }),
    ]);
    expect(statuses(overlap)).toEqual(statuses(sequential));
    expect(overlap.result.status).toBe(status);
    expect(sequential.result.status).toBe(status);
    expect(statuses(overlap).clean).toBe('pass');
    expect(overlap.result.errorMessage.split(':')[0]).toBe(sequential.result.errorMessage.split(':')[0]);
    const tune = overlap.result.stages.find((s) => s.name === 'tune-sft');
    if (status === 'fail-deploy' || status === 'fail-test') {
      // the job the submit left running is stopped, and the tune row says so
      expect(tuneJobs.stopped).toHaveLength(1);
      expect(tuneJobs.stopped[0]).toMatch(/^rt-test-model-\w+-tune-sft-\d+$/);
      expect(tune?.status).toBe('skip');
      expect(tune?.error).toBe(
        `skipped: ${status.slice('fail-'.length)} failed; tune job ${tuneJobs.stopped[0]} stopped`,
      );
      expect(tune?.phases?.submit?.status).toBe('pass');
    } else expect(tuneJobs.stopped).toEqual([]);
    if (status === 'fail-tune-sft' && env.MCC_EXAMPLE_FAIL_AT) {
      expect(tune?.phases?.submit?.status).toBe('fail');
      expect(tune?.phases?.wait?.status).toBe('skip');
    }
    if (env.MCC_EXAMPLE_TUNE_JOB_FAIL) {
      expect(tune?.phases?.submit?.status).toBe('pass');
      expect(tune?.phases?.wait?.status).toBe('fail');
      expect(tune?.error).toMatch(/^Exit 2.*Status: Failed/s);
    }
  });

  it('without a way to stop the job, the tune row says it runs on', async () => {
    const run = await runExample(exampleEntry(), {
      schedule: 'overlap-tune',
      env: { MCC_EXAMPLE_FAIL_AT: 'deploy' },
      tuneJobs: {
        stop: async () =>
          'tune job x could not be stopped (AccessDeniedException: no): it runs on until it ends',
      },
    });
    expect(run.result.status).toBe('fail-deploy');
    expect(run.result.stages.find((s) => s.name === 'tune-sft')?.error).toBe(
      'skipped: deploy failed; tune job x could not be stopped (AccessDeniedException: no): it runs on until it ends',
    );
  });

  it('with history, holds deploy so the endpoint comes up as the tune ends, and says so', async () => {
    const store = new LocalStore(mkdtempSync(join(tmpdir(), 'mcc-store-')));
    // each do/tune call takes 1 s of its own, as a real submit does
    const env = { MCC_EXAMPLE_TUNE_SECONDS: '4', MCC_EXAMPLE_STAGE_SECONDS: 'deploy=1,test=0.5,tune-sft=1' };
    const first = await runExample(exampleEntry(), { env, store });
    expect(first.result.status).toBe('pass');
    const history = await store.listHistory(first.result.configId);
    const d = history[0]?.stageDurations ?? {};
    const expected = Math.round((d['tune-sft'] ?? 0) - (d.deploy ?? 0) - (d.test ?? 0));
    expect(expected).toBeGreaterThanOrEqual(1);

    const overlap = await runExample(exampleEntry(), { env, store, schedule: 'overlap-tune' });
    expect(overlap.result.status).toBe('pass');
    expect(overlap.result.deployHold?.seconds).toBe(expected);
    const submit = overlap.result.stages.find((s) => s.name === 'tune-sft')?.phases?.submit;
    const deploy = overlap.result.stages.find((s) => s.name === 'deploy');
    expect(Date.parse(deploy?.startedAt ?? '') - Date.parse(submit?.endedAt ?? '')).toBeGreaterThanOrEqual(
      expected * 1000 - 50,
    );
    const summary = readFileSync(join(overlap.artifactDir, 'summary.md'), 'utf8');
    expect(summary).toContain(
      `schedule overlap-tune: deploy held ${formatDuration(expected)} to meet the tune (median of 1 run: tune-sft`,
    );
    expect(summary).toMatch(/endpoint up [\d.]+ s, idle [\d.]+ s/);
    // the endpoint was up for less time than in the sequential leg, and idle for less
    expect(overlap.result.endpointSeconds).toBeLessThan(first.result.endpointSeconds);
    expect(overlap.result.idleEndpointSeconds).toBeLessThan(first.result.idleEndpointSeconds);
    const record = await store.getRecord(first.result.configId);
    expect(record).toMatchObject({
      schedule: 'overlap-tune',
      endpointSeconds: overlap.result.endpointSeconds,
      idleEndpointSeconds: overlap.result.idleEndpointSeconds,
      deployHeldSeconds: expected,
    });
    // the overlapped tune row spans the hold, deploy and test: the history does not take it for the
    // tune's time (the next hold would grow by the submit's time, run after run)
    const items = await store.listHistory(first.result.configId);
    expect(items.map((h) => [h.schedule, h.tuneSeconds])).toEqual(
      expect.arrayContaining([
        ['sequential', { 'tune-sft': d['tune-sft'] }],
        ['overlap-tune', undefined],
      ]),
    );
    const again = await runExample(exampleEntry(), { env, store, schedule: 'overlap-tune' });
    expect(again.result.deployHold?.seconds).toBe(expected);
  }, 90_000);

  it('with SageMaker’s time of the tune job, the history learns that', async () => {
    const store = new LocalStore(mkdtempSync(join(tmpdir(), 'mcc-store-')));
    const timed: TuneJobs = {
      ...recordingTuneJobs(),
      seconds: async ({ technique }) => (technique === 'sft' ? 6 : undefined),
    };
    const env = { MCC_EXAMPLE_TUNE_SECONDS: '1' };
    const overlap = await runExample(exampleEntry(), {
      env,
      store,
      schedule: 'overlap-tune',
      tuneJobs: timed,
    });
    expect(overlap.result.stages.find((s) => s.name === 'tune-sft')?.jobSeconds).toBe(6);
    const [item] = await store.listHistory(overlap.result.configId);
    expect(item?.tuneSeconds).toEqual({ 'tune-sft': 6 });
    const next = await runExample(exampleEntry(), { env, store, schedule: 'overlap-tune', tuneJobs: timed });
    expect(next.result.deployHold?.reason).toMatch(/^median of 1 run: tune-sft 6\.0 s, deploy/);
  });
});
