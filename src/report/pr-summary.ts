import type { CatalogEntry, RawCatalogEntry } from '../catalog/types.js';
import type { Pricing } from '../catalog/load.js';
import { buildPlan, formatCost, type Plan } from '../catalog/plan.js';
import { validateCatalogText } from '../catalog/validate.js';
import { DEFAULT_GENERATOR } from '../lifecycle/resolve.js';
import { displayArgv, planDryRun, renderDryRunMarkdown } from '../lifecycle/dry-run.js';
import type { StageCommands } from '../lifecycle/overrides.js';
import type { CiRecord } from '../results/record.js';
import { joinRecords, type JoinedRecord } from '../results/join.js';
import { markdownCell } from './table.js';

/**
 * The PR check summary (05-github.md): what a catalog change means — entries added, removed and
 * changed against the base (with configIds), their dry-run plan, their current status and the
 * cost of running them. Pure: the caller reads the base catalog and the records.
 */

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface CatalogChange {
  kind: ChangeKind;
  id: string;
  tier: string;
  /** the head's configId (the base's for a removed entry) */
  configId?: string;
  /** set when a change gave the entry a new configId */
  previousConfigId?: string;
  /** top-level fields that differ, for a changed entry */
  fields: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The entry as written in the file (what the base's raw JSON is compared with). */
function rawOf(entry: CatalogEntry): RawCatalogEntry {
  const { argv: _argv, params: _params, configId: _configId, ...raw } = entry;
  return raw;
}

/** The configId of one base entry, when it is valid on its own (an invalid one has none). */
export function baseConfigIdOf(raw: unknown, workloadNames: ReadonlySet<string>): string | undefined {
  const result = validateCatalogText(JSON.stringify({ configs: [raw] }), {
    file: 'base catalog',
    workloadNames,
    workloadsFile: 'workloads.json',
  });
  return result.catalog?.entries[0]?.configId;
}

/**
 * Entries added, removed or changed (any field, compared as JSON) against the base catalog's
 * raw entries. `baseRaw` undefined means the base could not be read: every entry counts as added.
 */
export function diffCatalogs(
  baseRaw: unknown[] | undefined,
  head: CatalogEntry[],
  configIdOfBase: (raw: unknown) => string | undefined,
): CatalogChange[] {
  const base = new Map((baseRaw ?? []).filter(isObject).map((e) => [String(e.id), e]));
  const changes: CatalogChange[] = [];
  for (const entry of head) {
    const before = base.get(entry.id);
    if (!before) {
      changes.push({ kind: 'added', id: entry.id, tier: entry.tier, configId: entry.configId, fields: [] });
      continue;
    }
    const after = rawOf(entry) as unknown as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    const fields = keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (fields.length === 0) continue;
    const previousConfigId = configIdOfBase(before);
    changes.push({
      kind: 'changed',
      id: entry.id,
      tier: entry.tier,
      configId: entry.configId,
      ...(previousConfigId && previousConfigId !== entry.configId ? { previousConfigId } : {}),
      fields,
    });
  }
  const headIds = new Set(head.map((e) => e.id));
  for (const [id, raw] of base) {
    if (headIds.has(id)) continue;
    changes.push({
      kind: 'removed',
      id,
      tier: typeof raw.tier === 'string' ? raw.tier : '',
      configId: configIdOfBase(raw),
      fields: [],
    });
  }
  return changes;
}

/** One change to what runs: a stage command, the generator, or a stage's environment. */
export interface WhatRunsChange {
  /** where, e.g. `stageCommands.deploy` or `rt-a env.IC_ENV_X` */
  where: string;
  before?: unknown;
  after?: unknown;
}

/** Root keys and entry fields that decide which commands run and with what environment. */
const ROOT_COMMAND_KEYS = ['stageCommands', 'generator'];
const ENTRY_COMMAND_KEYS = ['stageCommands', 'generator', 'env'];

/** key by key, the differences of two JSON values that are objects (or absent) */
function objectDiff(where: string, beforeValue: unknown, afterValue: unknown): WhatRunsChange[] {
  // an absent side of an object is an empty object: show the keys one by one
  const before = beforeValue ?? (isObject(afterValue) ? {} : beforeValue);
  const after = afterValue ?? (isObject(beforeValue) ? {} : afterValue);
  if (!isObject(before) || !isObject(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ where, before, after }];
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => ({ where: `${where}.${k}`, before: before[k], after: after[k] }));
}

/**
 * What a pull request changes in the commands that run and their environment: the catalog's
 * root `stageCommands`/`generator` and every entry's `stageCommands`, `generator` and `env`.
 * A base that could not be read counts as empty, so everything shows.
 */
export function diffWhatRuns(
  baseRoot: Record<string, unknown> | undefined,
  headRoot: Record<string, unknown>,
  baseEntries: unknown[] | undefined,
  head: CatalogEntry[],
): WhatRunsChange[] {
  const changes = ROOT_COMMAND_KEYS.flatMap((key) => objectDiff(key, baseRoot?.[key], headRoot[key]));
  const base = new Map((baseEntries ?? []).filter(isObject).map((e) => [String(e.id), e]));
  for (const entry of head) {
    const before = base.get(entry.id) ?? {};
    const after = rawOf(entry) as unknown as Record<string, unknown>;
    for (const key of ENTRY_COMMAND_KEYS)
      changes.push(...objectDiff(`${entry.id} ${key}`, before[key], after[key]));
  }
  return changes;
}

const shownValue = (value: unknown): string =>
  value === undefined
    ? '(none)'
    : Array.isArray(value) && value.every((t) => typeof t === 'string')
      ? displayArgv(value)
      : JSON.stringify(value);

/** The prominent warning: a reviewer must see a changed command even when no entry changed. */
export function renderWhatRunsWarning(changes: WhatRunsChange[]): string {
  if (changes.length === 0) return '';
  const rows = changes.map(
    (c) =>
      `> | ${markdownCell(c.where)} | ${markdownCell(shownValue(c.before))} | ${markdownCell(shownValue(c.after))} |`,
  );
  return [
    '> [!CAUTION]',
    `> ⚠️ **this PR changes what runs**: ${changes.length} command or environment change${changes.length === 1 ? '' : 's'} — review them before the workflow runs them with AWS credentials.`,
    '>',
    '> | Where | Before | After |',
    '> | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export interface PrSummaryInput {
  changes: CatalogChange[];
  head: CatalogEntry[];
  /** undefined when AWS data was not available (fork pull request, no table) */
  records: CiRecord[] | undefined;
  /** why the records are missing, for the note */
  unavailableReason?: string;
  pricing: Pricing;
  /** short name of the base, e.g. the first 7 characters of its commit */
  baseName: string;
  /** the base catalog could not be read */
  baseUnreadable?: boolean;
  /** changes to commands, generator or env (diffWhatRuns) */
  whatRuns?: WhatRunsChange[];
  /** the head catalog's stage commands, so the dry-run plan shows the argv that will run */
  stageCommands?: StageCommands;
}

export interface PrSummary {
  /** the change table, cost and notes: shown first */
  overview: string;
  /** the dry-run plan of the added and changed entries: shown last (it is the longest part) */
  dryRun?: string;
  plan: Plan;
}

const KIND_LABELS: Record<ChangeKind, string> = {
  added: '➕ added',
  removed: '➖ removed',
  changed: '✏️ changed',
};

/** The joined record's status, naming the configuration's other key (MCC's 7-field id) when it has one. */
function statusOf(records: Map<string, JoinedRecord> | undefined, configId: string | undefined): string {
  if (!records) return 'unknown (no AWS data)';
  if (!configId) return '—';
  const record = records.get(configId);
  const others = record?.otherConfigIds?.length ? ` (also as ${record.otherConfigIds.join(', ')})` : '';
  return `${record?.testStatus || 'untested'}${others}`;
}

export function renderPrSummary(input: PrSummaryInput): PrSummary {
  const runnable = new Set(input.changes.filter((c) => c.kind !== 'removed').map((c) => c.id));
  const entries = input.head.filter((e) => runnable.has(e.id));
  const plan = buildPlan(entries, input.pricing);
  const costs = new Map(plan.entries.map((p) => [p.id, p.estimatedCostUsd]));
  const records = input.records
    ? new Map(joinRecords(input.records, input.head).map((r) => [r.configId, r]))
    : undefined;
  const count = (kind: ChangeKind): number => input.changes.filter((c) => c.kind === kind).length;
  const lines = [
    '## 🔎 Catalog change',
    '',
    `${count('added')} added · ${count('removed')} removed · ${count('changed')} changed, against ${markdownCell(input.baseName)}.`,
  ];
  const warning = renderWhatRunsWarning(input.whatRuns ?? []);
  if (warning) lines.push('', warning);
  if (input.baseUnreadable) {
    lines.push('', '> [!WARNING]\n> The base catalog could not be read: every entry is shown as added.');
  }
  if (input.changes.length > 0) {
    const rows = input.changes.map((c) => {
      const configId = c.previousConfigId
        ? `${c.previousConfigId} → ${c.configId}`
        : (c.configId ?? 'unknown');
      const kind =
        c.kind === 'changed' ? `${KIND_LABELS.changed} (${c.fields.join(', ')})` : KIND_LABELS[c.kind];
      const cost = costs.get(c.id);
      return [
        kind,
        c.id,
        c.tier || '—',
        configId,
        statusOf(records, c.configId),
        cost === undefined ? '—' : formatCost(cost),
      ]
        .map(markdownCell)
        .join(' | ');
    });
    lines.push(
      '',
      '| Change | Config | Tier | configId | Current status | Est. cost |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows.map((r) => `| ${r} |`),
    );
  } else {
    lines.push(
      '',
      warning
        ? 'No catalog entry is added, removed or changed by this pull request, but what runs is (above).'
        : 'No catalog entry is added, removed or changed by this pull request.',
    );
  }
  if (plan.count > 0) {
    const unknown =
      plan.unknownPriceInstances.length > 0
        ? ` (no price for ${markdownCell(plan.unknownPriceInstances.join(', '))})`
        : '';
    lines.push(
      '',
      `Running the ${plan.count} added or changed entr${plan.count === 1 ? 'y' : 'ies'}: estimated ${formatCost(plan.estimatedCostUsd)} at typical stage durations, ${formatCost(plan.worstCaseCostUsd)} if every stage runs to its timeout${unknown}.`,
    );
  }
  if (!records) {
    lines.push(
      '',
      `> [!NOTE]\n> AWS data was not available${input.unavailableReason ? ` (${markdownCell(input.unavailableReason)})` : ''}: the current status of the entries was not read from the results table.`,
    );
  }
  // a root command change touches every entry: one of them shows the argv that will now run
  const rootChanged = (input.whatRuns ?? []).some((c) =>
    ROOT_COMMAND_KEYS.some((k) => c.where.startsWith(k)),
  );
  const planned = entries.length > 0 ? entries : rootChanged ? input.head.slice(0, 1) : [];
  const what =
    entries.length > 0
      ? `the ${entries.length} added or changed entr${entries.length === 1 ? 'y' : 'ies'}`
      : `${planned[0]?.id ?? ''}, with this pull request's stage commands`;
  const dryRun =
    planned.length > 0
      ? `<details><summary>Dry-run plan of ${markdownCell(what)}</summary>\n\n${renderDryRunMarkdown(
          planDryRun(planned, (entry) => ({
            generator: [DEFAULT_GENERATOR],
            projectName: entry.id,
            stageCommands: input.stageCommands,
          })),
        )}\n</details>`
      : undefined;
  return { overview: lines.join('\n'), ...(dryRun ? { dryRun } : {}), plan };
}
