import type { ConfigCoverage, CoverageModel, CoverageSummary, NotInCatalog } from './coverage.js';
import { formatDuration } from './duration.js';
import { REGRESSION_MARK } from './run-summary.js';
import { renderTextTable } from './table.js';

export const FLAKY_MARK = '~ FLAKY';
/** an infrastructure failure (quota, capacity, throttling, credentials): not the product's fault */
export const INFRASTRUCTURE_MARK = '(infrastructure)';

/** The status with its marks, as every renderer shows it. */
export function statusLabel(
  c: Pick<ConfigCoverage, 'status' | 'previousStatus' | 'regression' | 'flaky' | 'failureClass'>,
): string {
  return [
    c.previousStatus ? `${c.status} (last: ${c.previousStatus})` : c.status,
    ...(c.failureClass === 'infrastructure' ? [INFRASTRUCTURE_MARK] : []),
    ...(c.regression ? [REGRESSION_MARK] : []),
    ...(c.flaky ? [FLAKY_MARK] : []),
  ].join('  ');
}

/**
 * `Summary: 28 total | 20 passing | 1 failing | 7 untested | 71% coverage` — the line of
 * 03-results.md; configs being run right now add `| N running` before the coverage.
 */
export function summaryLine(s: CoverageSummary): string {
  const running = s.running > 0 ? ` | ${s.running} running` : '';
  const cancelled = s.cancelled > 0 ? ` | ${s.cancelled} cancelled` : '';
  return `Summary: ${s.total} total | ${s.passing} passing | ${s.failing} failing | ${s.untested} untested${running}${cancelled} | ${s.coveragePercent}% coverage`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Failures that are not the product's, apart from those that are: `2 infrastructure failures,
 * 0 regressions` (+ cancellations). Undefined when nothing failed or was cancelled.
 */
export function failureClassLine(s: CoverageSummary): string | undefined {
  if (s.failing === 0 && s.cancelled === 0) return undefined;
  return [
    plural(s.infrastructureFailures, 'infrastructure failure'),
    plural(s.regressions, 'regression'),
    ...(s.cancelled > 0
      ? [`${s.cancelled} cancelled (never a regression; gates use their last completed run)`]
      : []),
  ].join(', ');
}

/** The sentence above the rows of configurations recorded under more than one key. */
export const OTHER_KEYS_NOTE =
  "Also recorded under another configId (MCC's do/register --ci 7-field id); the newest result is shown:";

/** `[id, other keys]` of every row that joined more than one table item. */
export const otherKeyRows = (model: CoverageModel): string[][] =>
  [...model.configs, ...model.notInCatalog]
    .filter((c) => c.otherConfigIds?.length)
    .map((c) => [c.id || c.configId, (c.otherConfigIds ?? []).join(', ')]);

const notInCatalogRow = (r: NotInCatalog): string[] => [
  r.id || '—',
  r.configId,
  r.tier || '—',
  r.status,
  r.lastTest ?? '—',
];

/** The registered configurations (outside the catalog, re-tested on schedule) and those that cannot run. */
function registeredText(model: CoverageModel): string[] {
  const { configs, unusable, summary } = model.registered;
  if (configs.length === 0 && unusable.length === 0) return [];
  const lines = [
    '',
    `Registered (${configs.length} configuration${configs.length === 1 ? '' : 's'} teams registered outside the catalog):`,
  ];
  if (configs.length > 0)
    lines.push(
      renderTextTable(
        ['Tier', 'Config', 'configId', 'Model', 'Status', 'Last runs', 'Last Test', 'Duration'],
        configs.map((c) => [
          c.tier,
          c.id,
          c.configId,
          c.model,
          statusLabel(c),
          c.lastStatuses.join(' ') || '—',
          c.lastTest ?? '—',
          formatDuration(c.duration),
        ]),
      ).replace(/^/gm, '  '),
      `  Registered: ${summaryLine(summary).replace(/^Summary: /, '')}`,
    );
  if (unusable.length > 0)
    lines.push(
      `  Not run (${unusable.length} registered record${unusable.length === 1 ? '' : 's'} that cannot become an entry):`,
      ...unusable.map((u) => `    ${u.configId}  ${u.reason}`),
    );
  return lines;
}

export function renderCoverageText(model: CoverageModel): string {
  const rows = model.configs.map((c) => [
    c.tier,
    c.id,
    statusLabel(c),
    c.lastTest ?? '—',
    formatDuration(c.duration),
  ]);
  const lines = [
    `📊 E2E coverage report${model.tier ? ` — tier ${model.tier}` : ''} (${model.source})`,
    '',
    model.configs.length > 0
      ? renderTextTable(['Tier', 'Config', 'Status', 'Last Test', 'Duration'], rows)
      : 'No catalog entries in this report.',
  ];
  if (model.notInCatalog.length > 0) {
    lines.push(
      '',
      `Not in catalog (${model.notInCatalog.length} record${model.notInCatalog.length === 1 ? '' : 's'} whose configId no catalog entry has):`,
      renderTextTable(
        ['Id', 'configId', 'Tier', 'Status', 'Last Test'],
        model.notInCatalog.map(notInCatalogRow),
      ).replace(/^/gm, '  '),
    );
  }
  lines.push(...registeredText(model));
  const others = otherKeyRows(model);
  if (others.length > 0) {
    lines.push('', OTHER_KEYS_NOTE, renderTextTable(['Config', 'Also as'], others).replace(/^/gm, '  '));
  }
  const classes = failureClassLine(model.summary);
  lines.push('', ...(classes ? [classes] : []), summaryLine(model.summary));
  return lines.join('\n');
}
