import type { RunResult, StageRecord } from '../lifecycle/engine.js';
import { formatDuration } from './duration.js';
import { escapeHtml, markdownCell, renderMarkdownTable, renderTextTable } from './table.js';

export const STATUS_ICONS: Record<string, string> = { pass: '✅', fail: '❌', skip: '⏭️' };
export const REGRESSION_MARK = '⚠️ REGRESSION';

const RUN_ICONS: Record<string, string> = { pass: '✅', cancelled: '🚫', deferred: '⏸️' };
const statusIcon = (status: string): string =>
  status.startsWith('fail-') ? '❌' : (RUN_ICONS[status] ?? '⏳');

/** `fail-deploy (infrastructure)`: the class is shown wherever it is not the product's. */
const statusText = (r: Pick<RunResult, 'status' | 'failureClass'>): string =>
  r.failureClass && r.failureClass !== 'product' && r.status !== 'cancelled'
    ? `${r.status} (${r.failureClass})`
    : r.status;

const costText = (r: RunResult): string =>
  r.estimatedCostUsd === undefined
    ? 'unknown (no price for this instance type)'
    : `$${r.estimatedCostUsd.toFixed(2)}`;

/** "endpoint up 18.2 s, idle 0.4 s" */
export const endpointText = (r: Pick<RunResult, 'endpointSeconds' | 'idleEndpointSeconds'>): string =>
  `endpoint up ${formatDuration(r.endpointSeconds)}, idle ${formatDuration(r.idleEndpointSeconds)}`;

/** What the schedule did: "schedule overlap-tune: deploy held 31m 0s to meet the tune (…)". */
export function scheduleText(r: Pick<RunResult, 'schedule' | 'deployHold'>): string {
  if (!r.deployHold) return `schedule ${r.schedule}`;
  const { seconds, reason } = r.deployHold;
  return seconds > 0
    ? `schedule ${r.schedule}: deploy held ${formatDuration(seconds)} to meet the tune (${reason})`
    : `schedule ${r.schedule}: deploy not held (${reason})`;
}

/** a tune run as submit and wait shows both */
const durationText = (s: StageRecord): string =>
  s.phases?.submit && s.phases.wait
    ? `${formatDuration(s.durationSeconds)} (submit ${formatDuration(s.phases.submit.durationSeconds)}, wait ${formatDuration(s.phases.wait.durationSeconds)})`
    : formatDuration(s.durationSeconds);
/** Retried stages show their earlier attempts' errors first: what went wrong and was retried. */
const earlierErrors = (s: StageRecord): string[] =>
  (s.earlierAttempts ?? []).map((a) => `attempt ${a.attempt ?? 1}: ${a.error.split('\n')[0] ?? ''}`);

function stageRow(s: StageRecord): string[] {
  const own =
    s.status === 'fail'
      ? `${s.error}${s.remedy ? `\n→ ${s.remedy}` : ''}`
      : s.status === 'skip'
        ? s.error
        : (s.note ?? '');
  const error = [...earlierErrors(s), ...(own ? [own] : [])].join('\n');
  return [
    STATUS_ICONS[s.status] ?? s.status,
    s.attempt && s.attempt > 1 ? `${s.name} (${s.attempt} attempts)` : s.name,
    s.status === 'skip' && !s.phases ? '—' : durationText(s),
    error,
  ];
}

/** A step summary stays well under GitHub's 1 MiB: trim with a note pointing at the artifact. */
export function capMarkdown(markdown: string, maxBytes: number, fullAt: string): string {
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown;
  const note = `\n\n_… trimmed to fit the summary limit; the full text is in ${escapeHtml(fullAt)}._\n`;
  let cut = markdown.slice(0, maxBytes - Buffer.byteLength(note));
  while (Buffer.byteLength(cut) > maxBytes - Buffer.byteLength(note)) cut = cut.slice(0, -1024);
  return cut.slice(0, cut.lastIndexOf('\n')) + note;
}

/**
 * Where a reader opens the run's logs and result.json: the S3 console (with a results bucket the
 * upload reached), else the workflow run's artifacts page (the leg's store is uploaded there),
 * else — locally — the directory.
 */
export interface ArtifactPlace {
  /** the run's artifact directory, relative to the workspace when inside it */
  dir: string;
  s3?: { resultJson: string; stageLogs: Record<string, string> };
  /** the workflow run's page (its artifacts are at #artifacts) */
  runUrl?: string;
}

function artifactLine({ dir, s3, runUrl }: ArtifactPlace): string {
  if (s3) {
    const logs = Object.entries(s3.stageLogs).map(
      ([stage, url]) => `[${escapeHtml(stage)}](${escapeHtml(url)})`,
    );
    return `Logs and result.json in S3: [result.json](${escapeHtml(s3.resultJson)})${logs.length ? ` · stage logs: ${logs.join(' · ')}` : ''}`;
  }
  if (runUrl)
    return `Logs and result.json: ${markdownCell(dir)} in [this run's artifacts](${escapeHtml(runUrl)}#artifacts)`;
  return `Logs and result.json: ${markdownCell(dir)}`;
}

export function renderRunMarkdown(r: RunResult, artifacts?: ArtifactPlace): string {
  const regression = r.regression ? ` ${REGRESSION_MARK} (was ${escapeHtml(r.previousStatus)})` : '';
  const lines = [
    `### ${statusIcon(r.status)} ${escapeHtml(r.catalogId)} — ${escapeHtml(statusText(r))}${regression}`,
    '',
    `${markdownCell(r.modelName)} on ${markdownCell(r.instanceType)} (${markdownCell(r.region)}) · tier ${markdownCell(r.tier)} · configId \`${escapeHtml(r.configId)}\` · run ${r.runUrl ? `[${escapeHtml(r.runId)}](${escapeHtml(r.runUrl)})` : escapeHtml(r.runId)} · ${formatDuration(r.durationSeconds)}`,
    '',
    renderMarkdownTable(['', 'Stage', 'Duration', 'Error'], r.stages.map(stageRow)),
    '',
    `Estimated cost: ${costText(r)} (${escapeHtml(endpointText(r))}) · ${escapeHtml(scheduleText(r))}`,
  ];
  if (r.waitedSeconds !== undefined && r.waitedSeconds > 0)
    lines.push(
      '',
      `Waited ${formatDuration(r.waitedSeconds)} for a ${markdownCell(r.instanceType)} endpoint slot.`,
    );
  if (r.status === 'deferred')
    lines.push(
      '',
      `> [!NOTE]\n> Deferred: ${markdownCell(r.errorMessage)} — not a failure and never a regression; the record keeps its previous status${r.previousStatus ? ` (${escapeHtml(r.previousStatus)})` : ''}, so the stale scan picks this config up again.`,
    );
  if (r.cleanFailed)
    lines.push(
      '',
      `> [!WARNING]\n> clean failed after an earlier failure: SageMaker resources of project \`${escapeHtml(r.projectName)}\` may remain — check the post step or run \`mcc-e2e sweep\`.`,
    );
  if (r.cancelled)
    lines.push(
      '',
      `> [!NOTE]\n> ${markdownCell(r.errorMessage.split('\n')[0] ?? 'Cancelled')} — a cancelled run is never a regression and gates judge this config by its last completed run${r.previousStatus ? ` (${escapeHtml(r.previousStatus)})` : ''}.`,
    );
  if (r.benchmark) lines.push('', r.benchmark.markdown.trimEnd());
  if (artifacts) lines.push('', artifactLine(artifacts));
  return `${lines.join('\n')}\n`;
}

export function renderResultsText(results: RunResult[]): string {
  const rows = results.map((r) => [
    r.tier,
    r.catalogId,
    `${statusIcon(r.status)} ${statusText(r)}${r.regression ? `  ${REGRESSION_MARK}` : ''}${r.cleanFailed ? '  (clean failed!)' : ''}`,
    formatDuration(r.durationSeconds),
    `${formatDuration(r.endpointSeconds)} (idle ${formatDuration(r.idleEndpointSeconds)})`,
    r.estimatedCostUsd === undefined ? 'unknown' : `$${r.estimatedCostUsd.toFixed(2)}`,
    r.errorMessage ? (r.errorMessage.split('\n')[0]?.slice(0, 80) ?? '') : '',
  ]);
  const passing = results.filter((r) => r.status === 'pass').length;
  const cancelled = results.filter((r) => r.status === 'cancelled').length;
  const deferred = results.filter((r) => r.status === 'deferred').length;
  const infrastructure = results.filter(
    (r) => r.status.startsWith('fail-') && r.failureClass === 'infrastructure',
  ).length;
  const regressions = results.filter((r) => r.regression).length;
  return `${renderTextTable(['Tier', 'Config', 'Status', 'Duration', 'Endpoint', 'Cost', 'Error'], rows)}\n\n${results.length} run | ${passing} passing | ${results.length - passing - cancelled - deferred} failing${cancelled > 0 ? ` | ${cancelled} cancelled` : ''}${deferred > 0 ? ` | ${deferred} deferred` : ''} (${infrastructure} infrastructure failure${infrastructure === 1 ? '' : 's'}, ${regressions} regression${regressions === 1 ? '' : 's'})`;
}
