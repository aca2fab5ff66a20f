import type { CatalogEntry } from '../catalog/types.js';
import { findStage, type StageDefinition, type TimeoutKind } from './stages.js';
import { overriddenArgv, type StageCommands } from './overrides.js';

export const DEFAULT_CLEAN_TIMEOUT_SECONDS = 900;
export const DEFAULT_KILL_GRACE_SECONDS = 30;
export const DEFAULT_GENERATOR = 'ml-container-creator';

export interface StageOptions {
  generator: string[];
  projectName: string;
  cleanTimeoutSeconds?: number;
  /** set when Stage 2 is opted into: the workload name */
  benchmarkWorkload?: string;
  /** per-stage argv overrides (catalog `stageCommands`, action input `stage-commands`) */
  stageCommands?: StageCommands;
  /** env keys given to every stage besides the entry's own (names only: values may be secret) */
  extraEnvKeys?: string[];
}

export interface ResolvedStage {
  name: string;
  definition: StageDefinition;
  argv: string[];
  cwd: 'workspace' | 'project';
  timeoutSeconds: number;
  envKeys: string[];
}

/** Env keys the engine adds to every stage (values come at run time). */
export const ENGINE_ENV_KEYS = [
  'CI',
  'AWS_REGION',
  'MCC_E2E_RUN_ID',
  'MCC_E2E_CONFIG_ID',
  'MCC_E2E_CATALOG_ID',
];
export const BENCHMARK_ENV_KEYS = [
  'BENCHMARK_CONCURRENCY_LEVELS',
  'BENCHMARK_INPUT_TOKENS_MEAN',
  'BENCHMARK_OUTPUT_TOKENS_MEAN',
  'BENCHMARK_STREAMING',
  'BENCHMARK_REQUEST_COUNT',
];

export function timeoutSeconds(entry: CatalogEntry, kind: TimeoutKind, cleanTimeout: number): number {
  const byKind: Record<TimeoutKind, number> = {
    stage: entry.timeout,
    tune: entry.tuneTimeout ?? entry.timeout,
    clean: cleanTimeout,
  };
  return byKind[kind];
}

/** generate, the lifecycle, and (when opted in) benchmark after the last test stage and before clean. */
function stageNames(entry: CatalogEntry, benchmark: boolean): string[] {
  const names = ['generate', ...entry.lifecycle];
  if (!benchmark) return names;
  const cleanIndex = names.indexOf('clean');
  names.splice(cleanIndex >= 0 ? cleanIndex : names.length, 0, 'benchmark');
  return names;
}

export function resolveStages(entry: CatalogEntry, options: StageOptions): ResolvedStage[] {
  const cleanTimeout = options.cleanTimeoutSeconds ?? DEFAULT_CLEAN_TIMEOUT_SECONDS;
  const ctx = {
    entry,
    generator: options.generator,
    projectName: options.projectName,
    benchmarkWorkload: options.benchmarkWorkload,
  };
  const baseEnvKeys = [...ENGINE_ENV_KEYS, ...(options.extraEnvKeys ?? []), ...Object.keys(entry.env ?? {})];
  return stageNames(entry, options.benchmarkWorkload !== undefined).map((name) => {
    const definition = findStage(name);
    if (!definition) throw new Error(`stage "${name}" of ${entry.id} is not in the stage table`);
    return {
      name,
      definition,
      argv: overriddenArgv(options.stageCommands, name, ctx) ?? definition.argv(ctx, name),
      cwd: definition.cwd,
      timeoutSeconds: timeoutSeconds(entry, definition.timeout, cleanTimeout),
      envKeys: definition.isStage2 ? [...baseEnvKeys, ...BENCHMARK_ENV_KEYS] : baseEnvKeys,
    };
  });
}
