/**
 * Stage 2 after `./do/benchmark` exited: parse its JSONL, compute the levels, write and publish
 * the Parquet rows, compare with history. Bad benchmark output is a `failed` result, never a throw.
 */
import type { Pricing, Workload } from '../catalog/load.js';
import type { CatalogEntry } from '../catalog/types.js';
import { escapeHtml } from '../report/table.js';
import { isoSeconds } from '../results/record.js';
import { readBenchmarkResults } from './aiperf.js';
import {
  compareWithHistory,
  levelSummary,
  renderComparisonMarkdown,
  type BenchmarkComparison,
  type BenchmarkHistoryEntry,
  type BenchmarkHistorySummary,
  type BenchmarkLevelSummary,
  type RegressionThresholds,
} from './compare.js';
import type { LevelMetrics } from './metrics.js';
import { benchmarkParquet, buildBenchmarkRows } from './parquet.js';
import {
  compactStamp,
  partitionValues,
  publishBenchmarkParquet,
  type PublishResult,
  type PublishTarget,
} from './publish.js';

export type BenchmarkStatus = 'completed' | 'failed';

/** `bmk-20260609T143022Z`: the record's lastBenchmarkRunId and the rows' benchmark_job_name. */
export const benchmarkRunId = (at: Date): string => `bmk-${compactStamp(at)}`;

export type HistorySource =
  readonly BenchmarkHistoryEntry[] | (() => Promise<readonly BenchmarkHistoryEntry[]>);

export interface RunBenchmarkOptions {
  projectDir: string;
  /** files older than this are a previous run's and do not count */
  stageStartedAt: Date;
  entry: CatalogEntry;
  workloadName: string;
  workload: Workload;
  pricing: Pricing;
  projectName: string;
  runId: string;
  mccVersion?: string;
  /** names the benchmark run and the object (default: now) */
  at?: Date;
  /** the bucket (with S3 and Glue clients) or only the local directory */
  publish: PublishTarget;
  /** the config's history items (or a loader); a failing loader only skips the comparison */
  history?: HistorySource;
  /** parsed from the input early with parseRegressionThresholds, so a typo stops the run before deploy */
  thresholds?: RegressionThresholds;
  baselineRuns?: number;
}

export interface BenchmarkRunResult {
  status: BenchmarkStatus;
  /** why it failed: `<file>:<line>: <what>`, no files, every request failed, upload failed */
  error?: string;
  benchmarkRunId: string;
  workload: string;
  levels: BenchmarkLevelSummary[];
  comparison?: BenchmarkComparison;
  /** `s3://…` or the local path of the Parquet file */
  parquetLocation?: string;
  publish?: PublishResult;
  /** things a reader should know that did not fail the run (missing levels, no baseline) */
  notes: string[];
  markdown: string;
}

function levelNotes(configured: readonly number[], measured: readonly LevelMetrics[]): string[] {
  const got = new Set(measured.map((l) => l.concurrency));
  const missing = configured.filter((l) => !got.has(l));
  const extra = [...got].filter((l) => !configured.includes(l));
  return [
    ...(missing.length > 0
      ? [`no results for concurrency ${missing.join(', ')} (configured in the workload)`]
      : []),
    ...(extra.length > 0
      ? [`results for concurrency ${extra.join(', ')}, which the workload does not list`]
      : []),
  ];
}

/** A level where every request failed has nothing to measure: the benchmark did not work. */
function allFailedError(levels: readonly LevelMetrics[]): string | undefined {
  const dead = levels.filter((l) => l.requests > 0 && l.errors === l.requests);
  if (dead.length === 0) return undefined;
  return `every request failed at concurrency ${dead.map((l) => `${l.concurrency} (${l.errors} of ${l.requests})`).join(', ')}`;
}

async function loadHistory(source: HistorySource | undefined): Promise<readonly BenchmarkHistoryEntry[]> {
  if (source === undefined) return [];
  return typeof source === 'function' ? source() : source;
}

function render(result: Omit<BenchmarkRunResult, 'markdown'>): string {
  const lines: string[] = [];
  if (result.comparison) lines.push(renderComparisonMarkdown(result.comparison), '');
  else lines.push(`#### Benchmark: ${escapeHtml(result.workload)}`, '');
  if (result.error) lines.push(`**Benchmark failed:** ${escapeHtml(result.error)}`, '');
  for (const note of result.notes) lines.push(`- ${escapeHtml(note)}`);
  if (result.publish) lines.push(`- ${escapeHtml(result.publish.message)}`);
  return lines.join('\n').trimEnd();
}

function finish(result: Omit<BenchmarkRunResult, 'markdown'>): BenchmarkRunResult {
  return { ...result, markdown: render(result) };
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function runBenchmark(options: RunBenchmarkOptions): Promise<BenchmarkRunResult> {
  const at = options.at ?? new Date();
  const base = {
    benchmarkRunId: benchmarkRunId(at),
    workload: options.workloadName,
    levels: [] as BenchmarkLevelSummary[],
    notes: [] as string[],
  };
  let measured: LevelMetrics[];
  try {
    const read = await readBenchmarkResults(
      options.projectDir,
      options.stageStartedAt,
      options.workload.concurrency_levels,
    );
    if (!read.ok) return finish({ ...base, status: 'failed', error: read.error });
    const price = options.pricing.instances[options.entry.params.instanceType];
    measured = read.value.map((samples) => samples.compute(price));
  } catch (error) {
    return finish({
      ...base,
      status: 'failed',
      error: `reading the benchmark results failed: ${message(error)}`,
    });
  }
  const levels = measured.map(levelSummary);
  const notes = levelNotes(options.workload.concurrency_levels, measured);
  if (options.pricing.instances[options.entry.params.instanceType] === undefined) {
    notes.push(
      `no price for ${options.entry.params.instanceType} in pricing.json: cost_per_1m_tokens is empty`,
    );
  }

  let comparison: BenchmarkComparison | undefined;
  try {
    comparison = compareWithHistory({
      configId: options.entry.configId,
      workloadName: options.workloadName,
      workload: options.workload,
      levels,
      history: await loadHistory(options.history),
      runId: base.benchmarkRunId,
      thresholds: options.thresholds,
      baselineRuns: options.baselineRuns,
    });
  } catch (error) {
    notes.push(`no comparison with earlier runs: the history could not be read (${message(error)})`);
  }

  let publish: PublishResult | undefined;
  let error = allFailedError(measured);
  try {
    const rows = buildBenchmarkRows(
      {
        entry: options.entry,
        projectName: options.projectName,
        runId: options.runId,
        benchmarkRunId: base.benchmarkRunId,
        workloadName: options.workloadName,
        workload: options.workload,
        mccVersion: options.mccVersion,
        at,
      },
      measured,
    );
    const { modelName, instanceType, deploymentTarget } = options.entry.params;
    publish = await publishBenchmarkParquet(
      benchmarkParquet(rows),
      {
        partition: partitionValues(modelName, instanceType, deploymentTarget),
        projectName: options.projectName,
        at,
      },
      options.publish,
    );
  } catch (e) {
    error = [error, `storing the Parquet rows failed: ${message(e)}`].filter(Boolean).join('; ');
  }
  return finish({
    ...base,
    status: error ? 'failed' : 'completed',
    ...(error ? { error } : {}),
    levels,
    comparison,
    parquetLocation: publish?.location,
    publish,
    notes,
  });
}

/** The three record fields of Stage 2 (03-results.md); `at` is when the benchmark ended. */
export function benchmarkRecordFields(
  result: Pick<BenchmarkRunResult, 'status' | 'benchmarkRunId'>,
  at: Date,
): { lastBenchmarkRunId: string; lastBenchmarkTimestamp: string; lastBenchmarkStatus: BenchmarkStatus } {
  return {
    lastBenchmarkRunId: result.benchmarkRunId,
    lastBenchmarkTimestamp: isoSeconds(at),
    lastBenchmarkStatus: result.status,
  };
}

/** The small summary for the run's history item (`benchmark`): the next runs' baseline. */
export function benchmarkHistorySummary(result: BenchmarkRunResult): BenchmarkHistorySummary {
  return {
    runId: result.benchmarkRunId,
    workload: result.workload,
    status: result.status,
    levels: result.levels,
  };
}
