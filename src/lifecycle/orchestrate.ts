import { join } from 'node:path';
import type { CatalogEntry } from '../catalog/types.js';
import type { Pricing } from '../catalog/load.js';
import { isRegression } from '../results/record.js';
import type { ArtifactSink, ResultStore } from '../results/store.js';
import { renderRunMarkdown } from '../report/run-summary.js';
import {
  resultIdentity,
  runLifecycle,
  type EngineHooks,
  type JobBudget,
  type RunResult,
  type StageExecutor,
  type TuneJobs,
} from './engine.js';
import { sageMakerTuneJobs } from '../aws/tune-jobs.js';
import { scheduleOf } from './resolve.js';
import { planDeployHold, submittedTunes, type DeployHold, type Schedule } from './schedule.js';
import { findStage } from './stages.js';
import { processExecutor } from './process-executor.js';
import { makeProjectName } from './project-name.js';
import type { StageCommands } from './overrides.js';
import type { LeftoverCheck } from './clean-outcome.js';
import { Scrubber } from './scrub.js';
import type { RunSoFar } from './finish.js';
import { writeRunResult } from '../results/write-result.js';
import { analyseStage2, planStage2, type BenchmarkSettings, type Stage2Plan } from './stage2.js';
import { slotKeyOf, type AdmissionService } from './admission/open.js';
import type { RetrySettings } from './retry.js';

export interface RunConfigOptions {
  runId: string;
  runToken: string;
  runUrl?: string;
  workspace: string;
  generator: string[];
  store: ResultStore;
  artifacts: ArtifactSink;
  pricing: Pricing;
  baseEnv: NodeJS.ProcessEnv;
  secrets?: string[];
  /** the run's secret registry: everything recorded, summarised or uploaded passes through it */
  scrubber?: Scrubber;
  stageEnv?: Record<string, string>;
  executor?: StageExecutor;
  signal?: AbortSignal;
  cleanAfterCancel: boolean;
  /** the job budget (the action's job-budget-minutes, the CLI's --job-budget-minutes) */
  budget?: JobBudget;
  killGraceSeconds?: number;
  cleanTimeoutSeconds?: number;
  hfTokenSecretId?: string;
  /** per-stage argv overrides */
  stageCommands?: StageCommands;
  /** Stage 2 settings; absent = no benchmark */
  benchmark?: BenchmarkSettings;
  /** SageMaker's word when do/clean says nothing was deployed, per entry (its region) */
  leftoverCheck?: (entry: CatalogEntry) => LeftoverCheck;
  /** quota admission: a slot of the entry's instance type from deploy to clean */
  admission?: AdmissionService;
  /** retries of infrastructure failures */
  retry?: RetrySettings;
  /** per-entry hooks (log groups, live output, state for the post step) */
  hooks?: (entry: CatalogEntry, projectName: string, run: RunSoFar) => EngineHooks;
  /** the run's schedule (input or flag); else each entry's, else sequential */
  schedule?: Schedule;
  /** stops a submitted tune job that will not be waited for (default: the SageMaker API) */
  tuneJobs?: TuneJobs;
}

/** overlap-tune: hold deploy by what the configuration's history says the tune and deploy take. */
async function deployHoldFor(
  entry: CatalogEntry,
  schedule: Schedule,
  store: ResultStore,
): Promise<DeployHold | undefined> {
  const names = ['generate', ...entry.lifecycle];
  const [tuneStage] = submittedTunes(names, schedule, (name) => findStage(name)?.isTune === true);
  if (!tuneStage) return undefined;
  const tuneTimeoutSeconds = entry.tuneTimeout ?? entry.timeout;
  try {
    return planDeployHold({
      history: await store.listHistory(entry.configId),
      tuneStage,
      tuneTimeoutSeconds,
    });
  } catch (error) {
    return { seconds: 0, reason: `history unavailable (${(error as Error).message}): deploy at once` };
  }
}

export interface ConfigRun {
  result: RunResult;
  artifactDir: string;
  storeNote?: string;
  /** things the reader should know that did not change the status */
  notes: string[];
  /** sinks that could not be written, by name (the step fails) */
  problems: string[];
  /** cancelled with clean left to the post step: it writes the result, not main */
  leftToPostStep: boolean;
}

/** A leg waits for its slot until its job budget stops stages; without a budget, until a slot frees. */
const waitBudgetSeconds = (options: RunConfigOptions): number =>
  options.budget ? Math.max(0, (options.budget.stopAt.getTime() - Date.now()) / 1000) : Infinity;

/** One entry: mark it running, run its lifecycle, record the result and its artifacts. */
export async function runConfig(entry: CatalogEntry, options: RunConfigOptions): Promise<ConfigRun> {
  const projectName = makeProjectName(entry.id, options.runToken);
  const startedAt = new Date();
  const start = await options.store.startRun({
    entry,
    runId: options.runId,
    runUrl: options.runUrl,
    startedAt,
  });
  const notes: string[] = [];
  let stage2: Stage2Plan | undefined;
  try {
    stage2 = planStage2(entry, options.benchmark, start);
  } catch (error) {
    // the inputs were checked before the run; only the record's own workload can be wrong here
    notes.push(`benchmark skipped: ${(error as Error).message}`);
  }
  const schedule = scheduleOf(entry, options);
  const deployHold = await deployHoldFor(entry, schedule, options.store);
  const artifactDir = options.artifacts.runDir({
    tier: entry.tier,
    runId: options.runId,
    catalogId: entry.id,
  });
  const scrubber = options.scrubber ?? new Scrubber();
  const result = await runLifecycle({
    entry,
    runId: options.runId,
    runUrl: options.runUrl,
    projectName,
    workspace: options.workspace,
    generator: options.generator,
    logsDir: join(artifactDir, 'logs'),
    baseEnv: options.baseEnv,
    secrets: options.secrets,
    scrubber,
    stageEnv: options.stageEnv,
    executor: options.executor ?? processExecutor,
    signal: options.signal,
    cleanAfterCancel: options.cleanAfterCancel,
    budget: options.budget,
    killGraceSeconds: options.killGraceSeconds,
    cleanTimeoutSeconds: options.cleanTimeoutSeconds,
    pricePerHour: options.pricing.instances[entry.params.instanceType],
    hfTokenSecretId: options.hfTokenSecretId,
    benchmarkWorkload: stage2?.workload,
    stageCommands: options.stageCommands,
    benchmarkEnv: stage2?.env,
    leftoverCheck: options.leftoverCheck?.(entry),
    admission: options.admission
      ? (signal, log) =>
          (options.admission as AdmissionService).admit({
            key: slotKeyOf(entry),
            holder: { id: `${options.runId}/${projectName}`, label: entry.id },
            waitBudgetSeconds: waitBudgetSeconds(options),
            signal,
            log,
          })
      : undefined,
    retry: options.retry,
    hooks: options.hooks?.(entry, projectName, {
      result: {
        ...resultIdentity(entry, {
          runId: options.runId,
          runUrl: options.runUrl,
          projectName,
          projectDir: join(options.workspace, projectName),
        }),
        stages: [],
        startedAt: startedAt.toISOString(),
        schedule,
        previousStatus: start.previousStatus ?? 'untested',
      },
      stageNames: [],
      artifactDir,
      pricePerHour: options.pricing.instances[entry.params.instanceType],
    }),
    schedule,
    deployHold,
    tuneJobs: options.tuneJobs ?? sageMakerTuneJobs,
  });
  const benchmarkStage = result.stages.find((s) => s.name === 'benchmark');
  if (stage2 && benchmarkStage && options.benchmark) {
    result.benchmark = await analyseStage2({
      entry,
      plan: stage2,
      settings: options.benchmark,
      stage: benchmarkStage,
      projectDir: result.projectDir,
      projectName,
      runId: options.runId,
      pricing: options.pricing,
      history: () => options.store.listHistory(entry.configId),
    });
  }
  result.previousStatus = start.previousStatus ?? 'untested';
  result.regression = isRegression(start.previousStatus, result);
  if (!options.cleanAfterCancel && options.signal?.aborted)
    return { result, artifactDir, notes, problems: [], leftToPostStep: true };
  // the last gate: nothing a stage printed reaches the record, history, summary or uploads unscrubbed
  const scrubbed = scrubber.scrubDeep(result);
  const written = await writeRunResult(scrubbed, renderRunMarkdown(scrubbed, { dir: artifactDir }), options);
  return {
    result: scrubbed,
    artifactDir,
    storeNote: written.note,
    notes: notes.map((n) => scrubber.scrub(n)),
    problems: written.problems,
    leftToPostStep: false,
  };
}

/** Several entries, at most `concurrency` at a time, results in catalog order. */
export async function runEntries(
  entries: CatalogEntry[],
  concurrency: number,
  options: RunConfigOptions,
): Promise<ConfigRun[]> {
  const runs: ConfigRun[] = new Array(entries.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const index = next++;
      runs[index] = await runConfig(entries[index] as CatalogEntry, options);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, entries.length)) }, worker));
  return runs;
}
