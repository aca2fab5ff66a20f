/**
 * The per-level metrics of 04-benchmark.md, computed from AIPerf's per-request records.
 * Memory per record is one number per metric (plain arrays), so 100,000 records stay cheap.
 */

/** AIPerf's per-request metric names that the table is built from. */
export const AIPERF_METRICS = [
  'request_latency',
  'time_to_first_token',
  'inter_token_latency',
  'time_to_second_token',
  'output_token_count',
  'input_sequence_length',
  'prefill_throughput_per_user',
  'output_token_throughput_per_user',
] as const;
export type AiperfMetric = (typeof AIPERF_METRICS)[number];

/** These are durations: converted to milliseconds from whatever unit the record states. */
export const TIME_METRICS: ReadonlySet<AiperfMetric> = new Set([
  'request_latency',
  'time_to_first_token',
  'inter_token_latency',
  'time_to_second_token',
]);

/** One request as the metrics need it (times in ms; `values` only of successful requests). */
export interface RequestSample {
  failed: boolean;
  startNs: number;
  endNs: number;
  values: Partial<Record<AiperfMetric, number>>;
}

type Stat = 'avg' | 'p50' | 'p90' | 'p99';

/** Distribution columns as data: [column, AIPerf metric, statistic]. */
const DISTRIBUTION_COLUMNS = [
  ['ttft_avg_ms', 'time_to_first_token', 'avg'],
  ['ttft_p50_ms', 'time_to_first_token', 'p50'],
  ['ttft_p90_ms', 'time_to_first_token', 'p90'],
  ['ttft_p99_ms', 'time_to_first_token', 'p99'],
  ['itl_avg_ms', 'inter_token_latency', 'avg'],
  ['itl_p50_ms', 'inter_token_latency', 'p50'],
  ['itl_p90_ms', 'inter_token_latency', 'p90'],
  ['itl_p99_ms', 'inter_token_latency', 'p99'],
  ['e2e_latency_avg_ms', 'request_latency', 'avg'],
  ['e2e_latency_p50_ms', 'request_latency', 'p50'],
  ['e2e_latency_p90_ms', 'request_latency', 'p90'],
  ['e2e_latency_p99_ms', 'request_latency', 'p99'],
  ['prefill_tps_avg', 'prefill_throughput_per_user', 'avg'],
  ['prefill_tps_p50', 'prefill_throughput_per_user', 'p50'],
  ['output_token_tps_avg', 'output_token_throughput_per_user', 'avg'],
  ['output_token_tps_p50', 'output_token_throughput_per_user', 'p50'],
  ['output_token_tps_p90', 'output_token_throughput_per_user', 'p90'],
  ['ttst_p50_ms', 'time_to_second_token', 'p50'],
  ['ttst_p90_ms', 'time_to_second_token', 'p90'],
  ['output_sequence_length_avg', 'output_token_count', 'avg'],
  ['input_sequence_length_avg', 'input_sequence_length', 'avg'],
] as const satisfies readonly (readonly [string, AiperfMetric, Stat])[];

/** Every column of src/benchmark/columns.ts that comes from the measurements. */
export const METRIC_COLUMNS = [
  'duration_seconds',
  'request_throughput_rps',
  'total_token_throughput_tps',
  'output_token_throughput_tps',
  'request_count',
  ...DISTRIBUTION_COLUMNS.map(([column]) => column),
  'error_rate',
  'cost_per_1m_tokens',
  'benchmark_duration_sec',
] as const;
export type MetricColumn = (typeof METRIC_COLUMNS)[number];

export interface LevelMetrics {
  concurrency: number;
  /** every record of the level, failed ones included */
  requests: number;
  errors: number;
  /** the table's values; null where nothing was measured (e.g. TTFT of a non-streaming run) */
  columns: Record<MetricColumn, number | null>;
}

/** Linear interpolation at index p/100 × (n−1) over ascending values; null for none. */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const index = (p / 100) * (n - 1);
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const a = sorted[lo] as number;
  return a + ((sorted[hi] as number) - a) * (index - lo);
}

function statistic(sorted: Float64Array, stat: Stat): number | null {
  if (stat !== 'avg') return percentile(sorted, Number(stat.slice(1)));
  if (sorted.length === 0) return null;
  let sum = 0;
  for (const v of sorted) sum += v;
  return sum / sorted.length;
}

const sumOf = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

/** The records of one concurrency level, accumulated one at a time (the parser streams). */
export class LevelSamples {
  readonly concurrency: number;
  requests = 0;
  errors = 0;
  private minStartNs = Infinity;
  private maxEndNs = -Infinity;
  private readonly values = Object.fromEntries(AIPERF_METRICS.map((m) => [m, [] as number[]])) as Record<
    AiperfMetric,
    number[]
  >;

  constructor(concurrency: number) {
    this.concurrency = concurrency;
  }

  add(sample: RequestSample): void {
    this.requests += 1;
    // the window is the whole level: failed requests took time too
    if (sample.startNs < this.minStartNs) this.minStartNs = sample.startNs;
    if (sample.endNs > this.maxEndNs) this.maxEndNs = sample.endNs;
    if (sample.failed) {
      this.errors += 1;
      return;
    }
    for (const metric of AIPERF_METRICS) {
      const value = sample.values[metric];
      if (value !== undefined) this.values[metric].push(value);
    }
  }

  /** The level's row values; `pricePerHour` undefined when the instance has no known price. */
  compute(pricePerHour: number | undefined): LevelMetrics {
    const successful = this.requests - this.errors;
    // at least 1 ms, so a degenerate window never divides by zero
    const durationSec = Math.max(this.requests > 0 ? (this.maxEndNs - this.minStartNs) / 1e9 : 0, 0.001);
    const outputTokens = sumOf(this.values.output_token_count);
    const inputTokens = sumOf(this.values.input_sequence_length);
    const outputTps = outputTokens / durationSec;
    const sorted = Object.fromEntries(
      AIPERF_METRICS.map((m) => [m, Float64Array.from(this.values[m]).sort()]),
    ) as Record<AiperfMetric, Float64Array>;
    const distributions = Object.fromEntries(
      DISTRIBUTION_COLUMNS.map(([column, metric, stat]) => [column, statistic(sorted[metric], stat)]),
    ) as Record<(typeof DISTRIBUTION_COLUMNS)[number][0], number | null>;
    return {
      concurrency: this.concurrency,
      requests: this.requests,
      errors: this.errors,
      columns: {
        duration_seconds: Math.round(durationSec),
        // successful requests only: failed ones are not served throughput
        request_throughput_rps: successful / durationSec,
        total_token_throughput_tps: (outputTokens + inputTokens) / durationSec,
        output_token_throughput_tps: outputTps,
        request_count: this.requests,
        ...distributions,
        error_rate: this.requests > 0 ? this.errors / this.requests : 0,
        cost_per_1m_tokens: costPerMillionTokens(pricePerHour, outputTps),
        benchmark_duration_sec: durationSec,
      },
    };
  }
}

/** $/h ÷ (output tokens/s × 3600) × 1e6; null when the price or the throughput is unknown or zero. */
export function costPerMillionTokens(pricePerHour: number | undefined, outputTps: number): number | null {
  if (pricePerHour === undefined || !(pricePerHour > 0) || !(outputTps > 0)) return null;
  return (pricePerHour / (outputTps * 3600)) * 1e6;
}
