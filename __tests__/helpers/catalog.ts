import { validateCatalogText, type CatalogProblem } from '../../src/catalog/validate.js';

/** The stage names of a full entry's lifecycle (tune-sft), in order; with Stage 2 before clean. */
export const FULL_LIFECYCLE = [
  'generate',
  'build',
  'push',
  'deploy',
  'test',
  'tune-sft',
  'adapter-add',
  'test-adapter',
  'clean',
];
export const WITH_BENCHMARK = [...FULL_LIFECYCLE.slice(0, -1), 'benchmark', 'clean'];

export const WORKLOADS = new Set(['sample', 'multi_turn_chat']);

/** A valid entry in MCC's format; tests break one thing at a time. */
export function validEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'rt-test-model',
    tier: 'ci',
    track: 'realtime',
    args: '--deployment-config=transformers-vllm --model-name=Qwen/Qwen3-4B --instance-type=ml.g5.xlarge --region=us-west-2 --enable-lora',
    lifecycle: ['build', 'push', 'deploy', 'test', 'tune-sft', 'adapter-add', 'test-adapter', 'clean'],
    timeout: 1800,
    tuneTimeout: 3600,
    tuneConfig: { technique: 'sft', trainingType: 'lora', dataset: 's3://bucket/train.jsonl' },
    ...overrides,
  };
}

export function catalogText(configs: unknown[]): string {
  return JSON.stringify({ configs }, null, 2);
}

export function validate(text: string) {
  return validateCatalogText(text, {
    file: 'test-catalog.json',
    workloadNames: WORKLOADS,
    workloadsFile: 'catalog/workloads.json',
  });
}

export function problemsOf(configs: unknown[]): Pick<CatalogProblem, 'path' | 'message'>[] {
  return validate(catalogText(configs)).problems.map(({ path, message }) => ({ path, message }));
}
