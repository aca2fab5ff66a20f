import { createHash, randomBytes } from 'node:crypto';
import { TUNE_TECHNIQUES } from '../catalog/types.js';
import { adapterNameFor } from './stages.js';

/** The toolkit's own marker in every project name: what `sweep` recognises as its own. */
export const PROJECT_MARKER = '-e2e';
const HASH_LENGTH = 6;
/** v1 cut names to SageMaker's own 63 only; sweep still recognises those names (projectStems). */
const V1_MAX_PROJECT_NAME = 63;

/**
 * What the placeholders of MCC_DERIVED_NAMES stand for, at their longest: `date +%s` is 10 digits
 * (until 2286), `date +%Y%m%d-%H%M%S` is 15 characters, the technique and the adapter name are
 * the longest our tune and adapter-add stages pass (stages.ts), `default` is the one IC config the
 * generator writes (do/ic/default.conf, whose basename names the IC).
 */
const LONGEST: Record<string, string> = {
  '<epoch>': '1764640000',
  '<datetime>': '20261202-031500',
  '<technique>': [...TUNE_TECHNIQUES].sort((a, b) => b.length - a.length)[0] as string,
  '<adapter>': [...TUNE_TECHNIQUES].map(adapterNameFor).sort((a, b) => b.length - a.length)[0] as string,
  '<ic>': 'default',
};

export interface DerivedName {
  /** where MCC 1.6.0 builds it (templates/do/…:line) */
  at: string;
  resource: string;
  /** the name, `<project>` standing for PROJECT_NAME */
  template: string;
  /** the API's length limit for this name */
  limit: number;
}

/**
 * Every resource name MCC 1.6.0's do/ scripts build from PROJECT_NAME in the stages we run, for
 * each track the catalog allows (SageMaker caps each at 63, botocore's service model; ECR tags at
 * 128). Left out: names MCC cuts itself (stage_adapter.py's processing job), those of scripts no
 * stage runs (do/train, do/optimize, do/submit), S3 keys and local paths. A test reads these lines in the
 * real generator's scripts and fails on a name-building line this table does not know.
 */
// prettier-ignore
export const MCC_DERIVED_NAMES: readonly DerivedName[] = [
  // realtime (the shipped catalog)
  { at: 'deploy.d/realtime-inference:604', resource: 'endpoint',                    template: '<project>-endpoint-<epoch>',              limit: 63 },
  { at: 'lib/endpoint-config.sh:120',      resource: 'endpoint config',             template: '<project>-epc-<epoch>',                   limit: 63 },
  { at: 'lib/inference-component.sh:96',   resource: 'inference component',         template: '<project>-<ic>-<epoch>',                  limit: 63 },
  { at: 'lib/inference-component.sh:160',  resource: 'inference component',         template: '<project>-ic-<epoch>',                    limit: 63 },
  { at: 'adapter:1540',                    resource: 'adapter inference component', template: '<project>-adapter-<adapter>',             limit: 63 },
  { at: 'tune:1194',                       resource: 'training job',                template: '<project>-tune-<technique>-<datetime>',   limit: 63 },
  { at: 'lib/python/tune_submit.py:138',   resource: 'model package group',         template: '<project>-tune-models',                   limit: 63 },
  { at: 'benchmark:1217',                  resource: 'AI workload config',          template: '<project>-benchmark-config-<datetime>',   limit: 63 },
  { at: 'benchmark:1219',                  resource: 'AI benchmark job',            template: '<project>-benchmark-<datetime>',          limit: 63 },
  { at: 'push:92',                         resource: 'ECR image tag',               template: '<project>-latest',                        limit: 128 },
  { at: 'push:95',                         resource: 'ECR image tag',               template: '<project>-<datetime>',                    limit: 128 },
  // async and batch (tracks the catalog schema allows)
  { at: 'deploy.d/async-inference:389',    resource: 'model',                       template: '<project>-async-model-<epoch>',           limit: 63 },
  { at: 'deploy.d/async-inference:390',    resource: 'endpoint config',             template: '<project>-async-epc-<epoch>',             limit: 63 },
  { at: 'deploy.d/async-inference:391',    resource: 'endpoint',                    template: '<project>-async-ep-<epoch>',              limit: 63 },
  { at: 'deploy.d/batch-transform:358',    resource: 'model',                       template: '<project>-batch-model-<epoch>',           limit: 63 },
  { at: 'deploy.d/batch-transform:359',    resource: 'transform job',               template: '<project>-batch-job-<epoch>',             limit: 63 },
  { at: 'test:60',                         resource: 'transform job',               template: '<project>-batch-test-<epoch>',            limit: 63 },
];

/** A derived name for a project, its placeholders at their longest. */
export const derivedName = (template: string, projectName: string): string =>
  Object.entries(LONGEST)
    .reduce((name, [key, value]) => name.split(key).join(value), template)
    .replace('<project>', projectName);

/** The longest project name every derived name still fits: 30 for MCC 1.6.0 (its benchmark config). */
export const MAX_PROJECT_NAME = Math.min(
  ...MCC_DERIVED_NAMES.map((d) => d.limit - derivedName(d.template, '').length),
);

/** Unique per run attempt: the GitHub run id + attempt, or a time-and-random token locally. */
export function makeRunToken(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  if (env.GITHUB_RUN_ID) return `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  return `${now.getTime().toString(36)}${randomBytes(2).toString('hex')}`;
}

/** undefined when the token leaves no room for even a hash of the id */
function stemWithin(id: string, runToken: string, maxName: number): string | undefined {
  const room = maxName - PROJECT_MARKER.length - runToken.length;
  if (id.length <= room) return id;
  if (room < HASH_LENGTH + 2) return undefined;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, HASH_LENGTH);
  return `${id.slice(0, room - HASH_LENGTH - 1).replace(/-+$/, '')}-${hash}`;
}

/**
 * The id part of a project name: the id itself when it fits, else its start and a short hash of
 * the whole id — two ids sharing their first characters still get different names.
 */
export function projectStem(id: string, runToken: string): string {
  const stem = stemWithin(id, runToken, MAX_PROJECT_NAME);
  if (stem === undefined)
    throw new Error(
      `run token ${runToken} is too long: a project name has ${MAX_PROJECT_NAME} characters (MCC adds up to ${63 - MAX_PROJECT_NAME} to it)`,
    );
  return stem;
}

/** The stems sweep accepts as ours: today's, and v1's (63-character names) for what older runs left. */
export const projectStems = (id: string, runToken: string): string[] => [
  ...new Set(
    [MAX_PROJECT_NAME, V1_MAX_PROJECT_NAME]
      .map((max) => stemWithin(id, runToken, max))
      .filter((s): s is string => s !== undefined),
  ),
];

/** `<id>-e2e<runToken>`, short enough for every name MCC derives from it, recognisable and unique. */
export const makeProjectName = (id: string, runToken: string): string =>
  `${projectStem(id, runToken)}${PROJECT_MARKER}${runToken}`;
