import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CatalogEntry } from '../catalog/types.js';
import { finalStatus, skipReason, type PolicyStage, type RunStatus, type StageStatus } from './policy.js';
import type { ProcessOutcome } from './process.js';
import { exitCodeMeaning, remedyFor } from './remedies.js';
import { failurePattern, type FailureClass } from './failure-class.js';
import { judgeNothingDeployed, saysNothingDeployed, type LeftoverCheck } from './clean-outcome.js';
import { DEFAULT_KILL_GRACE_SECONDS, resolveStages, type ResolvedStage } from './resolve.js';
import { Scrubber } from './scrub.js';
import type { StageCommands } from './overrides.js';
import type { BenchmarkHistorySummary } from '../benchmark/compare.js';
import { holdWithin, type DeployHold, type Schedule, type StagePhase } from './schedule.js';
import { scheduleOf } from './resolve.js';
import type { Admission, Slot } from './admission/admit.js';
import type { Lease } from './admission/leases.js';
import { isRetryable, retryDelayMs, type RetrySettings } from './retry.js';

/** What is recorded per stage (02-lifecycle.md). */
export interface StageRecord {
  name: string;
  status: StageStatus;
  durationSeconds: number;
  exitCode: number | null;
  startedAt: string;
  endedAt: string;
  error: string;
  remedy?: string;
  /** why a failed stage failed (failed stages only) */
  failureClass?: FailureClass;
  /** an infrastructure failure a retry can get past (quota, capacity, throttling, AWS 5xx) */
  transient?: boolean;
  /** what a passing stage wants the reader to know (e.g. clean: "nothing to clean") */
  note?: string;
  /** the full log, relative to the run's artifact directory */
  log?: string;
  /** a tune run as submit and wait (overlap-tune): each phase's own times; the row spans both */
  phases?: Partial<Record<StagePhase, PhaseRecord>>;
  /** a passed tune: its job's own time, creation to end, as SageMaker reports it */
  jobSeconds?: number;
  /** 1, or more when infrastructure failures were retried */
  attempt?: number;
  /** the failed attempts before this one, oldest first */
  earlierAttempts?: StageRecord[];
  /** the clean that ran after this failed attempt, before the next */
  cleanup?: StageRecord;
}

export type PhaseRecord = Pick<
  StageRecord,
  'status' | 'durationSeconds' | 'exitCode' | 'startedAt' | 'endedAt'
>;

export interface RunResult {
  schemaVersion: 1;
  runId: string;
  runUrl?: string;
  projectName: string;
  projectDir: string;
  catalogId: string;
  tier: string;
  configId: string;
  deploymentConfig: string;
  modelName: string;
  instanceType: string;
  region: string;
  deploymentTarget: string;
  args: string[];
  status: RunStatus;
  /** the class of the first failure; absent on pass */
  failureClass?: FailureClass;
  cleanFailed: boolean;
  /** stopped by a cancel or the job budget (see `status`, which is then `cancelled`) */
  cancelled: boolean;
  errorMessage: string;
  stages: StageRecord[];
  startedAt: string;
  endedAt: string;
  durationSeconds: number;
  schedule: Schedule;
  /** wall time from the start of deploy to the end of clean: what SageMaker bills */
  endpointSeconds: number;
  /** the part of endpointSeconds in which no stage used the endpoint (e.g. waiting for a tune) */
  idleEndpointSeconds: number;
  /** overlap-tune: how long deploy waited to meet the tune, and why */
  deployHold?: DeployHold;
  estimatedCostUsd?: number;
  previousStatus?: string;
  regression?: boolean;
  /** Stage 2, when it ran */
  benchmark?: BenchmarkOutcome;
  /** seconds spent waiting for an endpoint slot (quota admission) */
  waitedSeconds?: number;
}

/** What Stage 2 adds to a run's result, record and history item. */
export interface BenchmarkOutcome {
  status: 'completed' | 'failed';
  runId: string;
  workload: string;
  error?: string;
  parquetLocation?: string;
  regressions: number;
  sloBreaches: number;
  markdown: string;
  recordFields: { lastBenchmarkRunId: string; lastBenchmarkTimestamp: string; lastBenchmarkStatus: string };
  history: BenchmarkHistorySummary;
}

export interface StageIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  scrubber: Scrubber;
  killGraceSeconds: number;
  onOutput?: (text: string) => void;
  /** the stage's process group id, once it runs (saved for a post step that outlives main) */
  onSpawn?: (pid: number) => void;
  signal?: AbortSignal;
}

/** Runs one resolved stage; the real one spawns a process, policy tests script outcomes. */
export interface StageExecutor {
  run(stage: ResolvedStage, io: StageIo): Promise<ProcessOutcome>;
}

export interface EngineHooks {
  /** the resolved lifecycle, before any stage runs */
  onPlan?(stages: readonly ResolvedStage[]): void;
  /** `log`: the stage's log, relative to the run's artifact directory */
  onStageStart?(stage: ResolvedStage, index: number, log: string): void;
  /** the stage's process started: its process group id */
  onStageProcess?(stage: ResolvedStage, pgid: number): void;
  onStageOutput?(stage: ResolvedStage, text: string): void;
  onStageEnd?(record: StageRecord, stage: ResolvedStage): void;
  /** quota admission: what the leg waits for */
  onWaiting?(line: string): void;
  /** the endpoint slot taken (a lease), or given back (undefined) */
  onSlot?(lease: Lease | undefined): void;
  /** a stage failed for an infrastructure reason and runs again after a clean and this delay */
  onRetry?(failed: StageRecord, delaySeconds: number): void;
}

export interface EngineOptions {
  entry: CatalogEntry;
  runId: string;
  runUrl?: string;
  projectName: string;
  workspace: string;
  generator: string[];
  logsDir: string;
  /** the runner's environment, with credentials */
  baseEnv: NodeJS.ProcessEnv;
  /** secret values known to the run (e.g. the Hugging Face token), always scrubbed */
  secrets?: string[];
  /** the run's secret registry (fed by the OIDC session as it refreshes); one is made when absent */
  scrubber?: Scrubber;
  /** extra env given to every stage (e.g. HF_TOKEN); names are shown in dry runs, values never */
  stageEnv?: Record<string, string>;
  executor: StageExecutor;
  clock?: () => Date;
  killGraceSeconds?: number;
  cleanTimeoutSeconds?: number;
  benchmarkWorkload?: string;
  benchmarkEnv?: Record<string, string>;
  stageCommands?: StageCommands;
  /** cancellation: the running stage is stopped and every later stage skipped */
  signal?: AbortSignal;
  /**
   * after a cancellation, still run clean here, uninterrupted (the CLI); the action leaves it to
   * its post step and stops even a running clean, so that main exits promptly
   */
  cleanAfterCancel: boolean;
  /** the job budget: no stage but clean starts after this, a running one is stopped; clean still runs */
  budget?: JobBudget;
  pricePerHour?: number;
  hfTokenSecretId?: string;
  /** asks SageMaker when do/clean says nothing was deployed (absent: taken at its word) */
  leftoverCheck?: LeftoverCheck;
  hooks?: EngineHooks;
  /** the run's schedule (input or flag); else the entry's, else sequential */
  schedule?: Schedule;
  /** overlap-tune: hold deploy this long so the endpoint comes up as the tune finishes */
  deployHold?: DeployHold;
  /** stops a tune job that was submitted but will not be waited for */
  tuneJobs?: TuneJobs;
  /** quota admission: waits for an endpoint slot before the stage that needs one (deploy) */
  admission?: (signal: AbortSignal, log: (line: string) => void) => Promise<Admission>;
  /** retries of infrastructure failures; none when absent */
  retry?: RetrySettings;
}

export interface JobBudget {
  /** when the time left only covers clean and the post steps */
  stopAt: Date;
  /** for messages, e.g. "the job budget of 90 min" */
  description: string;
}

type StopReason = 'cancel' | 'budget';

/**
 * Never handed to a stage: the GitHub token, the runner's own credentials (ACTIONS_*), our
 * inputs and state, and the runner's command files — a stage must not set outputs, state,
 * environment, PATH or the summary of the step.
 */
const WITHHELD_ENV = [
  /^GITHUB_TOKEN$/,
  /^GH_TOKEN$/,
  /^ACTIONS_/,
  /^INPUT_/,
  /^STATE_/,
  /^GITHUB_(STATE|OUTPUT|ENV|PATH|STEP_SUMMARY)$/,
];

const ERROR_TAIL = 500;
const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The runner's environment without what a stage must never see, plus CI=true. */
export function withheldEnvironment(baseEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(baseEnv)) {
    if (!WITHHELD_ENV.some((p) => p.test(key))) env[key] = value;
  }
  return { ...env, CI: 'true' };
}

function stageEnvironment(options: EngineOptions, stage: ResolvedStage): NodeJS.ProcessEnv {
  const { entry } = options;
  return {
    ...withheldEnvironment(options.baseEnv),
    AWS_REGION: entry.params.region,
    MCC_E2E_RUN_ID: options.runId,
    MCC_E2E_CONFIG_ID: entry.configId,
    MCC_E2E_CATALOG_ID: entry.id,
    ...options.stageEnv,
    ...entry.env,
    ...(stage.definition.isStage2 ? options.benchmarkEnv : {}),
  };
}

function describeFailure(
  stage: ResolvedStage,
  outcome: ProcessOutcome,
  stop: StopReason | undefined,
  budget: JobBudget | undefined,
): string {
  if (outcome.aborted)
    return stop === 'budget'
      ? `Stopped: ${budget?.description ?? 'the job budget'} leaves only the time clean and the post step need`
      : 'Cancelled: the run was stopped while this stage ran';
  if (outcome.timedOut) return `Timeout after ${stage.timeoutSeconds}s`;
  if (outcome.spawnError) {
    return stage.name === 'generate'
      ? `The generator could not be started (${outcome.spawnError})`
      : `Missing script: ${outcome.spawnError} in the generated project`;
  }
  // MCC's scripts print their errors on stdout: without stderr, the end of the output says why
  const tail = (outcome.stderrTail.trim() || outcome.outputTail.trim()).slice(-ERROR_TAIL);
  const meaning = exitCodeMeaning(stage.name, outcome.exitCode);
  const cause =
    outcome.exitCode !== null
      ? `Exit ${outcome.exitCode}${meaning ? ` (${meaning})` : ''}`
      : `Killed by ${outcome.signal}`;
  return tail ? `${cause}: ${tail}` : `${cause}, with no output — see the stage log`;
}

/** Why a stage does not run after a stop (cancel or budget); clean runs unless the post step does it. */
function stopSkipReason(
  stage: ResolvedStage,
  stop: StopReason | undefined,
  options: Pick<EngineOptions, 'cleanAfterCancel' | 'budget'>,
): string | undefined {
  if (!stop) return undefined;
  if (stage.definition.isTeardown)
    return stop === 'cancel' && !options.cleanAfterCancel
      ? 'left to the post step after cancellation'
      : undefined;
  return stop === 'budget'
    ? `skipped: ${options.budget?.description ?? 'the job budget'} leaves only the time clean needs`
    : 'skipped: the run was cancelled';
}

function errorMessageOf(
  final: ReturnType<typeof finalStatus>,
  records: readonly StageRecord[],
  stop: StopReason | undefined,
  budget: JobBudget | undefined,
): string {
  const first = final.firstFailure ? records.find((r) => r.name === final.firstFailure)?.error : undefined;
  if (first) return first;
  if (final.status !== 'cancelled') return '';
  return stop === 'budget'
    ? `Stopped between stages: ${budget?.description ?? 'the job budget'} leaves only the time clean needs`
    : 'Cancelled between stages';
}

/** The tune job a project's do/tune submitted (named in its do/config). */
export interface TuneJob {
  projectDir: string;
  technique: string;
  region: string;
}

export interface TuneJobs {
  /**
   * stop the job (a `--no-wait` submit whose wait will not run, a do/tune stopped at its timeout);
   * returns a sentence for the record (stopped, or why not and what it costs), or undefined when
   * do/config names no job: nothing was submitted
   */
  stop(job: TuneJob): Promise<string | undefined>;
  /** the job's own time, creation to end, once it ended; undefined when it cannot be asked */
  seconds?(job: TuneJob): Promise<number | undefined>;
}

/** A stage's log, relative to the run's artifact directory: a retry or a clean between attempts has its own. */
const logOf = (stage: ResolvedStage, attempt: number, purpose?: string): string =>
  join(
    'logs',
    `${String(stage.position).padStart(2, '0')}-${stage.name}${purpose ? `.${purpose}` : ''}${attempt > 1 || purpose ? `.${attempt}` : ''}.log`,
  );

const phaseOf = (r: StageRecord): PhaseRecord => ({
  status: r.status,
  durationSeconds: r.durationSeconds,
  exitCode: r.exitCode,
  startedAt: r.startedAt,
  endedAt: r.endedAt,
});

/** One row per stage: a submitted and awaited tune spans from its submit to the end of its wait. */
export function stageRecord(steps: { phase?: StagePhase; record: StageRecord }[]): StageRecord {
  const [first, second] = steps;
  if (!first) throw new Error('a stage without steps');
  // a submit not yet awaited: the row says so, so that a killed main's post step knows the job runs
  if (!second)
    return first.phase === 'submit'
      ? { ...first.record, phases: { submit: phaseOf(first.record) } }
      : first.record;
  const submit = first.record;
  const wait = second.record;
  const decisive = submit.status === 'fail' ? submit : wait;
  const ran = wait.status === 'skip' ? submit : wait;
  return {
    ...decisive,
    status: submit.status === 'fail' ? 'fail' : wait.status,
    startedAt: submit.startedAt,
    endedAt: ran.endedAt,
    durationSeconds: round1((Date.parse(ran.endedAt) - Date.parse(submit.startedAt)) / 1000),
    exitCode: ran.exitCode,
    log: submit.log ?? wait.log,
    phases: { submit: phaseOf(submit), wait: phaseOf(wait) },
  };
}

/** Endpoint time: the wall time from the start of deploy to the end of the last stage (clean). */
export function endpointTimes(
  stages: readonly PolicyStage[],
  records: readonly StageRecord[],
): { endpointSeconds: number; idleEndpointSeconds: number } {
  const deploy = records.find((r) => r.name === 'deploy' && r.status !== 'skip');
  if (!deploy) return { endpointSeconds: 0, idleEndpointSeconds: 0 };
  const from = Date.parse(deploy.startedAt);
  const ran = records.filter((r) => r.status !== 'skip' && Date.parse(r.endedAt) > from);
  const to = Math.max(...ran.map((r) => Date.parse(r.endedAt)));
  const usesEndpoint = (name: string) => stages.find((s) => s.name === name)?.definition.usesEndpoint;
  const busy = ran
    .filter((r) => usesEndpoint(r.name) && Date.parse(r.startedAt) >= from)
    .reduce((sum, r) => sum + (Date.parse(r.endedAt) - Date.parse(r.startedAt)), 0);
  return {
    endpointSeconds: round1((to - from) / 1000),
    idleEndpointSeconds: round1(Math.max(0, to - from - busy) / 1000),
  };
}

/** What names a run's result, known before it starts. */
export function resultIdentity(
  entry: CatalogEntry,
  run: { runId: string; runUrl?: string; projectName: string; projectDir: string },
): Pick<
  RunResult,
  | 'schemaVersion'
  | 'runId'
  | 'runUrl'
  | 'projectName'
  | 'projectDir'
  | 'catalogId'
  | 'tier'
  | 'configId'
  | 'deploymentConfig'
  | 'modelName'
  | 'instanceType'
  | 'region'
  | 'deploymentTarget'
  | 'args'
> {
  return {
    schemaVersion: 1,
    runId: run.runId,
    ...(run.runUrl ? { runUrl: run.runUrl } : {}),
    projectName: run.projectName,
    projectDir: run.projectDir,
    catalogId: entry.id,
    tier: entry.tier,
    configId: entry.configId,
    ...entry.params,
    args: entry.argv,
  };
}

export async function runLifecycle(options: EngineOptions): Promise<RunResult> {
  const clock = options.clock ?? (() => new Date());
  const { entry } = options;
  const schedule = scheduleOf(entry, options);
  const stages = resolveStages(entry, {
    generator: options.generator,
    projectName: options.projectName,
    cleanTimeoutSeconds: options.cleanTimeoutSeconds,
    benchmarkWorkload: options.benchmarkWorkload,
    stageCommands: options.stageCommands,
    schedule,
  });
  const projectDir = join(options.workspace, options.projectName);
  const scrubber = options.scrubber ?? new Scrubber();
  scrubber.addEnvironment({ ...options.baseEnv, ...options.stageEnv });
  for (const secret of options.secrets ?? []) scrubber.add(secret);
  mkdirSync(options.logsDir, { recursive: true });
  mkdirSync(options.workspace, { recursive: true });

  options.hooks?.onPlan?.(stages);
  const startedAt = clock();
  /** per step, in run order: what the policy reads */
  const outcomes: StageRecord[] = [];
  /** per lifecycle position: the steps of that stage */
  const byPosition = new Map<number, { phase?: StagePhase; record: StageRecord }[]>();
  const settle = (stage: ResolvedStage, record: StageRecord): void => {
    outcomes.push(record);
    byPosition.set(stage.position, [
      ...(byPosition.get(stage.position) ?? []),
      { phase: stage.phase, record },
    ]);
    options.hooks?.onStageEnd?.(record, stage);
  };
  let deployHold = options.deployHold;
  // one signal for the Stage 1 stages: a cancel or the end of the job budget, whichever is first
  const stopper = new AbortController();
  let stop: StopReason | undefined;
  const stopFor = (reason: StopReason) => () => {
    stop ??= reason;
    stopper.abort();
  };
  const onCancel = stopFor('cancel');
  options.signal?.addEventListener('abort', onCancel, { once: true });
  if (options.signal?.aborted) onCancel();
  const budgetTimer = options.budget
    ? setTimeout(stopFor('budget'), Math.max(0, options.budget.stopAt.getTime() - Date.now()))
    : undefined;
  // clean is never cut by the budget it was kept time for; a cancel stops it only in the action
  const teardownSignal = options.cleanAfterCancel ? undefined : options.signal;
  const teardown = stages.find((s) => s.definition.isTeardown);
  let slot: Slot | undefined;
  let deferral: string | undefined;
  let waitedSeconds: number | undefined;
  let endpointStagesStarted = false;
  const releaseSlot = async (): Promise<void> => {
    if (!slot) return;
    await slot.release();
    slot = undefined;
    options.hooks?.onSlot?.(undefined);
  };
  /** Waits for the leg's endpoint slot; the reason the stage does not run, if it does not. */
  const takeSlot = async (stage: ResolvedStage): Promise<string | undefined> => {
    if (!options.admission) return undefined;
    const admission = await options.admission(stopper.signal, (line) => options.hooks?.onWaiting?.(line));
    waitedSeconds = admission.admitted ? admission.slot.waitedSeconds : admission.waitedSeconds;
    if (admission.admitted) {
      slot = admission.slot;
      if (slot.lease) options.hooks?.onSlot?.(slot.lease);
      return undefined;
    }
    if (admission.cancelled && stop !== 'budget') return stopSkipReason(stage, stop, options);
    deferral = admission.cancelled
      ? `no ${entry.params.instanceType} slot within ${options.budget?.description ?? 'the job budget'}`
      : admission.reason;
    return `deferred: ${deferral}`;
  };
  for (const [index, stage] of stages.entries()) {
    if (deployHold && stage.name === 'deploy' && !stop && !skipReason(stages, outcomes, index)) {
      const secondsLeft = options.budget && (options.budget.stopAt.getTime() - clock().getTime()) / 1000;
      deployHold = holdWithin(deployHold, secondsLeft);
      await sleep(deployHold.seconds * 1000, undefined, { signal: stopper.signal }).catch(() => undefined);
    }
    if (options.budget && !stop && clock() >= options.budget.stopAt) stopFor('budget')();
    let reason =
      (deferral && !stage.definition.isTeardown ? `deferred: ${deferral}` : undefined) ??
      stopSkipReason(stage, stop, options) ??
      skipReason(stages, outcomes, index);
    if (!reason && stage.definition.needsSlot && !slot) reason = await takeSlot(stage);
    if (reason) {
      const submitted =
        stage.phase === 'wait' && byPosition.get(stage.position)?.[0]?.record.status === 'pass';
      if (submitted && entry.tuneConfig) {
        const stopped = await options.tuneJobs
          ?.stop({ projectDir, technique: entry.tuneConfig.technique, region: entry.params.region })
          .catch(
            (e: Error) => `the submitted tune job was not stopped (${e.message}): it runs on until it ends`,
          );
        reason = `${reason}; ${stopped ?? 'the submitted tune job runs on until it ends'}`;
      }
      const now = clock().toISOString();
      settle(stage, {
        name: stage.name,
        status: 'skip',
        durationSeconds: 0,
        exitCode: null,
        startedAt: now,
        endedAt: now,
        error: reason,
      });
      continue;
    }
    options.hooks?.onStageStart?.(stage, index, logOf(stage, 1));
    if (stage.definition.needsSlot) endpointStagesStarted = true;
    let record = await execute(stage, 1);
    const earlier: StageRecord[] = [];
    while (
      record.status === 'fail' &&
      !stop &&
      earlier.length < (options.retry?.retries ?? 0) &&
      isRetryable(record, stage.definition) &&
      // what a failed attempt left in SageMaker is cleaned first; without clean, no retry
      (!endpointStagesStarted || stage.definition.isTeardown || teardown !== undefined)
    ) {
      const delaySeconds = retryDelayMs(options.retry as RetrySettings, earlier.length + 1) / 1000;
      options.hooks?.onRetry?.(record, delaySeconds);
      if (endpointStagesStarted && teardown && !stage.definition.isTeardown) {
        record.cleanup = await execute(teardown, earlier.length + 1, `after-${stage.name}`);
        if (record.cleanup.status !== 'pass') {
          if ((await options.leftoverCheck?.(options.projectName))?.status !== 'clear') break;
          // it failed only on leftovers it then deleted through the API: nothing is left, it did its job
          record.cleanup = { ...record.cleanup, status: 'pass', note: record.cleanup.error, error: '' };
        }
      }
      await sleep(delaySeconds * 1000, undefined, { signal: stopper.signal }).catch(() => undefined);
      if (stop) break;
      earlier.push(record);
      record = await execute(stage, earlier.length + 1);
    }
    if (earlier.length > 0) record.earlierAttempts = earlier;
    if (stage.definition.isTune && entry.tuneConfig) {
      const job = { projectDir, technique: entry.tuneConfig.technique, region: entry.params.region };
      if (record.status === 'pass' && stage.phase !== 'submit') {
        const jobSeconds = await options.tuneJobs?.seconds?.(job).catch(() => undefined);
        if (jobSeconds !== undefined) record.jobSeconds = jobSeconds;
      }
      // do/tune stopped at its timeout (or a cancel) leaves its job training, billed: stop it too
      if (record.failureClass === 'timeout' || record.failureClass === 'cancelled') {
        const stopped = await options.tuneJobs
          ?.stop(job)
          .catch((e: Error) => `the tune job was not stopped: ${e.message}`);
        if (stopped) record.error = `${record.error}; ${stopped}`;
      }
    }
    settle(stage, record);
    if (stage.definition.isTeardown) await releaseSlot();
  }
  // clean left to the post step: the slot stays held (and renewed) until it ran, or expires
  if (!(stop === 'cancel' && !options.cleanAfterCancel)) await releaseSlot();
  clearTimeout(budgetTimer);
  options.signal?.removeEventListener('abort', onCancel);
  return finish();

  /** One attempt of a stage; the phases of a stage share its log, a retry or a clean between attempts has its own. */
  async function execute(stage: ResolvedStage, attempt: number, purpose?: string): Promise<StageRecord> {
    const log = logOf(stage, attempt, purpose);
    const env = stageEnvironment(options, stage);
    // the web identity token file may have been refreshed since the last stage
    scrubber.addEnvironment(env);
    const outcome = await options.executor.run(stage, {
      cwd: stage.cwd === 'workspace' ? options.workspace : projectDir,
      env,
      logFile: join(options.logsDir, log.slice('logs/'.length)),
      scrubber,
      killGraceSeconds: options.killGraceSeconds ?? DEFAULT_KILL_GRACE_SECONDS,
      onOutput: options.hooks?.onStageOutput
        ? (text) => options.hooks?.onStageOutput?.(stage, text)
        : undefined,
      onSpawn: (pid) => options.hooks?.onStageProcess?.(stage, pid),
      signal: stage.definition.isTeardown ? teardownSignal : stopper.signal,
    });
    // MCC's do/clean with nothing deployed: a pass once SageMaker confirms it
    const nothingDeployed =
      stage.definition.isTeardown && saysNothingDeployed(outcome)
        ? judgeNothingDeployed(
            options.projectName,
            (await options.leftoverCheck?.(options.projectName)) ?? {
              status: 'unchecked',
              why: 'SageMaker not checked',
            },
          )
        : undefined;
    const passed =
      nothingDeployed?.passed ?? (outcome.exitCode === 0 && !outcome.timedOut && !outcome.aborted);
    const record: StageRecord = {
      name: stage.name,
      status: passed ? 'pass' : 'fail',
      durationSeconds: round1((outcome.endedAt.getTime() - outcome.startedAt.getTime()) / 1000),
      exitCode: outcome.exitCode,
      startedAt: outcome.startedAt.toISOString(),
      endedAt: outcome.endedAt.toISOString(),
      error: passed
        ? ''
        : scrubber.scrub(nothingDeployed?.text ?? describeFailure(stage, outcome, stop, options.budget)),
      ...(passed && nothingDeployed ? { note: nothingDeployed.text } : {}),
      log,
    };
    if (!passed) {
      const pattern = failurePattern({
        stage: stage.name,
        exitCode: outcome.exitCode,
        text: outcome.outputTail,
        timedOut: outcome.timedOut,
        aborted: outcome.aborted,
      });
      record.failureClass = pattern?.failureClass ?? 'product';
      if (pattern?.transient) record.transient = true;
      const remedy = remedyFor({
        stage: stage.name,
        exitCode: outcome.exitCode,
        outputTail: outcome.outputTail,
        timedOut: outcome.timedOut,
        missingScript: outcome.spawnError !== undefined || outcome.exitCode === 127,
        timeoutSeconds: stage.timeoutSeconds,
        instanceType: entry.params.instanceType,
        region: entry.params.region,
        hfTokenSecretId: options.hfTokenSecretId,
      });
      if (remedy) record.remedy = remedy;
    }
    if (options.retry) record.attempt = attempt;
    return record;
  }

  function finish(): RunResult {
    const endedAt = clock();
    const records = [...byPosition.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, steps]) => stageRecord(steps));
    const final = deferral
      ? { status: 'deferred' as const, cleanFailed: records.some((r) => r.status === 'fail') }
      : finalStatus(stages, records, stop !== undefined);
    const { endpointSeconds, idleEndpointSeconds } = endpointTimes(stages, records);
    const result: RunResult = {
      ...resultIdentity(entry, { ...options, projectDir }),
      status: final.status,
      ...(final.failureClass ? { failureClass: final.failureClass } : {}),
      cleanFailed: final.cleanFailed,
      cancelled: final.status === 'cancelled',
      errorMessage: deferral ?? errorMessageOf(final, records, stop, options.budget),
      stages: records,
      startedAt: startedAt.toISOString(),
      endedAt: endedAt.toISOString(),
      durationSeconds: round1((endedAt.getTime() - startedAt.getTime()) / 1000),
      schedule,
      endpointSeconds,
      idleEndpointSeconds,
      ...(deployHold ? { deployHold } : {}),
      ...(waitedSeconds !== undefined ? { waitedSeconds } : {}),
    };
    if (options.pricePerHour !== undefined) {
      result.estimatedCostUsd = Math.round(options.pricePerHour * (endpointSeconds / 3600) * 10000) / 10000;
    }
    return result;
  }
}
