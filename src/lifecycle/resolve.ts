import type { CatalogEntry } from '../catalog/types.js';
import { findStage, type StageDefinition, type TimeoutKind } from './stages.js';
import { overriddenArgv, type StageCommands } from './overrides.js';
import { DEFAULT_SCHEDULE, scheduleSteps, type Schedule, type StagePhase } from './schedule.js';

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
  /** the run's schedule (input or flag); else the entry's, else sequential */
  schedule?: Schedule;
}

/** One step of a leg, in run order: a stage, or one phase of a tune stage (overlap-tune). */
export interface ResolvedStage {
  name: string;
  /** the stage's place in the lifecycle (generate = 0): where its record goes */
  position: number;
  phase?: StagePhase;
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

/** The submit of an overlapped tune returns once the job is submitted (MCC's do/tune --no-wait). */
const PHASE_ARGS: Record<StagePhase, string[]> = { submit: ['--no-wait'], wait: [] };
/** the submit is a short stage; the wait is the tune */
const PHASE_TIMEOUT: Record<StagePhase, TimeoutKind> = { submit: 'stage', wait: 'tune' };

export const scheduleOf = (entry: CatalogEntry, options: Pick<StageOptions, 'schedule'>): Schedule =>
  options.schedule ?? entry.schedule ?? DEFAULT_SCHEDULE;

/** Every step of the leg in the order the schedule runs them. */
export function resolveStages(entry: CatalogEntry, options: StageOptions): ResolvedStage[] {
  const cleanTimeout = options.cleanTimeoutSeconds ?? DEFAULT_CLEAN_TIMEOUT_SECONDS;
  const ctx = {
    entry,
    generator: options.generator,
    projectName: options.projectName,
    benchmarkWorkload: options.benchmarkWorkload,
  };
  const baseEnvKeys = [...ENGINE_ENV_KEYS, ...(options.extraEnvKeys ?? []), ...Object.keys(entry.env ?? {})];
  const names = stageNames(entry, options.benchmarkWorkload !== undefined);
  const definitions = names.map((name) => {
    const definition = findStage(name);
    if (!definition) throw new Error(`stage "${name}" of ${entry.id} is not in the stage table`);
    return definition;
  });
  const steps = scheduleSteps(names, scheduleOf(entry, options), (name) => findStage(name)?.isTune === true);
  return steps.map(({ position, phase }) => {
    const name = names[position] as string;
    const definition = definitions[position] as StageDefinition;
    const argv = overriddenArgv(options.stageCommands, name, ctx) ?? definition.argv(ctx, name);
    return {
      name,
      position,
      ...(phase ? { phase } : {}),
      definition,
      argv: phase ? [...argv, ...PHASE_ARGS[phase]] : argv,
      cwd: definition.cwd,
      timeoutSeconds: timeoutSeconds(entry, phase ? PHASE_TIMEOUT[phase] : definition.timeout, cleanTimeout),
      envKeys: definition.isStage2 ? [...baseEnvKeys, ...BENCHMARK_ENV_KEYS] : baseEnvKeys,
    };
  });
}
