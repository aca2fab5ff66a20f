/**
 * The benchmark_results table (04-benchmark.md) as data: the single source of truth for the
 * Parquet writer, the Glue table of infra/ci-stack.yaml and the Athena DDL of
 * infra/benchmark_results.sql (tests compare both files with this list).
 */

export type GlueType = 'string' | 'int' | 'double' | 'boolean';

export interface BenchmarkColumn {
  readonly name: string;
  readonly glueType: GlueType;
}

export const GLUE_DATABASE = 'mlcc_ci';
export const GLUE_TABLE = 'benchmark_results';

function columns(glueType: GlueType, ...names: string[]): BenchmarkColumn[] {
  return names.map((name) => ({ name, glueType }));
}

function percentiles(prefix: string): string[] {
  return ['avg', 'p50', 'p90', 'p99'].map((stat) => `${prefix}_${stat}_ms`);
}

/** The columns stored in each Parquet file, in file order (partition keys excluded). */
/** GPU telemetry: nullable, and empty when the source (AIPerf's request records) carries none. */
export const GPU_COLUMN_NAMES = [
  'gpu_utilization_avg',
  'gpu_utilization_max',
  'gpu_memory_used_avg_gb',
  'gpu_memory_util_avg',
  'kv_cache_util_avg',
  'kv_cache_util_max',
  'prefix_cache_hit_rate',
  'queue_depth_running_avg',
  'queue_depth_waiting_avg',
  'queue_depth_waiting_max',
] as const;

export const BENCHMARK_COLUMNS: readonly BenchmarkColumn[] = [
  // identity
  ...columns('string', 'config_id', 'catalog_id', 'run_id', 'tier'),
  ...columns(
    'string',
    'project_name',
    'model_name',
    'model_family',
    'instance_type',
    'deployment_config',
    'deployment_target',
    'quantization',
  ),
  ...columns('int', 'tensor_parallel_degree'),
  // hardware
  ...columns('string', 'instance_family'),
  ...columns('int', 'gpu_count'),
  ...columns('string', 'gpu_type'),
  ...columns('double', 'gpu_memory_gb'),
  // serving (serving_config is JSON text)
  ...columns('int', 'max_model_len'),
  ...columns('boolean', 'enable_lora'),
  ...columns('string', 'kv_cache_dtype', 'serving_config'),
  // workload
  ...columns('string', 'workload'),
  ...columns('int', 'concurrency', 'input_tokens_mean', 'output_tokens_mean'),
  ...columns('boolean', 'streaming'),
  ...columns('int', 'duration_seconds'),
  // throughput
  ...columns(
    'double',
    'request_throughput_rps',
    'total_token_throughput_tps',
    'output_token_throughput_tps',
    'request_count',
  ),
  // latency
  ...columns('double', ...percentiles('ttft'), ...percentiles('itl'), ...percentiles('e2e_latency')),
  // per user
  ...columns(
    'double',
    'prefill_tps_avg',
    'prefill_tps_p50',
    'output_token_tps_avg',
    'output_token_tps_p50',
    'output_token_tps_p90',
    'ttst_p50_ms',
    'ttst_p90_ms',
    'output_sequence_length_avg',
    'input_sequence_length_avg',
  ),
  // quality and cost
  ...columns('double', 'error_rate', 'cost_per_1m_tokens', 'benchmark_duration_sec'),
  // run
  ...columns(
    'string',
    'run_type',
    'benchmark_job_name',
    'mcc_version',
    'run_timestamp',
    'region',
    'adapter_name',
  ),
  // GPU (nullable)
  ...columns('double', ...GPU_COLUMN_NAMES),
  ...columns('string', 'metrics_source'),
];

/** Hive-style partition keys: in the S3 path (`model=…/instance=…/target=…/`), not in the file. */
export const BENCHMARK_PARTITION_KEYS: readonly BenchmarkColumn[] = columns(
  'string',
  'model',
  'instance',
  'target',
);

/** The columns in the shape of the Glue API (`StorageDescriptor.Columns`, `PartitionKeys`). */
export function toGlueColumns(list: readonly BenchmarkColumn[]): { Name: string; Type: GlueType }[] {
  return list.map((c) => ({ Name: c.name, Type: c.glueType }));
}

/** The Athena DDL of the table over `location` (e.g. `s3://<benchmark-bucket>/results/`). */
export function benchmarkTableDdl(location: string): string {
  const render = (list: readonly BenchmarkColumn[]) =>
    list.map((c) => `  \`${c.name}\` ${c.glueType}`).join(',\n');
  return [
    `CREATE EXTERNAL TABLE IF NOT EXISTS \`${GLUE_DATABASE}\`.\`${GLUE_TABLE}\` (`,
    render(BENCHMARK_COLUMNS),
    ')',
    'PARTITIONED BY (',
    render(BENCHMARK_PARTITION_KEYS),
    ')',
    'STORED AS PARQUET',
    `LOCATION '${location}';`,
    '',
  ].join('\n');
}
