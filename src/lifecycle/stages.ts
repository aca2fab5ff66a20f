import type { CatalogEntry, TuneTechnique } from '../catalog/types.js';
import { TUNE_TECHNIQUES } from '../catalog/types.js';

/**
 * The stage table (02-lifecycle.md). Every stage is one row: its argv, which timeout applies,
 * and what its failure skips. Adding a stage is adding a row; the policy reads only this table.
 */
export type TimeoutKind = 'stage' | 'tune' | 'clean';
/** What a failure of this stage skips: every later stage (but clean), or named stages. */
export type FailureScope = 'rest' | readonly string[];

export interface StageContext {
  entry: CatalogEntry;
  generator: string[];
  projectName: string;
  benchmarkWorkload?: string;
}

export interface StageDefinition {
  /** the stage name as written in a lifecycle; tune rows match `tune-<technique>` */
  name: string;
  matches: (stage: string) => boolean;
  argv: (ctx: StageContext, stage: string) => string[];
  /** generate runs in the workspace (the project does not exist yet); the rest in the project */
  cwd: 'workspace' | 'project';
  timeout: TimeoutKind;
  failureSkips: FailureScope;
  /** true for the tune stages, whose failure only skips the adapter stages */
  isTune?: boolean;
  /** clean: runs whenever anything after generate ran, and never counts as the first failure of a run that failed */
  isTeardown?: boolean;
  /** benchmark: Stage 2, never changes the test status */
  isStage2?: boolean;
  /** the stage works on the endpoint; the rest of the endpoint's time up is idle (billed, unused) */
  usesEndpoint?: boolean;
  /** deploy: waits for an endpoint slot of the entry's instance type first (quota admission) */
  needsSlot?: boolean;
}

const ADAPTER_STAGES = ['adapter-add', 'test-adapter'] as const;
/** also run by the post step, which has no catalog entry at hand */
export const CLEAN_ARGV: readonly string[] = ['./do/clean', 'all', '--force'];

export const tuneTechniqueOf = (stage: string): TuneTechnique | undefined =>
  TUNE_TECHNIQUES.find((t) => stage === `tune-${t}`);

function tuneArgv(ctx: StageContext): string[] {
  const tune = ctx.entry.tuneConfig;
  if (!tune) return ['./do/tune'];
  const argv = ['./do/tune', '--technique', tune.technique, '--dataset', tune.dataset];
  argv.push('--training-type', tune.trainingType);
  if (tune.tuneId) argv.push('--model', tune.tuneId);
  return argv;
}

/** the adapter-add stage's adapter name (MCC names its IC `<project>-adapter-<name>`) */
export const adapterNameFor = (technique: TuneTechnique): string => `tuned-${technique}`;
const adapterName = (ctx: StageContext): string => adapterNameFor(ctx.entry.tuneConfig?.technique ?? 'sft');

const exact = (name: string) => (stage: string) => stage === name;
const doScript = (name: string) => () => [`./do/${name}`];

/**
 * The do/ scripts MCC 1.6.0 generates (do/config is sourced, not run): what one of MCC's generic
 * step names may call. A test compares this list with a real generated project.
 */
export const MCC_DO_SCRIPTS = [
  'adapter',
  'add-ic',
  'benchmark',
  'build',
  'ci',
  'clean',
  'deploy',
  'evaluate',
  'export',
  'logs',
  'manifest',
  'optimize',
  'push',
  'register',
  'run',
  'stage',
  'status',
  'submit',
  'test',
  'train',
  'tune',
  'validate',
] as const;
/** scripts whose steps have rows of their own (tune needs a technique: tune-<technique>) */
const SCRIPTS_WITH_OWN_ROWS = new Set(['build', 'push', 'deploy', 'test', 'tune', 'benchmark', 'clean']);
const isMccScript = (name: string): boolean => (MCC_DO_SCRIPTS as readonly string[]).includes(name);

/** MCC's generic step name `<script>-<action>`, split at its first dash as MCC's runner does. */
function scriptAction(stage: string): { script: string; action: string } | undefined {
  const match = /^([a-z][a-z0-9]*)-([a-z0-9][a-z0-9-]*)$/.exec(stage);
  return match ? { script: match[1] as string, action: match[2] as string } : undefined;
}

/**
 * MCC's generic step names, resolved as MCC's E2E runner resolves them: `test-<x>` runs
 * `./do/test --<x>`, `<script>-<action>` runs `./do/<script> <action>` (e.g. adapter-remove),
 * a bare script name runs `./do/<script>` (e.g. submit). Rows above take the names they know.
 */
const MCC_GENERIC_ROWS: readonly StageDefinition[] = [
  {
    name: 'test-<flag>',
    matches: (stage) => scriptAction(stage)?.script === 'test',
    argv: (_ctx, stage) => ['./do/test', `--${scriptAction(stage)?.action ?? ''}`],
    cwd: 'project',
    usesEndpoint: true,
    timeout: 'stage',
    failureSkips: 'rest',
  },
  {
    name: '<script>-<action>',
    matches: (stage) => {
      const step = scriptAction(stage);
      return step !== undefined && step.script !== 'tune' && isMccScript(step.script);
    },
    argv: (_ctx, stage) => {
      const step = scriptAction(stage);
      return [`./do/${step?.script ?? ''}`, step?.action ?? ''];
    },
    cwd: 'project',
    timeout: 'stage',
    failureSkips: 'rest',
  },
  {
    name: '<script>',
    matches: (stage) => isMccScript(stage) && !SCRIPTS_WITH_OWN_ROWS.has(stage),
    argv: (_ctx, stage) => [`./do/${stage}`],
    cwd: 'project',
    timeout: 'stage',
    failureSkips: 'rest',
  },
];

export const STAGE_TABLE: readonly StageDefinition[] = [
  {
    name: 'generate',
    matches: exact('generate'),
    argv: (ctx) => [...ctx.generator, ctx.projectName, ...ctx.entry.argv, '--skip-prompts'],
    cwd: 'workspace',
    timeout: 'stage',
    failureSkips: 'rest',
  },
  {
    name: 'build',
    matches: exact('build'),
    argv: doScript('build'),
    cwd: 'project',
    timeout: 'stage',
    failureSkips: 'rest',
  },
  {
    name: 'push',
    matches: exact('push'),
    argv: doScript('push'),
    cwd: 'project',
    timeout: 'stage',
    failureSkips: 'rest',
  },
  {
    name: 'deploy',
    matches: exact('deploy'),
    argv: doScript('deploy'),
    cwd: 'project',
    usesEndpoint: true,
    timeout: 'stage',
    failureSkips: 'rest',
    needsSlot: true,
  },
  {
    name: 'test',
    matches: exact('test'),
    argv: doScript('test'),
    cwd: 'project',
    usesEndpoint: true,
    timeout: 'stage',
    failureSkips: 'rest',
  },
  {
    name: 'tune-<technique>',
    matches: (stage) => tuneTechniqueOf(stage) !== undefined,
    argv: tuneArgv,
    cwd: 'project',
    timeout: 'tune',
    failureSkips: ADAPTER_STAGES,
    isTune: true,
  },
  {
    name: 'adapter-add',
    matches: exact('adapter-add'),
    argv: (ctx) => [
      './do/adapter',
      'add',
      adapterName(ctx),
      '--from-tune',
      ctx.entry.tuneConfig?.technique ?? 'sft',
    ],
    cwd: 'project',
    usesEndpoint: true,
    timeout: 'stage',
    failureSkips: ['test-adapter'],
  },
  {
    name: 'test-adapter',
    matches: exact('test-adapter'),
    argv: (ctx) => ['./do/test', '--adapter', adapterName(ctx)],
    cwd: 'project',
    usesEndpoint: true,
    timeout: 'stage',
    failureSkips: [],
  },
  {
    name: 'benchmark',
    matches: exact('benchmark'),
    argv: (ctx) => [
      './do/benchmark',
      '--workload',
      ctx.benchmarkWorkload ?? ctx.entry.benchmark?.workload ?? 'sample',
    ],
    cwd: 'project',
    usesEndpoint: true,
    timeout: 'stage',
    failureSkips: [],
    isStage2: true,
  },
  ...MCC_GENERIC_ROWS,
  {
    name: 'clean',
    matches: exact('clean'),
    argv: () => [...CLEAN_ARGV],
    cwd: 'project',
    usesEndpoint: true,
    timeout: 'clean',
    failureSkips: [],
    isTeardown: true,
  },
];

export function findStage(stage: string): StageDefinition | undefined {
  return STAGE_TABLE.find((row) => row.matches(stage));
}

/** Stage names a catalog lifecycle may list (generate is implied, benchmark is opted into). */
export const LIFECYCLE_STAGE_NAMES = [
  'build',
  'push',
  'deploy',
  'test',
  ...TUNE_TECHNIQUES.map((t) => `tune-${t}`),
  'adapter-add',
  'test-adapter',
  'clean',
];

/** Not lifecycle steps, though they have rows: generate is implied, benchmark is opted into. */
const NOT_LIFECYCLE_STEPS = new Set(['generate', 'benchmark']);

/** A catalog lifecycle may list any stage of the table: ours, and MCC's generic step names. */
export const isLifecycleStage = (stage: string): boolean =>
  !NOT_LIFECYCLE_STEPS.has(stage) && findStage(stage) !== undefined;
