import {
  TIERS,
  TRACK_TARGETS,
  type Catalog,
  type CatalogEntry,
  type RawCatalogEntry,
  type Tier,
} from './types.js';
import { FORBIDDEN_CHARACTERS } from './args.js';
import { validateCatalogText, type CatalogProblem } from './validate.js';
import type { CiRecord } from '../results/record.js';
import { joinRecords, mccConfigIdsOf } from '../results/join.js';
import type { ResultStore } from '../results/store.js';
import { UserError } from '../errors.js';

/**
 * Registered configurations (the seed's CI Integration Harness): records a team wrote with MCC's
 * `do/register --ci` (or `mcc-e2e register --from-project`) for its own project, outside the
 * catalog. A usable record becomes a runnable entry, checked by the catalog's own validator;
 * an unusable one is reported by configId with the reason and never run. Pure but for
 * entryForConfigId, which reads the records it is given a source of.
 */

/** The table key of a record: 16 lowercase hex characters. */
export const CONFIG_ID_PATTERN = /^[0-9a-f]{16}$/;

/** Tier of a record that names none: re-tested daily, with the nightly timeouts. */
export const DEFAULT_REGISTERED_TIER: Tier = 'nightly';

/**
 * MCC's Stage 1 (generate → build → push → deploy → test) plus clean. No tune: a project outside
 * the golden path may have no managed fine-tuning, and a registration names no dataset.
 */
export const REGISTERED_LIFECYCLE = ['build', 'push', 'deploy', 'test', 'clean'];

/** Per-stage timeout of each tier, as the shipped catalog's entries of that tier have it. */
export const TIER_TIMEOUT_SECONDS: Record<Tier, number> = { ci: 1800, nightly: 2700, weekly: 3600 };

/**
 * MCC's engine prefixes (do/register's get_engine_prefix): such parameters are deploy-time
 * settings, given to the project as `IC_ENV_<name>`, which do/deploy passes to the container.
 */
const ENGINE_PREFIXES = ['VLLM_', 'SGLANG_', 'TRTLLM_', 'LMI_', 'DJL_'];
const IC_ENV_PREFIX = 'IC_ENV_';
/** do/register writes secrets as this; such values are never usable */
const REDACTED = '***REDACTED***';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The generator flags a registration gives, and the configJson field each one comes from. */
const FLAG_FIELDS = [
  ['deployment-config', 'deploymentConfig'],
  ['model-name', 'modelName'],
  ['instance-type', 'instanceType'],
  ['region', 'awsRegion'],
  ['deployment-target', 'deploymentTarget'],
] as const;

export interface UnusableRegistration {
  configId: string;
  model: string;
  reason: string;
}

export type Conversion = { entry: CatalogEntry } | { unusable: UnusableRegistration };

/**
 * A registration, not a catalog result: our runs of catalog entries write `e2eCatalogId`; MCC's
 * do/register, `register --from-project` and runs of registered entries never do.
 */
export const isRegistration = (record: Pick<CiRecord, 'e2eCatalogId'>): boolean => !record.e2eCatalogId;

function parseConfigJson(text: unknown): Record<string, unknown> | string {
  if (typeof text !== 'string' || text.trim() === '')
    return 'has no configJson — register it again with do/register --ci';
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
    return 'configJson is not a JSON object — register it again with do/register --ci';
  } catch (error) {
    return `configJson is not valid JSON (${(error as Error).message}) — register it again with do/register --ci`;
  }
}

/** `region` (ours) or `awsRegion` (MCC's). */
function fieldOf(config: Record<string, unknown>, field: string): unknown {
  return field === 'awsRegion' ? (config.awsRegion ?? config.region) : config[field];
}

/** Engine parameters → the stage env; secrets, redacted values and others are left out. */
function envOf(parameters: unknown): { env: Record<string, string>; problems: string[] } {
  const env: Record<string, string> = {};
  const problems: string[] = [];
  if (parameters === null || typeof parameters !== 'object') return { env, problems };
  for (const [key, value] of Object.entries(parameters as Record<string, unknown>)) {
    const name = key.startsWith(IC_ENV_PREFIX)
      ? key
      : ENGINE_PREFIXES.some((p) => key.startsWith(p))
        ? `${IC_ENV_PREFIX}${key}`
        : undefined;
    if (!name || /SECRET|TOKEN/i.test(key) || value === REDACTED) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      problems.push(`configJson.parameters.${key} must be a string, not ${JSON.stringify(value)}`);
      continue;
    }
    const text = String(value);
    const bad = text.match(FORBIDDEN_CHARACTERS)?.[0];
    if (bad !== undefined) {
      problems.push(
        `configJson.parameters.${key} contains ${JSON.stringify(bad)}: quotes and shell metacharacters are not allowed`,
      );
      continue;
    }
    env[name] = text;
  }
  return { env, problems };
}

/** A validator problem in the words of the record: `args[1]` is configJson.modelName. */
function describeProblem(p: CatalogProblem, argFields: readonly string[]): string {
  const local = p.path.replace(/^\$\.configs\[0\]\.?/, '');
  const arg = /^args\[(\d+)\]$/.exec(local);
  const where = arg ? `configJson.${argFields[Number(arg[1])]}` : local === 'args' ? 'configJson' : local;
  return `${where} ${p.message}`;
}

/** Pick the entry's id: the project name when it is a valid, free id, else `reg-<configId>`. */
function idFor(configId: string, projectName: unknown, taken: Set<string>): string {
  const preferred = typeof projectName === 'string' && ID_PATTERN.test(projectName) ? projectName : undefined;
  const id = preferred && !taken.has(preferred) ? preferred : `reg-${configId}`;
  taken.add(id);
  return id;
}

/** One record → a runnable entry, or the reason it cannot be one. `taken` holds the ids in use. */
export function entryFromRecord(record: CiRecord, taken: Set<string>): Conversion {
  const configId = record.configId;
  const config = parseConfigJson(record.configJson);
  const model = typeof config === 'object' && typeof config.modelName === 'string' ? config.modelName : '';
  const unusable = (reason: string): Conversion => ({ unusable: { configId, model, reason } });
  if (!CONFIG_ID_PATTERN.test(configId))
    return unusable(`configId "${configId}" is not 16 lowercase hex characters`);
  if (typeof config === 'string') return unusable(config);
  const missing = FLAG_FIELDS.filter(([, field]) => {
    const value = fieldOf(config, field);
    return typeof value !== 'string' || value.trim() === '';
  }).map(([, field]) => field);
  if (missing.length > 0)
    return unusable(
      `configJson has no ${missing.join(', ')} — a registration needs the model, instance, region, deployment config and target (register it again from a project generated with --model-name)`,
    );
  const target = String(config.deploymentTarget);
  const track = Object.entries(TRACK_TARGETS).find(([, t]) => t === target)?.[0];
  if (!track)
    return unusable(
      `configJson.deploymentTarget "${target}" is not one of ${Object.values(TRACK_TARGETS).join(', ')}`,
    );
  const { env, problems } = envOf(config.parameters);
  if (problems.length > 0) return unusable(problems.join('; '));
  const tier = (TIERS as readonly string[]).includes(record.tier)
    ? (record.tier as Tier)
    : DEFAULT_REGISTERED_TIER;
  const raw: RawCatalogEntry = {
    id: idFor(configId, config.projectName, taken),
    tier,
    track: track as RawCatalogEntry['track'],
    args: FLAG_FIELDS.map(([flag, field]) => `--${flag}=${String(fieldOf(config, field))}`),
    lifecycle: REGISTERED_LIFECYCLE,
    timeout: TIER_TIMEOUT_SECONDS[tier],
    ...(Object.keys(env).length > 0 ? { env } : {}),
    notes: `registered ${typeof config.projectName === 'string' ? `project ${config.projectName}` : 'configuration'} (configId ${configId})`,
  };
  const result = validateCatalogText(JSON.stringify({ configs: [raw] }), {
    file: `record ${configId}`,
    workloadNames: new Set(),
    workloadsFile: 'catalog/workloads.json',
  });
  const [validated] = result.catalog?.entries ?? [];
  if (!validated) {
    const fields = FLAG_FIELDS.map(([, field]) => field);
    return unusable(result.problems.map((p) => describeProblem(p, fields)).join('; '));
  }
  return {
    entry: {
      ...validated,
      // results go to the record's own key (MCC's 7-field id stays MCC's)
      configId,
      registered: {
        configId,
        configJson: record.configJson,
        ...(typeof config.projectName === 'string' ? { projectName: config.projectName } : {}),
      },
    },
  };
}

export interface RegisteredConfigs {
  entries: CatalogEntry[];
  unusable: UnusableRegistration[];
}

/**
 * Every registration among the records (one per configuration) that no catalog entry covers, in
 * configId order so that the plan and a run leg give a record the same id.
 */
export function registeredConfigs(
  records: readonly CiRecord[],
  catalogEntries: readonly Pick<CatalogEntry, 'id' | 'configId' | 'params'>[],
): RegisteredConfigs {
  // MCC's own item of a catalog entry (its 7-field id) is that entry, not a registration
  records = joinRecords(records, catalogEntries);
  const inCatalog = new Set(catalogEntries.map((e) => e.configId));
  const taken = new Set(catalogEntries.map((e) => e.id));
  const entries: CatalogEntry[] = [];
  const unusable: UnusableRegistration[] = [];
  const candidates = records
    .filter((r) => !inCatalog.has(r.configId) && isRegistration(r))
    .sort((a, b) => a.configId.localeCompare(b.configId));
  for (const record of candidates) {
    const conversion = entryFromRecord(record, taken);
    if ('entry' in conversion) entries.push(conversion.entry);
    else unusable.push(conversion.unusable);
  }
  return { entries, unusable };
}

/**
 * The entry a `config-id` names (the run action's input, `run --config-id`): a catalog entry with
 * that configId, else the registered record's entry. Anything else is a clear error.
 */
export async function entryForConfigId(
  source: Pick<ResultStore, 'listRecords' | 'description'>,
  catalog: Pick<Catalog, 'entries' | 'file'>,
  configId: string,
): Promise<CatalogEntry> {
  if (!CONFIG_ID_PATTERN.test(configId))
    throw new UserError(
      `config-id must be a configId: 16 lowercase hex characters (the plan's matrix gives it), not "${configId}"`,
    );
  const inCatalog = catalog.entries.find(
    (e) => e.configId === configId || mccConfigIdsOf(e).includes(configId),
  );
  if (inCatalog) return inCatalog;
  const records = await source.listRecords().catch((error: Error) => {
    throw new UserError(
      `config-id ${configId}: could not read ${source.description} (${error.name}: ${error.message})`,
    );
  });
  const { entries, unusable } = registeredConfigs(records, catalog.entries);
  const entry = entries.find((e) => e.configId === configId);
  if (entry) return entry;
  const reason = unusable.find((u) => u.configId === configId)?.reason;
  if (reason) throw new UserError(`registered record ${configId} cannot be run: ${reason}`);
  const record = records.find((r) => r.configId === configId);
  if (record?.e2eCatalogId)
    throw new UserError(
      `record ${configId} holds results of catalog entry "${record.e2eCatalogId}", which ${catalog.file} no longer has — it is not a registration`,
    );
  throw new UserError(
    `no record ${configId} in ${source.description} — register the project first (./do/register --ci, or mcc-e2e register --from-project DIR)`,
  );
}
