import { bucketOf, type ConfigCoverage, type CoverageModel, type GateResult } from './coverage.js';
import { capMarkdown } from './run-summary.js';
import { escapeHtml, markdownCell, markdownTableOf } from './table.js';
import { formatDuration } from './duration.js';
import { failureClassLine, OTHER_KEYS_NOTE, otherKeyRows, statusLabel, summaryLine } from './text.js';

/** A step summary must stay well under GitHub's 1 MiB. */
export const SUMMARY_MAX_BYTES = 512 * 1024;
/** A PR comment must stay under 65,535 characters; bytes ≥ characters, so a byte cap is safe. */
export const COMMENT_MAX_BYTES = 60_000;

export const RUN_ICONS: Record<string, string> = {
  passing: '✅',
  failing: '❌',
  running: '⏳',
  cancelled: '🚫',
  untested: '▫️',
};

const iconOf = (status: string): string => RUN_ICONS[bucketOf(status)] as string;

/** Only plain http(s) links are rendered; anything else stays text. */
export const safeUrl = (url: string | undefined): string | undefined =>
  url && /^https?:\/\/[^\s<>()"'`]+$/.test(url) ? url : undefined;

const linked = (text: string, url: string | undefined): string => {
  const safe = safeUrl(url);
  return safe ? `[${markdownCell(text)}](${escapeHtml(safe)})` : markdownCell(text);
};

const table = (headers: string[], rows: string[][]): string =>
  markdownTableOf(headers.map(markdownCell), rows);

const cost = (c: ConfigCoverage): string =>
  c.estimatedCostUsd === undefined ? '—' : `$${c.estimatedCostUsd.toFixed(2)}`;

const firstLine = (text: string | undefined, max = 300): string => {
  const line = (text ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > max ? `${line.slice(0, max)}…` : line;
};

function configRow(c: ConfigCoverage): string[] {
  return [
    markdownCell(c.tier),
    `${iconOf(c.status)} ${markdownCell(c.id)}`,
    markdownCell(c.model),
    markdownCell(c.instance),
    linked(statusLabel(c), c.runUrl),
    c.lastStatuses.map(iconOf).join('') || '—',
    markdownCell(c.lastTest ?? '—'),
    markdownCell(formatDuration(c.duration)),
    markdownCell(cost(c)),
  ];
}

function regressionsSection(model: CoverageModel): string | undefined {
  const regressed = [...model.configs, ...model.registered.configs].filter((c) => c.regression);
  if (regressed.length === 0) return undefined;
  const items = regressed.map(
    (c) =>
      `> - **${markdownCell(c.id)}** — ${linked(c.status, c.runUrl)}: ${markdownCell(firstLine(c.errorMessage))}`,
  );
  return [
    '> [!CAUTION]',
    `> **${regressed.length} regression${regressed.length === 1 ? '' : 's'}** (passed before, failing now):`,
    ...items,
  ].join('\n');
}

function failingSection(model: CoverageModel): string | undefined {
  const failing = model.configs.filter((c) => bucketOf(c.status) === 'failing');
  if (failing.length === 0) return undefined;
  return `### Failing\n\n${table(
    ['Config', 'Status', 'Error'],
    failing.map((c) => [
      markdownCell(c.id),
      linked(statusLabel(c), c.runUrl),
      markdownCell(firstLine(c.errorMessage)),
    ]),
  )}`;
}

function notInCatalogSection(model: CoverageModel): string | undefined {
  if (model.notInCatalog.length === 0) return undefined;
  return `### Not in catalog\n\nRecords whose configId no catalog entry has (a changed entry or a removed one):\n\n${table(
    ['Id', 'configId', 'Tier', 'Status', 'Last test'],
    model.notInCatalog.map((r) =>
      [r.id || '—', r.configId, r.tier || '—', r.status, r.lastTest ?? '—'].map(markdownCell),
    ),
  )}`;
}

function registeredSection(model: CoverageModel): string | undefined {
  const { configs, unusable, summary } = model.registered;
  if (configs.length === 0 && unusable.length === 0) return undefined;
  const parts = [
    `### Registered\n\nConfigurations teams registered outside the catalog (\`do/register --ci\`), re-tested on schedule — ${escapeHtml(summaryLine(summary).replace(/^Summary: /, ''))}`,
  ];
  if (configs.length > 0)
    parts.push(
      table(
        ['Tier', 'Config', 'Model', 'Instance', 'Status', 'Last runs', 'Last test', 'Duration', 'Cost'],
        configs.map(configRow),
      ),
    );
  if (unusable.length > 0)
    parts.push(
      `**Not run** — records that cannot become an entry (fix and register again):\n\n${table(
        ['configId', 'Model', 'Why'],
        unusable.map((u) => [u.configId, u.model || '—', u.reason].map(markdownCell)),
      )}`,
    );
  return parts.join('\n\n');
}

function otherKeysSection(model: CoverageModel): string | undefined {
  const rows = otherKeyRows(model);
  if (rows.length === 0) return undefined;
  return `${markdownCell(OTHER_KEYS_NOTE)}\n\n${table(
    ['Config', 'Also as'],
    rows.map((r) => r.map(markdownCell)),
  )}`;
}

export interface CoverageMarkdownOptions {
  gate?: GateResult;
  /** sections shown first (e.g. the PR summary, notes) — already escaped Markdown */
  before?: string[];
  /** sections shown last, trimmed first (e.g. the dry-run plan) — already escaped Markdown */
  after?: string[];
  /** where the full report is when this one is trimmed */
  fullReportAt: string;
  maxBytes: number;
}

/**
 * The job summary / PR comment. Sections are ordered by importance (summary, gate, regressions,
 * failures, the full table, records not in the catalog), so a trim for size drops the least
 * important part first and says where the full report is.
 */
export function renderCoverageMarkdown(model: CoverageModel, options: CoverageMarkdownOptions): string {
  const gate = options.gate
    ? `${options.gate.passed ? '✅' : '❌'} ${markdownCell(options.gate.sentence)}`
    : undefined;
  const classes = failureClassLine(model.summary);
  const sections = [
    ...(options.before ?? []),
    `## 📊 E2E coverage${model.tier ? ` — tier ${markdownCell(model.tier)}` : ''}`,
    `**${escapeHtml(summaryLine(model.summary))}**${classes ? `\n\n${escapeHtml(classes)}` : ''}\n\nRead from ${markdownCell(model.source)} at ${escapeHtml(model.generatedAt)}.`,
    gate,
    regressionsSection(model),
    failingSection(model),
    model.configs.length > 0
      ? `### All configs\n\n${table(
          ['Tier', 'Config', 'Model', 'Instance', 'Status', 'Last runs', 'Last test', 'Duration', 'Cost'],
          model.configs.map(configRow),
        )}`
      : 'No catalog entries in this report.',
    registeredSection(model),
    notInCatalogSection(model),
    otherKeysSection(model),
    ...(options.after ?? []),
  ].filter((s): s is string => s !== undefined);
  return capMarkdown(`${sections.join('\n\n')}\n`, options.maxBytes, options.fullReportAt);
}
