import * as core from '@actions/core';
import { loadPricing } from '../catalog/load.js';
import { loadCatalogInput } from '../github/catalog-input.js';
import { buildPlan, parseMaxJobMinutes } from '../catalog/plan.js';
import { renderPlanMarkdown, renderUnusableMarkdown } from '../catalog/plan-render.js';
import { selectForPlan } from '../catalog/plan-selection.js';
import { failStep } from '../github/action-errors.js';
import { booleanInput } from '../github/inputs.js';
import { planSlots } from '../catalog/plan-slots.js';
import { openAdmission } from '../lifecycle/admission/open.js';

async function main(): Promise<void> {
  const maxJobMinutes = parseMaxJobMinutes(core.getInput('max-job-minutes'), 'max-job-minutes');
  const { catalog, file, workspaceRoot: repoDir } = loadCatalogInput();
  const table = core.getInput('table').trim();
  const includeRegistered = booleanInput('include-registered');
  const { entries, unusableRegistered } = await selectForPlan(catalog, {
    tier: core.getInput('tier'),
    ids: core.getInput('configs'),
    select: core.getInput('select'),
    staleAfterHours: core.getInput('stale-after-hours'),
    baseRef: core.getInput('base-ref').trim(),
    includeRegistered,
    catalogFile: file,
    repoDir,
    // the DynamoDB adapter (and the SDK) loads only when a table is read
    store: table
      ? (await import('../results/open.js')).openStores({
          table,
          region: process.env.AWS_REGION ?? 'us-west-2',
          localDir: `${process.env.RUNNER_TEMP ?? repoDir}/mcc-e2e-plan`,
        }).store
      : undefined,
  });
  const plan = buildPlan(entries, loadPricing(file), maxJobMinutes);
  const admission = await openAdmission({
    localDir: repoDir,
    quotas: { text: core.getInput('quotas'), where: 'input quotas' },
    catalogQuotas: catalog.quotas,
    catalogIds: catalog.entries.map((e) => e.id),
    region: process.env.AWS_REGION ?? 'us-west-2',
  });
  const slots = await planSlots(entries, (key) => admission.limit(key));
  core.setOutput('matrix', JSON.stringify(plan.matrix));
  core.setOutput('count', String(plan.count));
  core.setOutput('ids', plan.ids.join(','));
  core.setOutput('estimated-cost-usd', String(plan.estimatedCostUsd));
  core.setOutput('over-max-job-minutes', plan.overMaxJobMinutes.map((l) => l.id).join(','));
  core.info(
    `Selected ${plan.count} entr${plan.count === 1 ? 'y' : 'ies'}: ${plan.ids.join(', ') || '(none)'}`,
  );
  if (plan.overMaxJobMinutes.length > 0)
    core.warning(
      `${plan.overMaxJobMinutes.map((l) => l.id).join(', ')} can need more than max-job-minutes (${plan.maxJobMinutes}): they need self-hosted runners for a full run (see the plan summary)`,
    );
  const title = `E2E plan${core.getInput('tier') ? ` — tier ${core.getInput('tier')}` : ''}${core.getInput('select') && core.getInput('select') !== 'all' ? ` (${core.getInput('select')})` : ''}`;
  for (const u of unusableRegistered) core.warning(`registered record ${u.configId} is not run: ${u.reason}`);
  await core.summary
    .addRaw(renderPlanMarkdown(plan, title, slots) + renderUnusableMarkdown(unusableRegistered))
    .write();
}

main().catch(failStep);
