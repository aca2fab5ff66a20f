import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCHMARK_COLUMNS } from '../../src/benchmark/columns.js';
import { METRIC_COLUMNS, type LevelMetrics, type MetricColumn } from '../../src/benchmark/metrics.js';
import {
  benchmarkParquet,
  buildBenchmarkRows,
  instanceFamily,
  modelFamily,
  type BenchmarkRow,
} from '../../src/benchmark/parquet.js';
import { exampleEntry } from '../helpers/example.js';

const DUCKDB_TYPES = { string: 'VARCHAR', int: 'INTEGER', double: 'DOUBLE', boolean: 'BOOLEAN' } as const;

/** Distinct, non-round values per column, so a swapped column cannot go unnoticed. */
function levelMetrics(concurrency: number, streaming: boolean): LevelMetrics {
  const columns = Object.fromEntries(
    METRIC_COLUMNS.map((c, i) => [c, concurrency * 1000 + i + 0.123456789]),
  ) as Record<MetricColumn, number | null>;
  columns.duration_seconds = 12 + concurrency;
  columns.request_count = 100;
  if (!streaming) {
    for (const c of ['ttft_avg_ms', 'ttft_p50_ms', 'ttft_p90_ms', 'ttft_p99_ms'] as const) columns[c] = null;
  }
  return { concurrency, requests: 100, errors: 3, columns };
}

const entry = exampleEntry({
  args: '--deployment-config=transformers-vllm --model-name=meta-llama/Llama-3.2-1B-Instruct --instance-type=ml.g5.12xlarge --region=us-west-2 --deployment-target=realtime-inference --enable-lora',
  env: { IC_ENV_VLLM_TENSOR_PARALLEL_SIZE: '4', IC_ENV_VLLM_MAX_MODEL_LEN: '8192', HF_HOME: '/tmp/"quoted"' },
});

const context = {
  entry,
  projectName: 'rt-llama32-1b-ab12cd',
  runId: '15012345678',
  benchmarkRunId: 'bmk-20260609T143022Z',
  workloadName: 'multi_turn_chat',
  workload: { input_tokens_mean: 550, output_tokens_mean: 150, streaming: true, concurrency_levels: [1, 4] },
  mccVersion: '0.9.1',
  at: new Date('2026-06-09T14:30:22.517Z'),
};

describe('benchmark rows in Parquet, read back by DuckDB', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  let file: string;
  let rows: BenchmarkRow[];

  beforeAll(async () => {
    rows = buildBenchmarkRows(context, [levelMetrics(1, true), levelMetrics(4, false)]);
    file = join(mkdtempSync(join(tmpdir(), 'mcc-parquet-')), 'run.parquet');
    writeFileSync(file, benchmarkParquet(rows));
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
  });

  afterAll(() => {
    connection?.closeSync();
    instance?.closeSync();
  });

  const query = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjects();

  it('has the columns of columns.ts, in order, with the Athena-compatible types', async () => {
    const described = await query(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
    expect(described.map((r) => [r.column_name, r.column_type])).toEqual(
      BENCHMARK_COLUMNS.map((c) => [c.name, DUCKDB_TYPES[c.glueType]]),
    );
  });

  it('every column is nullable (OPTIONAL) in the file schema', async () => {
    const schema = await query(
      `SELECT name, repetition_type FROM parquet_schema('${file}') WHERE name <> 'root'`,
    );
    expect(schema).toHaveLength(BENCHMARK_COLUMNS.length);
    expect(new Set(schema.map((r) => r.repetition_type))).toEqual(new Set(['OPTIONAL']));
  });

  it('the values read back equal the rows written, nulls included', async () => {
    const read = await query(`SELECT * FROM read_parquet('${file}') ORDER BY concurrency`);
    expect(read).toEqual(rows);
    expect(read[1]!.ttft_p90_ms).toBeNull();
    expect(read[0]!.gpu_utilization_avg).toBeNull();
  });

  it('identity, hardware, serving and run columns come from the entry and the context', () => {
    expect(rows[0]).toMatchObject({
      config_id: entry.configId,
      catalog_id: entry.id,
      run_id: '15012345678',
      tier: 'ci',
      project_name: 'rt-llama32-1b-ab12cd',
      model_name: 'meta-llama/Llama-3.2-1B-Instruct',
      model_family: 'llama3',
      instance_type: 'ml.g5.12xlarge',
      deployment_config: 'transformers-vllm',
      deployment_target: 'realtime-inference',
      quantization: null,
      tensor_parallel_degree: 4,
      instance_family: 'g5',
      gpu_count: 4,
      gpu_type: 'A10G',
      gpu_memory_gb: 96,
      max_model_len: 8192,
      enable_lora: true,
      kv_cache_dtype: null,
      serving_config:
        '{"HF_HOME":"/tmp/\\"quoted\\"","IC_ENV_VLLM_MAX_MODEL_LEN":"8192","IC_ENV_VLLM_TENSOR_PARALLEL_SIZE":"4"}',
      workload: 'multi_turn_chat',
      concurrency: 1,
      input_tokens_mean: 550,
      output_tokens_mean: 150,
      streaming: true,
      run_type: 'ci',
      benchmark_job_name: 'bmk-20260609T143022Z',
      mcc_version: '0.9.1',
      run_timestamp: '2026-06-09T14:30:22Z',
      region: 'us-west-2',
      adapter_name: '',
      metrics_source: 'aiperf',
    });
    expect(Object.keys(rows[0]!)).toEqual(BENCHMARK_COLUMNS.map((c) => c.name));
  });

  it('defaults: tensor parallel 1, unknown instance hardware null, no LoRA', () => {
    const plain = exampleEntry({
      args: '--deployment-config=transformers-vllm --model-name=openai/gpt-oss-20b --instance-type=ml.m5.xlarge --region=us-east-1',
      lifecycle: ['build', 'push', 'deploy', 'test', 'clean'],
      tuneConfig: undefined,
      tuneTimeout: undefined,
    });
    const [row] = buildBenchmarkRows({ ...context, entry: plain }, [levelMetrics(2, true)]);
    expect(row).toMatchObject({
      tensor_parallel_degree: 1,
      max_model_len: null,
      instance_family: 'm5',
      gpu_count: null,
      gpu_type: null,
      gpu_memory_gb: null,
      enable_lora: false,
      serving_config: '{}',
      model_family: 'gpt-oss',
    });
  });

  it.each([
    ['Qwen/Qwen3-4B', 'qwen3'],
    ['Qwen/Qwen3.5-27B', 'qwen3'],
    ['Qwen/Qwen2.5-72B-Instruct', 'qwen2'],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'deepseek'],
    ['meta-llama/Llama-3.3-70B-Instruct', 'llama3'],
    ['meta-llama/Llama-2-7b-hf', 'llama2'],
    ['codellama/CodeLlama-7b-hf', 'codellama'],
    ['mistralai/Mixtral-8x7B-Instruct-v0.1', 'mixtral'],
    ['microsoft/Phi-3-mini-4k-instruct', 'phi3'],
    ['google/gemma-2-9b-it', 'gemma2'],
    ['nvidia/Nemotron-3-Nano-A3B-BF16-30B', 'nemotron'],
    ['bigcode/starcoder2-15b', 'starcoder'],
    ['EleutherAI/pythia-1b', 'other'],
  ])('model family of %s is %s', (model, family) => {
    expect(modelFamily(model)).toBe(family);
  });

  it('instance family is the middle token', () => {
    expect(instanceFamily('ml.p4d.24xlarge')).toBe('p4d');
    expect(instanceFamily('ml.g6e.2xlarge')).toBe('g6e');
  });

  it('a value of the wrong type is refused with the column name', () => {
    const bad = { ...rows[0]!, concurrency: 1.5 };
    expect(() => benchmarkParquet([bad])).toThrow('benchmark row 0: concurrency is 1.5, not a int');
  });
});
