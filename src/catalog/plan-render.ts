import { renderMarkdownTable, renderTextTable } from '../report/table.js';
import { formatCost, type Plan } from './plan.js';
import type { UnusableRegistration } from './registered.js';
import type { InstanceSlots } from './plan-slots.js';

const HEADERS = ['Config', 'Tier', 'Model', 'Instance', 'configId', 'Timeout', 'Est. cost'];

function rows(plan: Plan): string[][] {
  return plan.entries.map((e) => [
    e.id,
    e.tier,
    e.model,
    e.instance,
    e.configId,
    e.worstCaseMinutes > e.timeoutMinutes
      ? `${e.timeoutMinutes} min (needs ${e.worstCaseMinutes}: self-hosted)`
      : `${e.timeoutMinutes} min`,
    formatCost(e.estimatedCostUsd),
  ]);
}

function costLine(plan: Plan): string {
  const unknown =
    plan.unknownPriceInstances.length > 0
      ? ` (no price for ${plan.unknownPriceInstances.join(', ')} — add it to catalog/pricing.json)`
      : '';
  return `Estimated cost: ${formatCost(plan.estimatedCostUsd)} at typical stage durations, ${formatCost(plan.worstCaseCostUsd)} if every stage runs to its timeout${unknown}`;
}

/** The legs that a job limit cuts short, or nothing. */
function jobLimitLine(plan: Plan): string {
  if (plan.overMaxJobMinutes.length === 0) return '';
  const legs = plan.overMaxJobMinutes.map((l) => `${l.id} (${l.worstCaseMinutes} min)`).join(', ');
  return (
    `\n\n${plan.overMaxJobMinutes.length} of ${plan.count} legs can need more than max-job-minutes ` +
    `(${plan.maxJobMinutes} min) if every stage runs to its timeout: ${legs}. Their timeout-minutes is ` +
    `clamped to ${plan.maxJobMinutes}; a leg that reaches it stops early and ends cancelled. For a full ` +
    'run they need self-hosted runners (runs-on) and a higher max-job-minutes: GitHub-hosted jobs stop at 360 min.'
  );
}

const SLOT_HEADERS = ['Instance', 'Region', 'Legs', 'Endpoints at once', 'Expected waves', 'Quota'];

function slotRows(slots: readonly InstanceSlots[]): string[][] {
  return slots.map((s) => [
    s.instance,
    s.region,
    String(s.legs),
    s.quota === undefined ? 'quota unknown' : String(s.quota),
    s.waves === undefined ? (s.quota === 0 ? 'none: no slot' : '1 (not held back)') : String(s.waves),
    s.quotaDetail,
  ]);
}

export function renderPlanText(plan: Plan, slots: readonly InstanceSlots[] = []): string {
  if (plan.count === 0) return 'No catalog entries selected.';
  const perType = slots.length > 0 ? `\n\n${renderTextTable(SLOT_HEADERS, slotRows(slots))}` : '';
  return `${renderTextTable(HEADERS, rows(plan))}\n\n${plan.count} entr${plan.count === 1 ? 'y' : 'ies'}. ${costLine(plan)}${jobLimitLine(plan)}${perType}`;
}

export function renderPlanMarkdown(plan: Plan, title: string, slots: readonly InstanceSlots[] = []): string {
  if (plan.count === 0) return `### ${title}\n\nNo catalog entries selected — nothing to run.\n`;
  const perType =
    slots.length > 0
      ? `\n#### Endpoint slots per instance type\n\nLegs wait for a slot before deploy, so no leg fails on the endpoint quota.\n\n${renderMarkdownTable(SLOT_HEADERS, slotRows(slots))}\n`
      : '';
  return `### ${title}\n\n${renderMarkdownTable(HEADERS, rows(plan))}\n\n**${plan.count}** entr${plan.count === 1 ? 'y' : 'ies'}. ${costLine(plan)}${jobLimitLine(plan)}\n${perType}`;
}

const UNUSABLE_HEADERS = ['configId', 'Model', 'Why it is not run'];
const unusableRows = (list: UnusableRegistration[]): string[][] =>
  list.map((u) => [u.configId, u.model || '—', u.reason]);

/** Registered records the plan cannot run, each with its reason ('' when there are none). */
export function renderUnusableText(list: UnusableRegistration[]): string {
  if (list.length === 0) return '';
  return `\n\nRegistered records not run (${list.length}) — fix them and register again:\n${renderTextTable(UNUSABLE_HEADERS, unusableRows(list))}`;
}

export function renderUnusableMarkdown(list: UnusableRegistration[]): string {
  if (list.length === 0) return '';
  return `\n#### Registered records not run (${list.length})\n\nFix them and register again.\n\n${renderMarkdownTable(UNUSABLE_HEADERS, unusableRows(list))}\n`;
}
