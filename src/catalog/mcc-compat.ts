import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PathProblem } from './validate.js';
import { UserError } from '../errors.js';
import { fsReason } from '../path-checks.js';

/**
 * What MCC 1.6.0's own catalog validator (`src/lib/e2e-catalog-validator.js`, run by its E2E
 * runner) rejects in a catalog this toolkit accepts, so a team that runs both knows. Our
 * extensions (env, benchmark, schedule, notes, args arrays, an optional tuneId) are what MCC
 * refuses; MCC's rules are rows of a table, each giving the problems of one entry.
 */

/** MCC's tune catalog (`config/tune-catalog.json`, a generated project's `do/.tune_catalog.json`). */
export interface TuneCatalog {
  models: Record<string, { techniques?: Record<string, { trainingTypes?: string[] }> }>;
}

const ENTRY_FIELDS = ['id', 'tier', 'track', 'args', 'lifecycle', 'timeout', 'tuneTimeout', 'tuneConfig'];
const TUNE_CONFIG_FIELDS = ['tuneId', 'technique', 'trainingType', 'dataset'];
const MCC_ID = /^[a-z0-9-]+$/;
const MCC_STEP = /^[a-z][a-z0-9-]*$/;

type Entry = Record<string, unknown>;
type Found = { at: (string | number)[]; message: string };
type Rule = (entry: Entry, tuneCatalog: TuneCatalog | undefined) => Found[];

const isObject = (value: unknown): value is Entry =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const steps = (entry: Entry): string[] =>
  Array.isArray(entry.lifecycle) ? entry.lifecycle.filter((s): s is string => typeof s === 'string') : [];
const isTuneGroup = (step: string): boolean =>
  step.startsWith('tune-') || step === 'adapter-add' || step === 'test-adapter';

const MCC_RULES: readonly Rule[] = [
  (entry) =>
    Object.keys(entry)
      .filter((key) => !ENTRY_FIELDS.includes(key))
      .map((key) => ({
        at: [key],
        message: `MCC's validator rejects the field "${key}" (its entries allow only ${ENTRY_FIELDS.join(', ')})${key === 'env' ? ' — MCC sets engine values in the project (do/ic/default.conf)' : ''}`,
      })),
  (entry) =>
    typeof entry.id === 'string' && !MCC_ID.test(entry.id)
      ? [{ at: ['id'], message: `MCC's validator rejects the id (it allows ${MCC_ID.source})` }]
      : [],
  (entry) =>
    entry.args !== undefined && typeof entry.args !== 'string'
      ? [
          {
            at: ['args'],
            message: "MCC's validator takes args only as one string — join the array with spaces",
          },
        ]
      : [],
  (entry) =>
    steps(entry).flatMap((step, i) =>
      MCC_STEP.test(step)
        ? []
        : [
            {
              at: ['lifecycle', i],
              message: `MCC's validator rejects the step name (it allows ${MCC_STEP.source})`,
            },
          ],
    ),
  (entry) => {
    if (!isObject(entry.tuneConfig)) return [];
    const tuneConfig = entry.tuneConfig;
    const missing = TUNE_CONFIG_FIELDS.filter((key) => !(key in tuneConfig)).map((key) => ({
      at: ['tuneConfig', key],
      message: `MCC's validator requires tuneConfig.${key}${key === 'tuneId' ? ' (the JumpStart model id of the model in its tune catalog)' : ''}`,
    }));
    const extra = Object.keys(tuneConfig)
      .filter((key) => !TUNE_CONFIG_FIELDS.includes(key))
      .map((key) => ({ at: ['tuneConfig', key], message: `MCC's validator rejects tuneConfig.${key}` }));
    return [...missing, ...extra];
  },
  (entry) => {
    if (!steps(entry).some((s) => s.startsWith('tune-'))) return [];
    if (!entry.tuneConfig)
      return [{ at: ['tuneConfig'], message: "MCC's validator requires tuneConfig for a tune-* step" }];
    const lora =
      typeof entry.args === 'string' || Array.isArray(entry.args)
        ? entry.args.includes('--enable-lora')
        : false;
    return lora
      ? []
      : [{ at: ['args'], message: "MCC's validator requires --enable-lora for a tune-* step" }];
  },
  (entry) => {
    const lifecycle = steps(entry);
    const test = lifecycle.indexOf('test');
    const clean = lifecycle.indexOf('clean');
    return lifecycle.filter(isTuneGroup).flatMap((step) => {
      const index = lifecycle.indexOf(step);
      const found: Found[] = [];
      if (test >= 0 && index <= test)
        found.push({ at: ['lifecycle'], message: `MCC requires "${step}" after "test"` });
      if (clean >= 0 && index >= clean)
        found.push({ at: ['lifecycle'], message: `MCC requires "${step}" before "clean"` });
      return found;
    });
  },
  (entry, tuneCatalog) => {
    if (!tuneCatalog || !isObject(entry.tuneConfig)) return [];
    const { tuneId, technique, trainingType } = entry.tuneConfig as Record<string, string>;
    if (tuneId === undefined)
      return [{ at: ['tuneConfig'], message: "without a tuneId, MCC's tune-catalog check fails too" }];
    const model = tuneCatalog.models[String(tuneId)];
    if (!model)
      return [{ at: ['tuneConfig', 'tuneId'], message: `tuneId "${tuneId}" is not in MCC's tune catalog` }];
    const techniques = model.techniques?.[String(technique)];
    if (!techniques)
      return [
        {
          at: ['tuneConfig', 'technique'],
          message: `MCC's tune catalog has no ${technique} for "${tuneId}"`,
        },
      ];
    return techniques.trainingTypes?.includes(String(trainingType))
      ? []
      : [
          {
            at: ['tuneConfig', 'trainingType'],
            message: `MCC's tune catalog has no ${trainingType} ${technique} for "${tuneId}"`,
          },
        ];
  },
];

/** Every problem MCC's validator would report for a catalog's configs (its ids: duplicates too). */
export function mccRejections(data: unknown, tuneCatalog?: TuneCatalog): PathProblem[] {
  const configs = isObject(data) && Array.isArray(data.configs) ? data.configs : [];
  const firstById = new Map<unknown, number>();
  return configs.flatMap((entry, index) => {
    if (!isObject(entry)) return [];
    const found = MCC_RULES.flatMap((rule) => rule(entry, tuneCatalog));
    if (typeof entry.id === 'string' && firstById.has(entry.id))
      found.push({ at: ['id'], message: "MCC's validator rejects the duplicate id" });
    else firstById.set(entry.id, index);
    return found.map((f) => ({ at: ['configs', index, ...f.at], message: f.message }));
  });
}

const INSTALLED_TUNE_CATALOG = join(
  'node_modules',
  '@aws',
  'ml-container-creator',
  'config',
  'tune-catalog.json',
);

/** Where Node would find an installed MCC from `dir`: node_modules of it and of every parent. */
function installedTuneCatalogs(dir: string): string[] {
  const parent = dirname(dir);
  return [join(dir, INSTALLED_TUNE_CATALOG), ...(parent === dir ? [] : installedTuneCatalogs(parent))];
}

/**
 * MCC's tune catalog: the given file, else the one of the MCC generator installed where the
 * command runs (or beside this toolkit); undefined when there is none (MCC then skips the check).
 */
export function findTuneCatalog(
  given: string | undefined,
  cwd: string,
): { file: string; catalog: TuneCatalog } | undefined {
  const candidates = given
    ? [given]
    : [cwd, dirname(fileURLToPath(import.meta.url))].flatMap(installedTuneCatalogs);
  const file = candidates.find((f) => existsSync(f));
  const remedy = `pass --tune-catalog MCC's config/tune-catalog.json or a generated project's do/.tune_catalog.json`;
  if (!file) {
    if (given) throw new UserError(`--tune-catalog ${given} does not exist — ${remedy}`);
    return undefined;
  }
  // the given file is the user's to fix; an installed MCC's broken file is named just the same
  const where = given ? `--tune-catalog ${file}` : `${file} (MCC's tune catalog found beside the generator)`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`${where} cannot be read: ${fsReason(error, file)} — ${remedy}`);
  }
  let catalog: unknown;
  try {
    catalog = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${where} is not valid JSON (${(error as Error).message}) — ${remedy}`);
  }
  if (!isObject(catalog) || !isObject(catalog.models))
    throw new UserError(`${where} is not an MCC tune catalog (it has no "models" object) — ${remedy}`);
  return { file, catalog: catalog as unknown as TuneCatalog };
}
