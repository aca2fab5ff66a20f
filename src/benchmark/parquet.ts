/** The benchmark_results rows (one per concurrency level) and their Parquet file. */
import { parquetWriteBuffer, type BasicType } from 'hyparquet-writer';
import type { Workload } from '../catalog/load.js';
import type { CatalogEntry } from '../catalog/types.js';
import { isoSeconds } from '../results/record.js';
import { BENCHMARK_COLUMNS, GPU_COLUMN_NAMES, type GlueType } from './columns.js';
import type { LevelMetrics } from './metrics.js';

export type CellValue = string | number | boolean | null;
export type BenchmarkRow = Record<string, CellValue>;

interface GpuSpec {
  count: number;
  type: string;
  memoryGb: number;
}

/** GPUs per size of the g families (one GPU up to 16xlarge). */
const G_SIZES = {
  xlarge: 1,
  '2xlarge': 1,
  '4xlarge': 1,
  '8xlarge': 1,
  '16xlarge': 1,
  '12xlarge': 4,
  '24xlarge': 4,
  '48xlarge': 8,
};

/** GPUs per instance (memory = the instance's total GPU memory). Unknown instances get nulls. */
const GPUS: Record<string, GpuSpec> = {
  ...sizes('g5', 'A10G', 24, G_SIZES),
  ...sizes('g6', 'L4', 24, G_SIZES),
  ...sizes('g6e', 'L40S', 48, G_SIZES),
  ...sizes('p4d', 'A100', 40, { '24xlarge': 8 }),
  ...sizes('p4de', 'A100', 80, { '24xlarge': 8 }),
  ...sizes('p5', 'H100', 80, { '48xlarge': 8 }),
  ...sizes('p5e', 'H200', 141, { '48xlarge': 8 }),
  ...sizes('p5en', 'H200', 141, { '48xlarge': 8 }),
};

function sizes(
  family: string,
  type: string,
  gbPerGpu: number,
  counts: Record<string, number>,
): Record<string, GpuSpec> {
  return Object.fromEntries(
    Object.entries(counts).map(([size, count]) => [
      `ml.${family}.${size}`,
      { count, type, memoryGb: count * gbPerGpu },
    ]),
  );
}

/** `ml.<family>.<size>` → family; anything else as it is. */
export const instanceFamily = (instanceType: string): string => instanceType.split('.')[1] ?? instanceType;

/** First match wins (04-benchmark.md), so the specific names come before the general ones. */
const MODEL_FAMILIES = [
  'deepseek',
  'qwen3',
  'qwen2',
  'qwen',
  'codellama',
  'llama3',
  'llama2',
  'llama',
  'mixtral',
  'mistral',
  'phi3',
  'phi2',
  'gemma2',
  'gemma',
  'falcon',
  'starcoder',
  'gpt-oss',
  'nemotron',
];

/** Separators dropped on both sides, so `Llama-3.2` matches llama3 and `gpt-oss` stays one word. */
const squash = (s: string): string => s.toLowerCase().replace(/[-_. ]/g, '');

export function modelFamily(modelName: string): string {
  const name = squash(modelName.slice(modelName.lastIndexOf('/') + 1));
  return MODEL_FAMILIES.find((family) => name.includes(squash(family))) ?? 'other';
}

/** The serving settings the generator passes to vLLM through the entry's env. */
const SERVING_ENV = {
  maxModelLen: 'IC_ENV_VLLM_MAX_MODEL_LEN',
  tensorParallel: 'IC_ENV_VLLM_TENSOR_PARALLEL_SIZE',
  quantization: 'IC_ENV_VLLM_QUANTIZATION',
  kvCacheDtype: 'IC_ENV_VLLM_KV_CACHE_DTYPE',
} as const;

function intOrNull(text: string | undefined): number | null {
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return null;
  return Number(text);
}

/** Key-sorted, so the same env always gives the same text. */
const stableJson = (env: Record<string, string>): string =>
  JSON.stringify(Object.fromEntries(Object.entries(env).sort(([a], [b]) => a.localeCompare(b))));

export interface BenchmarkRowContext {
  entry: CatalogEntry;
  projectName: string;
  /** the run (GitHub run id or CLI run id) */
  runId: string;
  /** this benchmark's id, `bmk-<YYYYmmddTHHMMSSZ>` (also the record's lastBenchmarkRunId) */
  benchmarkRunId: string;
  workloadName: string;
  workload: Workload;
  /** ML Container Creator's version when known */
  mccVersion?: string;
  at: Date;
}

/** The columns that are the same for every level of the run. */
function runColumns(ctx: BenchmarkRowContext): BenchmarkRow {
  const { entry, workload } = ctx;
  const env = entry.env ?? {};
  const gpu = GPUS[entry.params.instanceType];
  return {
    config_id: entry.configId,
    catalog_id: entry.id,
    run_id: ctx.runId,
    tier: entry.tier,
    project_name: ctx.projectName,
    model_name: entry.params.modelName,
    model_family: modelFamily(entry.params.modelName),
    instance_type: entry.params.instanceType,
    deployment_config: entry.params.deploymentConfig,
    deployment_target: entry.params.deploymentTarget,
    quantization: env[SERVING_ENV.quantization] ?? null,
    tensor_parallel_degree: intOrNull(env[SERVING_ENV.tensorParallel]) ?? 1,
    instance_family: instanceFamily(entry.params.instanceType),
    gpu_count: gpu?.count ?? null,
    gpu_type: gpu?.type ?? null,
    gpu_memory_gb: gpu?.memoryGb ?? null,
    max_model_len: intOrNull(env[SERVING_ENV.maxModelLen]),
    enable_lora: entry.argv.some((a) => a === '--enable-lora' || a === '--enable-lora=true'),
    kv_cache_dtype: env[SERVING_ENV.kvCacheDtype] ?? null,
    serving_config: stableJson(env),
    workload: ctx.workloadName,
    input_tokens_mean: workload.input_tokens_mean,
    output_tokens_mean: workload.output_tokens_mean,
    streaming: workload.streaming,
    run_type: 'ci',
    benchmark_job_name: ctx.benchmarkRunId,
    mcc_version: ctx.mccVersion ?? null,
    run_timestamp: isoSeconds(ctx.at),
    region: entry.params.region,
    adapter_name: '',
    ...Object.fromEntries(GPU_COLUMN_NAMES.map((c) => [c, null])),
    metrics_source: 'aiperf',
  };
}

/** One row per level, keys in the order of BENCHMARK_COLUMNS. */
export function buildBenchmarkRows(
  ctx: BenchmarkRowContext,
  levels: readonly LevelMetrics[],
): BenchmarkRow[] {
  const shared = runColumns(ctx);
  return levels.map((level) => {
    const values: BenchmarkRow = { ...shared, concurrency: level.concurrency, ...level.columns };
    return Object.fromEntries(
      BENCHMARK_COLUMNS.map(({ name }) => {
        // a column nobody fills is a bug here, not a null in Athena
        if (!Object.hasOwn(values, name)) throw new Error(`benchmark row: no value for column ${name}`);
        return [name, values[name] as CellValue];
      }),
    );
  });
}

/** Glue type → Parquet type, and the JavaScript values each accepts (null everywhere). */
const PARQUET_TYPES: Record<GlueType, { type: BasicType; accepts: (v: CellValue) => boolean }> = {
  string: { type: 'STRING', accepts: (v) => typeof v === 'string' },
  int: { type: 'INT32', accepts: (v) => Number.isInteger(v) && Math.abs(v as number) <= 2 ** 31 - 1 },
  double: { type: 'DOUBLE', accepts: (v) => typeof v === 'number' && Number.isFinite(v) },
  boolean: { type: 'BOOLEAN', accepts: (v) => typeof v === 'boolean' },
};

/** The rows as one Parquet file: every column nullable, types from columns.ts. */
export function benchmarkParquet(rows: readonly BenchmarkRow[]): Uint8Array {
  const columnData = BENCHMARK_COLUMNS.map(({ name, glueType }) => {
    const { type, accepts } = PARQUET_TYPES[glueType];
    const data = rows.map((row, i) => {
      const value = row[name] ?? null;
      if (value !== null && !accepts(value)) {
        throw new Error(`benchmark row ${i}: ${name} is ${JSON.stringify(value)}, not a ${glueType}`);
      }
      return value;
    });
    return { name, data, type, nullable: true };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}
