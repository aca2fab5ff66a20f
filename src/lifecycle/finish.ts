import { findStage, type StageDefinition } from './stages.js';
import { finalStatus } from './policy.js';
import { endpointTimes, type RunResult, type StageRecord } from './engine.js';
import { isRegression } from '../results/record.js';

/** A RunResult in the making, as main saves it for its post step. */
export interface RunSoFar {
  result: Omit<
    RunResult,
    | 'status'
    | 'cleanFailed'
    | 'cancelled'
    | 'errorMessage'
    | 'endedAt'
    | 'durationSeconds'
    | 'endpointSeconds'
    | 'idleEndpointSeconds'
  >;
  /** every stage of the lifecycle, in order (the records name those that ended) */
  stageNames: string[];
  /** the stage running now, and when it started */
  running?: { name: string; startedAt: string; log: string };
  /** main was cancelled (the rest was skipped, clean left to the post step) */
  stopped?: boolean;
  artifactDir: string;
  pricePerHour?: number;
}

/** Tune rows whose job was submitted (`do/tune --no-wait`) and never awaited: the job runs on. */
export const unawaitedTunes = (run: RunSoFar): string[] =>
  run.result.stages.filter((s) => s.phases?.submit && !s.phases.wait).map((s) => s.name);

/**
 * The final result of a run whose main step ended early (killed, or cancelled with clean left
 * to the post step): the stages main recorded, the one it was running (stopped), the rest
 * skipped, and the post step's clean. The run is `cancelled` unless a stage had failed before.
 * `tuneStops`: what became of each unawaited tune job (stopped, or why not), by stage name.
 */
export function finishedRun(
  run: RunSoFar,
  clean: StageRecord | undefined,
  now: Date,
  tuneStops: Readonly<Record<string, string>> = {},
): RunResult {
  const endedAt = now.toISOString();
  const unawaited = new Set(unawaitedTunes(run));
  const recorded = run.result.stages
    .filter((s) => s.name !== 'clean')
    .map((s): StageRecord =>
      unawaited.has(s.name) && s.status === 'pass'
        ? {
            ...s,
            status: 'skip',
            error: `skipped: the run was cancelled before the tune job was awaited; ${tuneStops[s.name] ?? 'the submitted tune job runs on until it ends'}`,
          }
        : s,
    );
  const records: StageRecord[] = [...recorded];
  // a clean main was running is redone by the post step: its record is the post step's
  const running = run.running && !findStage(run.running.name)?.isTeardown ? run.running : undefined;
  if (running && !recorded.some((s) => s.name === running.name)) {
    records.push({
      name: running.name,
      status: 'fail',
      durationSeconds: Math.round((now.getTime() - Date.parse(running.startedAt)) / 100) / 10,
      exitCode: null,
      startedAt: running.startedAt,
      endedAt,
      error:
        'Stopped: the main step ended (cancelled or killed) while this stage ran; the post step stopped it',
      failureClass: 'cancelled',
      log: running.log,
    });
  }
  const missing = run.stageNames.filter((n) => n !== 'clean' && !records.some((r) => r.name === n));
  for (const name of missing) {
    records.push({
      name,
      status: 'skip',
      durationSeconds: 0,
      exitCode: null,
      startedAt: endedAt,
      endedAt,
      error: 'skipped: the run was cancelled',
    });
  }
  const generated = records.find((r) => r.name === 'generate')?.status === 'pass';
  if (run.stageNames.includes('clean')) {
    records.push(
      clean ??
        run.result.stages.find((s) => s.name === 'clean' && s.status === 'pass') ?? {
          name: 'clean',
          status: 'skip',
          durationSeconds: 0,
          exitCode: null,
          startedAt: endedAt,
          endedAt,
          error: generated
            ? 'the post step could not run do/clean'
            : 'nothing to clean: generate did not pass',
        },
    );
  }
  const order = (r: StageRecord): number => run.stageNames.indexOf(r.name);
  records.sort((a, b) => order(a) - order(b));
  const stages = run.stageNames.map((name) => ({ name, definition: findStage(name) as StageDefinition }));
  // a main that ended after its last stage only missed the writes: its result is what it was
  const stopped = run.stopped === true || run.running !== undefined || missing.length > 0;
  const final = finalStatus(stages, records, stopped);
  const durationSeconds = Math.round((now.getTime() - Date.parse(run.result.startedAt)) / 100) / 10;
  const { endpointSeconds, idleEndpointSeconds } = endpointTimes(stages, records);
  const result: RunResult = {
    ...run.result,
    stages: records,
    status: final.status,
    ...(final.failureClass ? { failureClass: final.failureClass } : {}),
    cleanFailed: final.cleanFailed,
    cancelled: final.status === 'cancelled',
    errorMessage: final.firstFailure
      ? (records.find((r) => r.name === final.firstFailure)?.error ?? '')
      : 'Cancelled: the main step ended before the run did',
    endedAt,
    durationSeconds,
    endpointSeconds,
    idleEndpointSeconds,
  };
  if (run.pricePerHour !== undefined)
    result.estimatedCostUsd = Math.round(run.pricePerHour * (endpointSeconds / 3600) * 10000) / 10000;
  result.regression = isRegression(result.previousStatus, result);
  return result;
}
