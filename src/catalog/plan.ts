import type { CatalogEntry } from './types.js';
import type { Pricing } from './load.js';
import { resolveStages, type ResolvedStage } from '../lifecycle/resolve.js';
import { UserError } from '../errors.js';

/** Minutes added to every leg for checkout, setup and the post step. */
const LEG_OVERHEAD_MINUTES = 10;
/**
 * Of those, the steps before the run step (checkout, Node, the generator install): the run
 * action's budget counts from its own start, so it gets the job's timeout less these.
 */
const STEPS_BEFORE_RUN_MINUTES = 5;
/** Below this a leg has no time for a stage: the steps before, clean (15 min), the post step. */
const MIN_JOB_MINUTES = 30;

/**
 * Typical wall-clock minutes of the stages while an endpoint is up (deploy → clean), for the
 * cost estimate. Worst case (every stage at its timeout) is reported beside it.
 */
const TYPICAL_ENDPOINT_MINUTES: Record<string, number> = {
  deploy: 10,
  test: 2,
  'tune-<technique>': 30,
  'adapter-add': 5,
  'test-adapter': 2,
  benchmark: 15,
  clean: 5,
};

export type Cost = number | 'unknown';

export interface PlanEntry {
  id: string;
  tier: string;
  model: string;
  instance: string;
  configId: string;
  /** made from a registered record: the leg runs it by configId */
  registered?: boolean;
  /** the job's `timeout-minutes`: the worst case, clamped to the plan's max-job-minutes */
  timeoutMinutes: number;
  /** every stage at its timeout, plus setup and the post step */
  worstCaseMinutes: number;
  estimatedCostUsd: Cost;
  worstCaseCostUsd: Cost;
}

export interface MatrixEntry {
  id: string;
  tier: string;
  model: string;
  instance: string;
  'timeout-minutes': number;
  /** for the run action's job-budget-minutes: timeout-minutes less the steps before it */
  'job-budget-minutes': number;
  /** on legs of registered records: the run action's `config-id` */
  'config-id'?: string;
}

export interface Plan {
  entries: PlanEntry[];
  /** the longest job the runners allow (GitHub-hosted: 360 min), when given */
  maxJobMinutes?: number;
  /** legs whose worst case exceeds maxJobMinutes: they need self-hosted runners for a full run */
  overMaxJobMinutes: { id: string; worstCaseMinutes: number }[];
  matrix: { include: MatrixEntry[] };
  count: number;
  ids: string[];
  estimatedCostUsd: Cost;
  worstCaseCostUsd: Cost;
  unknownPriceInstances: string[];
}

const roundCents = (n: number): number => Math.round(n * 100) / 100;

/** deploy → clean: the stages during which an endpoint is up. */
function endpointStages(stages: ResolvedStage[]): ResolvedStage[] {
  const deployAt = stages.findIndex((s) => s.name === 'deploy');
  return deployAt < 0 ? [] : stages.slice(deployAt);
}

/** `max-job-minutes` / `--max-job-minutes`: empty = no limit, else a whole number of minutes. */
export function parseMaxJobMinutes(text: string | undefined, name: string): number | undefined {
  const value = (text ?? '').trim();
  if (!value) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < MIN_JOB_MINUTES)
    throw new UserError(
      `${name} must be a whole number of minutes, at least ${MIN_JOB_MINUTES} (setup, clean and the post step need about 25; GitHub-hosted jobs stop at 360, so 350 leaves room), not "${value}"`,
    );
  return Number(value);
}

export function planEntry(entry: CatalogEntry, pricing: Pricing, maxJobMinutes?: number): PlanEntry {
  const benchmark = entry.benchmark?.workload;
  const stages = resolveStages(entry, {
    generator: ['generator'],
    projectName: entry.id,
    benchmarkWorkload: benchmark,
  });
  const totalSeconds = stages.reduce((sum, s) => sum + s.timeoutSeconds, 0);
  const price = pricing.instances[entry.params.instanceType];
  const onEndpoint = endpointStages(stages);
  const typicalHours = onEndpoint.reduce(
    (h, s) => h + (TYPICAL_ENDPOINT_MINUTES[s.definition.name] ?? 5) / 60,
    0,
  );
  const worstHours = onEndpoint.reduce((h, s) => h + s.timeoutSeconds / 3600, 0);
  const worstCaseMinutes = Math.ceil(totalSeconds / 60) + LEG_OVERHEAD_MINUTES;
  return {
    id: entry.id,
    tier: entry.tier,
    model: entry.params.modelName,
    instance: entry.params.instanceType,
    configId: entry.configId,
    ...(entry.registered ? { registered: true } : {}),
    timeoutMinutes: Math.min(worstCaseMinutes, maxJobMinutes ?? Infinity),
    worstCaseMinutes,
    estimatedCostUsd: price === undefined ? 'unknown' : roundCents(price * typicalHours),
    worstCaseCostUsd: price === undefined ? 'unknown' : roundCents(price * worstHours),
  };
}

function sumCosts(costs: Cost[]): Cost {
  return costs.some((c) => c === 'unknown')
    ? 'unknown'
    : roundCents(costs.reduce<number>((a, c) => a + (c as number), 0));
}

export function buildPlan(entries: CatalogEntry[], pricing: Pricing, maxJobMinutes?: number): Plan {
  const planned = entries.map((e) => planEntry(e, pricing, maxJobMinutes));
  return {
    entries: planned,
    maxJobMinutes,
    overMaxJobMinutes: planned
      .filter((p) => p.worstCaseMinutes > p.timeoutMinutes)
      .map((p) => ({ id: p.id, worstCaseMinutes: p.worstCaseMinutes })),
    matrix: {
      include: planned.map((p) => ({
        id: p.id,
        tier: p.tier,
        model: p.model,
        instance: p.instance,
        'timeout-minutes': p.timeoutMinutes,
        'job-budget-minutes': p.timeoutMinutes - STEPS_BEFORE_RUN_MINUTES,
        ...(p.registered ? { 'config-id': p.configId } : {}),
      })),
    },
    count: planned.length,
    ids: planned.map((p) => p.id),
    estimatedCostUsd: sumCosts(planned.map((p) => p.estimatedCostUsd)),
    worstCaseCostUsd: sumCosts(planned.map((p) => p.worstCaseCostUsd)),
    unknownPriceInstances: [
      ...new Set(planned.filter((p) => p.estimatedCostUsd === 'unknown').map((p) => p.instance)),
    ],
  };
}

export const formatCost = (cost: Cost): string => (cost === 'unknown' ? 'unknown' : `$${cost.toFixed(2)}`);
