import { describe, expect, it } from '@jest/globals';
import { holdWithin, planDeployHold, scheduleSteps } from '../../src/lifecycle/schedule.js';
import { resolveStages } from '../../src/lifecycle/resolve.js';
import { skipReason } from '../../src/lifecycle/policy.js';
import { catalogText, validate, validEntry, FULL_LIFECYCLE } from '../helpers/catalog.js';
import type { HistoryItem } from '../../src/results/store.js';

const NAMES = FULL_LIFECYCLE;
const isTune = (name: string) => name.startsWith('tune-');
const label = (names: string[], steps: ReturnType<typeof scheduleSteps>) =>
  steps.map((s) => `${names[s.position]}${s.phase ? ` ${s.phase}` : ''}`);

describe('schedules', () => {
  it('sequential runs the lifecycle in order', () => {
    expect(label(NAMES, scheduleSteps(NAMES, 'sequential', isTune))).toEqual(NAMES);
  });

  it('overlap-tune submits the tune before deploy and waits where the lifecycle lists it', () => {
    expect(label(NAMES, scheduleSteps(NAMES, 'overlap-tune', isTune))).toEqual([
      'generate',
      'build',
      'push',
      'tune-sft submit',
      'deploy',
      'test',
      'tune-sft wait',
      'adapter-add',
      'test-adapter',
      'clean',
    ]);
  });

  it('overlap-tune leaves a lifecycle without deploy, or with the tune before deploy, in order', () => {
    const noDeploy = ['generate', 'build', 'tune-sft', 'clean'];
    expect(label(noDeploy, scheduleSteps(noDeploy, 'overlap-tune', isTune))).toEqual(noDeploy);
    const tuneFirst = ['generate', 'tune-sft', 'deploy', 'clean'];
    expect(label(tuneFirst, scheduleSteps(tuneFirst, 'overlap-tune', isTune))).toEqual(tuneFirst);
  });

  it('the catalog root schedule applies to entries without their own; an entry’s own wins', () => {
    const args = String(validEntry().args).replace('--region=us-west-2', '--region=us-east-1');
    const text = JSON.stringify({
      schedule: 'overlap-tune',
      configs: [validEntry(), validEntry({ id: 'own', schedule: 'sequential', args })],
    });
    const entries = validate(text).catalog?.entries ?? [];
    expect(entries.map((e) => e.schedule)).toEqual(['overlap-tune', 'sequential']);
  });

  it('an unknown schedule names the JSON path and the choices', () => {
    const result = validate(catalogText([validEntry({ schedule: 'parallel' })]));
    expect(result.problems.map((p) => `${p.path} ${p.message}`)).toEqual([
      '$.configs[0].schedule is "parallel"; use one of sequential, overlap-tune',
    ]);
  });

  it('resolves the submit with --no-wait and the stage timeout, the wait with the tune timeout', () => {
    const entry = validate(catalogText([validEntry()])).catalog?.entries[0];
    if (!entry) throw new Error('invalid entry');
    const steps = resolveStages(entry, { generator: ['g'], projectName: 'p', schedule: 'overlap-tune' });
    const tune = steps.filter((s) => s.name === 'tune-sft');
    expect(tune.map((s) => [s.phase, s.position, s.timeoutSeconds, s.argv.at(-1)])).toEqual([
      ['submit', 5, 1800, '--no-wait'],
      ['wait', 5, 3600, 'lora'],
    ]);
  });

  it('policy: a failed submit skips its own wait and the adapter stages, not deploy or test', () => {
    const entry = validate(catalogText([validEntry()])).catalog?.entries[0];
    if (!entry) throw new Error('invalid entry');
    const steps = resolveStages(entry, { generator: ['g'], projectName: 'p', schedule: 'overlap-tune' });
    const outcomes = steps.map((s) => ({
      name: s.name,
      status: s.phase === 'submit' ? ('fail' as const) : ('pass' as const),
    }));
    const reasons = steps.map((s, i) => [s.name, s.phase, skipReason(steps, outcomes, i)]);
    expect(reasons.filter(([, , r]) => r).map(([n, p]) => `${String(n)}${p ? ` ${String(p)}` : ''}`)).toEqual(
      ['tune-sft wait', 'adapter-add', 'test-adapter'],
    );
  });
});

describe('the deploy hold', () => {
  const item = (tune: number, deploy: number, test: number, at: string, status = 'pass'): HistoryItem => ({
    configId: 'c',
    runTimestamp: at,
    runId: at,
    status,
    durationSeconds: 0,
    e2eCatalogId: 'x',
    tier: 'ci',
    stageDurations: { deploy, test, 'tune-sft': tune },
  });

  it('without history, deploy at once', () => {
    expect(planDeployHold({ history: [], tuneStage: 'tune-sft', tuneTimeoutSeconds: 3600 })).toEqual({
      seconds: 0,
      reason: 'no passing run in the history: deploy at once',
    });
  });

  it('holds by median tune − median deploy − median test of the last passing runs', () => {
    const history = [
      item(2400, 600, 120, '2026-01-05'),
      item(2600, 500, 100, '2026-01-04'),
      item(9000, 100, 100, '2026-01-03', 'fail-tune-sft'),
      item(2500, 700, 110, '2026-01-02'),
    ];
    const hold = planDeployHold({ history, tuneStage: 'tune-sft', tuneTimeoutSeconds: 3600 });
    expect(hold).toEqual({
      seconds: 2500 - 600 - 110,
      reason: 'median of 3 runs: tune-sft 41m 40s, deploy 10m 0s, test 1m 50s',
      afterSeconds: 600 + 110,
    });
  });

  it('learns the tune from its job’s own time, never from an overlapped row (which spans the hold)', () => {
    const overlapped = (span: number, at: string, tuneSeconds?: number): HistoryItem => ({
      ...item(span, 600, 100, at),
      schedule: 'overlap-tune',
      ...(tuneSeconds === undefined ? {} : { tuneSeconds: { 'tune-sft': tuneSeconds } }),
    });
    const sequential = item(2400, 600, 100, '2026-01-01');
    // overlapped rows without the job's time: the sequential run alone decides, however long they were
    const history = [overlapped(2500, '2026-01-03'), overlapped(2600, '2026-01-02'), sequential];
    const hold = planDeployHold({ history, tuneStage: 'tune-sft', tuneTimeoutSeconds: 3600 });
    expect(hold.seconds).toBe(2400 - 600 - 100);
    expect(hold.reason).toBe('median of 1 run: tune-sft 40m 0s, deploy 10m 0s, test 1m 40s');
    // with SageMaker's figure they count, that figure and not the row
    const timed = [overlapped(2900, '2026-01-03', 2300), overlapped(2900, '2026-01-02', 2200), sequential];
    expect(planDeployHold({ history: timed, tuneStage: 'tune-sft', tuneTimeoutSeconds: 3600 }).seconds).toBe(
      2300 - 600 - 100,
    );
  });

  it('never holds past what keeps the endpoint up and tested within the tune timeout', () => {
    const hold = planDeployHold({
      history: [item(5000, 600, 100, '2026-01-01')],
      tuneStage: 'tune-sft',
      tuneTimeoutSeconds: 3600,
    });
    expect(hold.seconds).toBe(3600 - 600 - 100);
  });

  it('a job budget cuts the hold so deploy, the tests and the adapter still fit before clean', () => {
    const hold = { seconds: 1800, reason: 'median of 2 runs', afterSeconds: 900 };
    expect(holdWithin(hold, undefined)).toBe(hold);
    expect(holdWithin(hold, 5000)).toBe(hold);
    expect(holdWithin(hold, 2000)).toEqual({
      seconds: 1100,
      reason: 'median of 2 runs; cut from 30m 0s to fit the job budget',
      afterSeconds: 900,
    });
    expect(holdWithin(hold, 600).seconds).toBe(0);
  });
});
