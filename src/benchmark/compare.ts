/**
 * The regression check (04-benchmark.md): each level against the MEDIAN of the last N completed
 * runs of the same configId + workload + concurrency, read from the history items' small
 * benchmark summaries (no Athena query needed).
 */
import type { Workload } from '../catalog/load.js';
import { escapeHtml, renderMarkdownTable } from '../report/table.js';
import type { LevelMetrics } from './metrics.js';

/** One level as kept on the run's history item: column names of the table, nothing more. */
export interface BenchmarkLevelSummary {
  concurrency: number;
  output_token_throughput_tps: number | null;
  ttft_p90_ms: number | null;
  itl_p90_ms: number | null;
  e2e_latency_p90_ms: number | null;
  error_rate: number;
  request_count: number;
  cost_per_1m_tokens: number | null;
}

/** What a history item carries about its run's benchmark (the baseline source). */
export interface BenchmarkHistorySummary {
  runId: string;
  workload: string;
  status: 'completed' | 'failed';
  levels: BenchmarkLevelSummary[];
}

/** The part of a history item the baseline reads (HistoryItem plus its `benchmark`). */
export interface BenchmarkHistoryEntry {
  configId: string;
  runTimestamp: string;
  benchmark?: BenchmarkHistorySummary;
}

export function levelSummary(level: LevelMetrics): BenchmarkLevelSummary {
  const c = level.columns;
  return {
    concurrency: level.concurrency,
    output_token_throughput_tps: c.output_token_throughput_tps,
    ttft_p90_ms: c.ttft_p90_ms,
    itl_p90_ms: c.itl_p90_ms,
    e2e_latency_p90_ms: c.e2e_latency_p90_ms,
    error_rate: c.error_rate ?? 0,
    request_count: level.requests,
    cost_per_1m_tokens: c.cost_per_1m_tokens,
  };
}

type ComparedColumn = 'output_token_throughput_tps' | 'ttft_p90_ms' | 'itl_p90_ms' | 'e2e_latency_p90_ms';

/** The compared metrics as data: the key used in threshold strings, the column, which way is better. */
export const COMPARED_METRICS = [
  { key: 'throughput', column: 'output_token_throughput_tps', label: 'Output tok/s', higherIsBetter: true },
  { key: 'ttft', column: 'ttft_p90_ms', label: 'TTFT p90 (ms)', higherIsBetter: false },
  { key: 'itl', column: 'itl_p90_ms', label: 'ITL p90 (ms)', higherIsBetter: false },
  { key: 'e2e', column: 'e2e_latency_p90_ms', label: 'E2E p90 (ms)', higherIsBetter: false },
] as const satisfies readonly {
  key: string;
  column: ComparedColumn;
  label: string;
  higherIsBetter: boolean;
}[];
export type ComparedMetric = (typeof COMPARED_METRICS)[number]['key'];

export type RegressionThresholds = Record<ComparedMetric, number>;
export const DEFAULT_THRESHOLD_PERCENT = 10;
export const DEFAULT_BASELINE_RUNS = 5;

export class ThresholdSyntaxError extends Error {
  override name = 'ThresholdSyntaxError';
}

/** `throughput:5,ttft:15` → percentages per metric; the others keep 10 %. '' = all defaults. */
export function parseRegressionThresholds(text: string | undefined): RegressionThresholds {
  const thresholds = Object.fromEntries(
    COMPARED_METRICS.map((m) => [m.key, DEFAULT_THRESHOLD_PERCENT]),
  ) as RegressionThresholds;
  const keys = COMPARED_METRICS.map((m) => m.key);
  const usage = `write metric:percent pairs separated by commas, e.g. throughput:5,ttft:15 (metrics: ${keys.join(', ')})`;
  for (const part of (text ?? '').split(',').map((p) => p.trim())) {
    if (part === '') continue;
    const match = /^([a-z0-9]+)\s*:\s*(\d+(?:\.\d+)?)\s*%?$/i.exec(part);
    if (!match)
      throw new ThresholdSyntaxError(`benchmark threshold "${part}" is not metric:percent — ${usage}`);
    const key = (match[1] as string).toLowerCase();
    if (!(keys as string[]).includes(key)) {
      throw new ThresholdSyntaxError(
        `benchmark threshold "${part}" names an unknown metric "${key}" — ${usage}`,
      );
    }
    thresholds[key as ComparedMetric] = Number(match[2]);
  }
  return thresholds;
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The last `runs` completed benchmarks of this config + workload that measured this level, newest first. */
export function baselineLevels(
  history: readonly BenchmarkHistoryEntry[],
  key: { configId: string; workload: string; concurrency: number; excludeRunId?: string },
  runs = DEFAULT_BASELINE_RUNS,
): BenchmarkLevelSummary[] {
  return history
    .filter(
      (h) =>
        h.configId === key.configId &&
        h.benchmark?.status === 'completed' &&
        h.benchmark.workload === key.workload &&
        h.benchmark.runId !== key.excludeRunId,
    )
    .sort((a, b) => b.runTimestamp.localeCompare(a.runTimestamp))
    .flatMap((h) => h.benchmark?.levels.filter((l) => l.concurrency === key.concurrency).slice(0, 1) ?? [])
    .slice(0, runs);
}

export interface MetricComparison {
  metric: ComparedMetric;
  current: number | null;
  /** median of the baseline runs' values; null without history */
  baseline: number | null;
  /** (current − baseline) / baseline × 100 */
  deltaPercent: number | null;
  thresholdPercent: number;
  regression: boolean;
}

export interface SloBreach {
  concurrency: number;
  slo: keyof NonNullable<Workload['slo']>;
  limit: number;
  actual: number;
}

export interface LevelComparison {
  concurrency: number;
  baselineRuns: number;
  summary: BenchmarkLevelSummary;
  metrics: MetricComparison[];
}

export interface BenchmarkComparison {
  workload: string;
  levels: LevelComparison[];
  regressions: { concurrency: number; metric: ComparedMetric; deltaPercent: number }[];
  sloBreaches: SloBreach[];
  thresholds: RegressionThresholds;
  /** N: how many completed runs the baseline takes at most */
  baselineRunsLimit: number;
}

function compareMetric(
  metric: (typeof COMPARED_METRICS)[number],
  current: number | null,
  baselineValues: number[],
  thresholdPercent: number,
): MetricComparison {
  const baseline = median(baselineValues);
  const deltaPercent =
    current === null || baseline === null || baseline === 0 ? null : ((current - baseline) / baseline) * 100;
  // worse by more than the threshold, in the metric's bad direction
  const worse = deltaPercent === null ? 0 : metric.higherIsBetter ? -deltaPercent : deltaPercent;
  return {
    metric: metric.key,
    current,
    baseline,
    deltaPercent,
    thresholdPercent,
    regression: worse > thresholdPercent,
  };
}

const SLO_KEYS = ['ttft_p90_ms', 'itl_p90_ms', 'e2e_latency_p90_ms', 'error_rate'] as const;

export interface CompareOptions {
  configId: string;
  workloadName: string;
  workload: Workload;
  levels: readonly BenchmarkLevelSummary[];
  history: readonly BenchmarkHistoryEntry[];
  /** this run's benchmark id, left out of its own baseline if already in the history */
  runId?: string;
  thresholds?: RegressionThresholds;
  baselineRuns?: number;
}

export function compareWithHistory(options: CompareOptions): BenchmarkComparison {
  const thresholds = options.thresholds ?? parseRegressionThresholds('');
  const baselineRunsLimit = options.baselineRuns ?? DEFAULT_BASELINE_RUNS;
  const levels = options.levels.map((summary): LevelComparison => {
    const baseline = baselineLevels(
      options.history,
      {
        configId: options.configId,
        workload: options.workloadName,
        concurrency: summary.concurrency,
        excludeRunId: options.runId,
      },
      baselineRunsLimit,
    );
    return {
      concurrency: summary.concurrency,
      baselineRuns: baseline.length,
      summary,
      metrics: COMPARED_METRICS.map((m) =>
        compareMetric(
          m,
          summary[m.column],
          baseline.flatMap((b) => (b[m.column] === null ? [] : [b[m.column] as number])),
          thresholds[m.key],
        ),
      ),
    };
  });
  const slo = options.workload.slo ?? {};
  return {
    workload: options.workloadName,
    levels,
    thresholds,
    baselineRunsLimit,
    regressions: levels.flatMap((l) =>
      l.metrics
        .filter((m) => m.regression)
        .map((m) => ({
          concurrency: l.concurrency,
          metric: m.metric,
          deltaPercent: m.deltaPercent as number,
        })),
    ),
    sloBreaches: levels.flatMap((l) =>
      SLO_KEYS.flatMap((key): SloBreach[] => {
        const limit = slo[key];
        const actual = l.summary[key];
        return limit !== undefined && actual !== null && actual > limit
          ? [{ concurrency: l.concurrency, slo: key, limit, actual }]
          : [];
      }),
    ),
  };
}

const fixed = (value: number | null, digits = 1): string => (value === null ? '—' : value.toFixed(digits));
const signed = (delta: number): string => `${delta >= 0 ? '+' : '−'}${Math.abs(delta).toFixed(1)}%`;
const metricLabel = (key: ComparedMetric): string =>
  COMPARED_METRICS.find((m) => m.key === key)?.label ?? key;

function metricCell(m: MetricComparison): string {
  if (m.deltaPercent === null) return fixed(m.current);
  return `${fixed(m.current)} (${signed(m.deltaPercent)}${m.regression ? ' ⚠️ regression' : ''})`;
}

/** The job-summary section: the table with deltas, then regressions and SLO breaches. */
export function renderComparisonMarkdown(comparison: BenchmarkComparison): string {
  const table = renderMarkdownTable(
    [
      'Concurrency',
      ...COMPARED_METRICS.map((m) => m.label),
      'Error rate',
      'Requests',
      '$ / 1M output tok',
      'Baseline runs',
    ],
    comparison.levels.map((l) => [
      String(l.concurrency),
      ...l.metrics.map(metricCell),
      `${(l.summary.error_rate * 100).toFixed(1)}%`,
      String(l.summary.request_count),
      fixed(l.summary.cost_per_1m_tokens, 2),
      String(l.baselineRuns),
    ]),
  );
  const lines = [
    `#### Benchmark: ${escapeHtml(comparison.workload)}`,
    '',
    table,
    '',
    comparison.levels.some((l) => l.baselineRuns > 0)
      ? `Deltas against the median of the last completed runs (up to ${comparison.baselineRunsLimit}); a regression is worse by more than ${COMPARED_METRICS.map((m) => `${m.key} ${comparison.thresholds[m.key]}%`).join(', ')}.`
      : 'No baseline yet: this is the first completed benchmark of this configuration and workload.',
  ];
  if (comparison.regressions.length > 0) {
    lines.push(
      '',
      `**⚠️ ${comparison.regressions.length} regression(s):** ${comparison.regressions
        .map(
          (r) =>
            `${escapeHtml(metricLabel(r.metric))} at concurrency ${r.concurrency} (${signed(r.deltaPercent)})`,
        )
        .join('; ')}`,
    );
  }
  if (comparison.sloBreaches.length > 0) {
    lines.push(
      '',
      `**SLO breaches:** ${comparison.sloBreaches
        .map(
          (b) =>
            `${escapeHtml(b.slo)} ${fixed(b.actual, b.slo === 'error_rate' ? 3 : 1)} > ${b.limit} at concurrency ${b.concurrency}`,
        )
        .join('; ')}`,
    );
  }
  return lines.join('\n');
}
