import type { Workload } from '../catalog/load.js';
import type { CatalogEntry } from '../catalog/types.js';

/** Requests per concurrency level when a profile does not say (04-benchmark.md). */
export const DEFAULT_REQUEST_COUNT = 100;
export const DEFAULT_WORKLOAD = 'sample';
export const WORKLOADS_FILE = 'catalog/workloads.json';

/** The profile as the environment of `./do/benchmark --workload <name>`. */
export function benchmarkEnv(workload: Workload): Record<string, string> {
  return {
    BENCHMARK_CONCURRENCY_LEVELS: workload.concurrency_levels.join(','),
    BENCHMARK_INPUT_TOKENS_MEAN: String(workload.input_tokens_mean),
    BENCHMARK_OUTPUT_TOKENS_MEAN: String(workload.output_tokens_mean),
    BENCHMARK_STREAMING: workload.streaming ? 'true' : 'false',
    BENCHMARK_REQUEST_COUNT: String(workload.request_count ?? DEFAULT_REQUEST_COUNT),
  };
}

export type BenchmarkInput = 'auto' | 'true' | 'false';
export const BENCHMARK_INPUTS: readonly BenchmarkInput[] = ['auto', 'true', 'false'];

export interface BenchmarkDecision {
  enabled: boolean;
  /** set when enabled: a name known to the workloads file */
  workload?: string;
  /** one line a person can read in the log and the summary */
  reason: string;
}

export interface ResolveBenchmarkOptions {
  input: BenchmarkInput | string;
  entry: Pick<CatalogEntry, 'id' | 'benchmark'>;
  /** `benchmarkEnabled` of the config's record (set by `register --benchmark-enabled`) */
  recordBenchmarkEnabled?: boolean;
  /** `benchmarkWorkload` of the config's record */
  recordWorkload?: string;
  /** the action input `benchmark-workload` / CLI `--workload` ('' = not given) */
  workloadInput?: string;
  workloads: Record<string, Workload>;
  /** shown in the unknown-workload error (default catalog/workloads.json) */
  workloadsFile?: string;
}

/** A configuration mistake (bad input, unknown workload): the run should stop before deploying. */
export class BenchmarkConfigError extends Error {
  override name = 'BenchmarkConfigError';
}

/** Who opted the config in, first match wins; input `false` overrides them all. */
const OPT_INS: { applies: (o: ResolveBenchmarkOptions) => boolean; reason: string }[] = [
  { applies: (o) => o.input === 'true', reason: 'the benchmark input is true' },
  { applies: (o) => o.entry.benchmark !== undefined, reason: 'the catalog entry has a benchmark block' },
  { applies: (o) => o.recordBenchmarkEnabled === true, reason: 'the record has benchmarkEnabled' },
];

/**
 * Whether Stage 2 runs for this config and with which workload. The workload is the input's,
 * else the entry's, else the record's, else `sample`; an unknown one throws BenchmarkConfigError.
 */
export function resolveBenchmark(options: ResolveBenchmarkOptions): BenchmarkDecision {
  const { input, entry, workloads } = options;
  if (!BENCHMARK_INPUTS.includes(input as BenchmarkInput)) {
    throw new BenchmarkConfigError(
      `the benchmark input is "${input}" — use one of ${BENCHMARK_INPUTS.join(', ')}`,
    );
  }
  if (input === 'false') return { enabled: false, reason: 'disabled: the benchmark input is false' };
  const optIn = OPT_INS.find((o) => o.applies(options));
  if (!optIn) {
    return {
      enabled: false,
      reason: `not opted in: ${entry.id} has no benchmark block, its record no benchmarkEnabled, and the benchmark input is auto`,
    };
  }
  const given = options.workloadInput?.trim();
  const workload =
    (given ? given : undefined) ?? entry.benchmark?.workload ?? options.recordWorkload ?? DEFAULT_WORKLOAD;
  if (!Object.hasOwn(workloads, workload)) {
    const known = Object.keys(workloads).sort();
    throw new BenchmarkConfigError(
      `unknown benchmark workload "${workload}" for ${entry.id} — use one defined in ${options.workloadsFile ?? WORKLOADS_FILE} (${known.join(', ') || 'none defined'})`,
    );
  }
  return { enabled: true, workload, reason: `enabled: ${optIn.reason}; workload ${workload}` };
}
