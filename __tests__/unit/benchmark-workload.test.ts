import { describe, expect, it } from '@jest/globals';
import { benchmarkEnv, resolveBenchmark } from '../../src/benchmark/workload.js';
import { loadWorkloads, SHIPPED_CATALOG_DIR } from '../../src/catalog/load.js';
import { join } from 'node:path';

const { workloads } = loadWorkloads(join(SHIPPED_CATALOG_DIR, 'e2e-catalog.json'));
const plain = { id: 'rt-qwen3-4b' };
const optedIn = { id: 'rt-qwen3-4b', benchmark: { workload: 'rag_document_qa' } };

describe('benchmark workload profiles', () => {
  it('exports a profile as the environment of do/benchmark', () => {
    expect(benchmarkEnv(workloads.agent_tool_calling!)).toEqual({
      BENCHMARK_CONCURRENCY_LEVELS: '1,4,8,16,32',
      BENCHMARK_INPUT_TOKENS_MEAN: '200',
      BENCHMARK_OUTPUT_TOKENS_MEAN: '100',
      BENCHMARK_STREAMING: 'false',
      BENCHMARK_REQUEST_COUNT: '100',
    });
    expect(benchmarkEnv({ ...workloads.sample!, request_count: undefined }).BENCHMARK_REQUEST_COUNT).toBe(
      '100',
    );
    expect(benchmarkEnv(workloads.sample!).BENCHMARK_STREAMING).toBe('true');
  });

  it.each([
    ['auto, nothing opted in', { input: 'auto', entry: plain }, { enabled: false }],
    ['input true, default workload', { input: 'true', entry: plain }, { enabled: true, workload: 'sample' }],
    [
      'the entry block, its workload',
      { input: 'auto', entry: optedIn },
      { enabled: true, workload: 'rag_document_qa' },
    ],
    [
      'the record flag, the record workload',
      { input: 'auto', entry: plain, recordBenchmarkEnabled: true, recordWorkload: 'multi_turn_chat' },
      { enabled: true, workload: 'multi_turn_chat' },
    ],
    [
      'the workload input wins',
      { input: 'auto', entry: optedIn, workloadInput: 'long_context_scaling' },
      { enabled: true, workload: 'long_context_scaling' },
    ],
    [
      'input false beats every opt-in',
      { input: 'false', entry: optedIn, recordBenchmarkEnabled: true },
      { enabled: false },
    ],
  ])('%s', (_name, options, expected) => {
    const decision = resolveBenchmark({ workloads, ...options });
    expect(decision).toMatchObject(expected);
    expect(decision.reason).not.toBe('');
  });

  it('an unknown workload names workloads.json and the known names', () => {
    expect(() =>
      resolveBenchmark({ input: 'true', entry: plain, workloadInput: 'chatty', workloads }),
    ).toThrow(
      /unknown benchmark workload "chatty" for rt-qwen3-4b — use one defined in catalog\/workloads\.json \(agent_tool_calling, long_context_scaling, multi_turn_chat, production_traffic_mix, rag_document_qa, sample, shared_system_prompt\)/,
    );
    expect(() => resolveBenchmark({ input: 'yes', entry: plain, workloads })).toThrow(
      'the benchmark input is "yes" — use one of auto, true, false',
    );
  });
});
