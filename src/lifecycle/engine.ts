import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogEntry } from '../catalog/types.js';
import { finalStatus, skipReason, type RunStatus, type StageStatus } from './policy.js';
import type { ProcessOutcome } from './process.js';
import { exitCodeMeaning, remedyFor } from './remedies.js';
import { DEFAULT_KILL_GRACE_SECONDS, resolveStages, type ResolvedStage } from './resolve.js';
import { Scrubber } from './scrub.js';
import type { StageCommands } from './overrides.js';
import type { BenchmarkHistorySummary } from '../benchmark/compare.js';

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
  /** the full log, relative to the run's artifact directory */
  log?: string;
}

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
  cleanFailed: boolean;
  cancelled: boolean;
  errorMessage: string;
  stages: StageRecord[];
  startedAt: string;
  endedAt: string;
  durationSeconds: number;
  /** deploy → clean: the time an endpoint may have been up */
  endpointSeconds: number;
  estimatedCostUsd?: number;
  previousStatus?: string;
  regression?: boolean;
  /** Stage 2, when it ran */
  benchmark?: BenchmarkOutcome;
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
  signal?: AbortSignal;
}

/** Runs one resolved stage; the real one spawns a process, policy tests script outcomes. */
export interface StageExecutor {
  run(stage: ResolvedStage, io: StageIo): Promise<ProcessOutcome>;
}

export interface EngineHooks {
  onStageStart?(stage: ResolvedStage, index: number): void;
  onStageOutput?(stage: ResolvedStage, text: string): void;
  onStageEnd?(record: StageRecord, stage: ResolvedStage): void;
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
  /** after a cancellation, still run clean here (the CLI); the action leaves it to its post step */
  cleanAfterCancel: boolean;
  pricePerHour?: number;
  hfTokenSecretId?: string;
  hooks?: EngineHooks;
}

/** Never handed to a stage: the GitHub token and the runner's own credentials. */
const WITHHELD_ENV = [
  /^GITHUB_TOKEN$/,
  /^GH_TOKEN$/,
  /^ACTIONS_RUNTIME_TOKEN$/,
  /^ACTIONS_ID_TOKEN_REQUEST_/,
  /^INPUT_/,
  /^STATE_/,
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

function describeFailure(stage: ResolvedStage, outcome: ProcessOutcome): string {
  if (outcome.aborted) return 'Cancelled: the run was stopped while this stage ran';
  if (outcome.timedOut) return `Timeout after ${stage.timeoutSeconds}s`;
  if (outcome.spawnError) {
    return stage.name === 'generate'
      ? `The generator could not be started (${outcome.spawnError})`
      : `Missing script: ${outcome.spawnError} in the generated project`;
  }
  const tail = outcome.stderrTail.trim().slice(-ERROR_TAIL);
  const meaning = exitCodeMeaning(stage.name, outcome.exitCode);
  const cause =
    outcome.exitCode !== null
      ? `Exit ${outcome.exitCode}${meaning ? ` (${meaning})` : ''}`
      : `Killed by ${outcome.signal}`;
  return tail ? `${cause}: ${tail}` : `${cause}, with nothing on stderr — see the stage log`;
}

export async function runLifecycle(options: EngineOptions): Promise<RunResult> {
  const clock = options.clock ?? (() => new Date());
  const { entry } = options;
  const stages = resolveStages(entry, {
    generator: options.generator,
    projectName: options.projectName,
    cleanTimeoutSeconds: options.cleanTimeoutSeconds,
    benchmarkWorkload: options.benchmarkWorkload,
    stageCommands: options.stageCommands,
  });
  const projectDir = join(options.workspace, options.projectName);
  const scrubber = Scrubber.fromEnvironment(
    { ...options.baseEnv, ...options.stageEnv },
    options.secrets ?? [],
  );
  mkdirSync(options.logsDir, { recursive: true });
  mkdirSync(options.workspace, { recursive: true });

  const startedAt = clock();
  const records: StageRecord[] = [];
  for (const [index, stage] of stages.entries()) {
    const cancelled = options.signal?.aborted === true;
    let reason = skipReason(stages, records, index);
    if (!reason && cancelled && !(stage.definition.isTeardown && options.cleanAfterCancel)) {
      reason = stage.definition.isTeardown
        ? 'left to the post step after cancellation'
        : 'skipped: the run was cancelled';
    }
    if (reason) {
      const now = clock().toISOString();
      records.push({
        name: stage.name,
        status: 'skip',
        durationSeconds: 0,
        exitCode: null,
        startedAt: now,
        endedAt: now,
        error: reason,
      });
      options.hooks?.onStageEnd?.(records[records.length - 1] as StageRecord, stage);
      continue;
    }
    options.hooks?.onStageStart?.(stage, index);
    const log = join('logs', `${String(index).padStart(2, '0')}-${stage.name}.log`);
    const outcome = await options.executor.run(stage, {
      cwd: stage.cwd === 'workspace' ? options.workspace : projectDir,
      env: stageEnvironment(options, stage),
      logFile: join(options.logsDir, `${String(index).padStart(2, '0')}-${stage.name}.log`),
      scrubber,
      killGraceSeconds: options.killGraceSeconds ?? DEFAULT_KILL_GRACE_SECONDS,
      onOutput: options.hooks?.onStageOutput
        ? (text) => options.hooks?.onStageOutput?.(stage, text)
        : undefined,
      // clean is never interrupted by the cancellation that it is cleaning up after
      signal: stage.definition.isTeardown ? undefined : options.signal,
    });
    const passed = outcome.exitCode === 0 && !outcome.timedOut && !outcome.aborted;
    const record: StageRecord = {
      name: stage.name,
      status: passed ? 'pass' : 'fail',
      durationSeconds: round1((outcome.endedAt.getTime() - outcome.startedAt.getTime()) / 1000),
      exitCode: outcome.exitCode,
      startedAt: outcome.startedAt.toISOString(),
      endedAt: outcome.endedAt.toISOString(),
      error: passed ? '' : scrubber.scrub(describeFailure(stage, outcome)),
      log,
    };
    if (!passed) {
      const remedy = remedyFor({
        stage: stage.name,
        exitCode: outcome.exitCode,
        stderrTail: outcome.stderrTail,
        timedOut: outcome.timedOut,
        missingScript: outcome.spawnError !== undefined || outcome.exitCode === 127,
        timeoutSeconds: stage.timeoutSeconds,
        instanceType: entry.params.instanceType,
        region: entry.params.region,
        hfTokenSecretId: options.hfTokenSecretId,
      });
      if (remedy) record.remedy = remedy;
    }
    records.push(record);
    options.hooks?.onStageEnd?.(record, stage);
  }
  const endedAt = clock();
  const final = finalStatus(stages, records);
  const deployAt = records.findIndex((r) => r.name === 'deploy' && r.status !== 'skip');
  const endpointSeconds =
    deployAt < 0 ? 0 : round1(records.slice(deployAt).reduce((s, r) => s + r.durationSeconds, 0));
  const result: RunResult = {
    schemaVersion: 1,
    runId: options.runId,
    ...(options.runUrl ? { runUrl: options.runUrl } : {}),
    projectName: options.projectName,
    projectDir,
    catalogId: entry.id,
    tier: entry.tier,
    configId: entry.configId,
    ...entry.params,
    args: entry.argv,
    status: final.status,
    cleanFailed: final.cleanFailed,
    cancelled: options.signal?.aborted === true,
    errorMessage: final.firstFailure ? (records.find((r) => r.name === final.firstFailure)?.error ?? '') : '',
    stages: records,
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    durationSeconds: round1((endedAt.getTime() - startedAt.getTime()) / 1000),
    endpointSeconds,
  };
  if (options.pricePerHour !== undefined) {
    result.estimatedCostUsd = Math.round(options.pricePerHour * (endpointSeconds / 3600) * 10000) / 10000;
  }
  return result;
}
