import type { CatalogEntry } from '../catalog/types.js';
import type { Pricing, Workload } from '../catalog/load.js';
import { benchmarkEnv, resolveBenchmark, type BenchmarkInput } from '../benchmark/workload.js';
import {
  benchmarkHistorySummary,
  benchmarkRecordFields,
  benchmarkRunId,
  runBenchmark,
  type BenchmarkRunResult,
} from '../benchmark/run-benchmark.js';
import type { RegressionThresholds } from '../benchmark/compare.js';
import type { PublishTarget } from '../benchmark/publish.js';
import { escapeHtml } from '../report/table.js';
import type { HistoryItem, RunStartInfo } from '../results/store.js';
import type { BenchmarkOutcome, StageRecord } from './engine.js';

/** How a door configures Stage 2 (the action's benchmark inputs, the CLI's flags). */
export interface BenchmarkSettings {
  input: BenchmarkInput;
  workloadInput?: string;
  workloads: Record<string, Workload>;
  workloadsFile: string;
  thresholds?: RegressionThresholds;
  publish: PublishTarget;
}

export interface Stage2Plan {
  workload: string;
  profile: Workload;
  env: Record<string, string>;
}

/** Opted in (record, catalog or input)? Decided once the record's opt-in is known. */
export function planStage2(
  entry: CatalogEntry,
  settings: BenchmarkSettings | undefined,
  start: RunStartInfo,
): Stage2Plan | undefined {
  if (!settings) return undefined;
  const decision = resolveBenchmark({
    input: settings.input,
    entry,
    recordBenchmarkEnabled: start.benchmarkEnabled,
    recordWorkload: start.benchmarkWorkload,
    workloadInput: settings.workloadInput,
    workloads: settings.workloads,
    workloadsFile: settings.workloadsFile,
  });
  if (!decision.enabled || !decision.workload) return undefined;
  const profile = settings.workloads[decision.workload] as Workload;
  return { workload: decision.workload, profile, env: benchmarkEnv(profile) };
}

function outcomeOf(result: BenchmarkRunResult, at: Date): BenchmarkOutcome {
  return {
    status: result.status,
    runId: result.benchmarkRunId,
    workload: result.workload,
    ...(result.error ? { error: result.error } : {}),
    ...(result.parquetLocation ? { parquetLocation: result.parquetLocation } : {}),
    regressions: result.comparison?.regressions.length ?? 0,
    sloBreaches: result.comparison?.sloBreaches.length ?? 0,
    markdown: result.markdown,
    recordFields: benchmarkRecordFields(result, at),
    history: benchmarkHistorySummary(result),
  };
}

export interface Stage2Context {
  entry: CatalogEntry;
  plan: Stage2Plan;
  settings: BenchmarkSettings;
  stage: StageRecord;
  projectDir: string;
  projectName: string;
  runId: string;
  pricing: Pricing;
  history: () => Promise<HistoryItem[]>;
}

/** After the benchmark stage: analyse what do/benchmark wrote, or record why it failed. Never throws. */
export async function analyseStage2(ctx: Stage2Context): Promise<BenchmarkOutcome | undefined> {
  const at = new Date();
  if (ctx.stage.status === 'skip') return undefined;
  if (ctx.stage.status === 'fail') {
    const failed: BenchmarkRunResult = {
      status: 'failed',
      error: `do/benchmark failed: ${ctx.stage.error}`,
      benchmarkRunId: benchmarkRunId(at),
      workload: ctx.plan.workload,
      levels: [],
      notes: [],
      markdown: `#### Benchmark (${escapeHtml(ctx.plan.workload)}) ❌ failed\n\n${escapeHtml(ctx.stage.error)}\n\nThe test status is not affected.\n`,
    };
    return outcomeOf(failed, at);
  }
  const result = await runBenchmark({
    projectDir: ctx.projectDir,
    stageStartedAt: new Date(ctx.stage.startedAt),
    entry: ctx.entry,
    workloadName: ctx.plan.workload,
    workload: ctx.plan.profile,
    pricing: ctx.pricing,
    projectName: ctx.projectName,
    runId: ctx.runId,
    at,
    publish: ctx.settings.publish,
    history: ctx.history,
    thresholds: ctx.settings.thresholds,
  });
  return outcomeOf(result, at);
}
