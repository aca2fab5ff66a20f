import { Command } from 'commander';
import { loadPricing } from '../catalog/load.js';
import { selectForPlan } from '../catalog/plan-selection.js';
import { openCliStores, withStoreOptions, type StoreOptions } from './store-commands.js';
import { buildPlan, parseMaxJobMinutes } from '../catalog/plan.js';
import { renderPlanText, renderUnusableText } from '../catalog/plan-render.js';
import { action, globalOptions, loadCatalogFromOptions } from './common.js';
import { COMMAND_DESCRIPTIONS } from './commands.js';
import { displayPath } from '../catalog/load.js';
import { TIERS } from '../catalog/types.js';
import { planSlots } from '../catalog/plan-slots.js';
import { openAdmission } from '../lifecycle/admission/open.js';
import { mccReport } from '../catalog/mcc-report.js';

export function registerCatalogCommands(program: Command): void {
  program
    .command('validate')
    .description(COMMAND_DESCRIPTIONS.validate)
    .option(
      '--mcc',
      'also list what MCC’s own E2E runner (its catalog validator) would reject; exit 1 if anything',
    )
    .option(
      '--tune-catalog <file>',
      'for --mcc: MCC’s tune catalog (default: config/tune-catalog.json of the installed @aws/ml-container-creator)',
    )
    .action(
      action((opts: { mcc?: boolean; tuneCatalog?: string }, command: Command) => {
        const { catalog, file } = loadCatalogFromOptions(globalOptions(command));
        const byTier = TIERS.map((t) => `${catalog.entries.filter((e) => e.tier === t).length} ${t}`).join(
          ', ',
        );
        console.log(`${displayPath(file)}: ${catalog.entries.length} valid entries (${byTier})`);
        if (!opts.mcc) return 0;
        const report = mccReport(file, opts.tuneCatalog);
        console.log(report.text);
        return report.rejected ? 1 : 0;
      }),
    );

  const planCommand = program
    .command('plan')
    .description(COMMAND_DESCRIPTIONS.plan)
    .option('--tier <tier>', `one of ${TIERS.join(', ')}`)
    .option('--config <ids>', 'comma-separated catalog ids (any tier)')
    .option('--json', 'print the plan as JSON (matrix, count, ids, cost) and nothing else')
    .option('--select <which>', 'all | stale | untested | failing | changed', 'all')
    .option('--stale-after-hours <h>', 'for --select stale (default per tier: 24/24/168)')
    .option('--base-ref <ref>', 'for --select changed: the git ref to compare the catalog with')
    .option(
      '--include-registered',
      'also select registered records outside the catalog (do/register --ci, register --from-project)',
    )
    .option('--quota <list>', 'endpoints at once per instance type, e.g. ml.g5.xlarge=2,ml.g5.12xlarge=4')
    .option(
      '--max-job-minutes <n>',
      'clamp every leg’s timeout-minutes to n and name the legs that need more (GitHub-hosted jobs stop at 360)',
    );
  withStoreOptions(planCommand).action(
    action(async (opts: PlanOptions, command: Command) => {
      const maxJobMinutes = parseMaxJobMinutes(opts.maxJobMinutes, '--max-job-minutes');
      const { catalog, file } = loadCatalogFromOptions(globalOptions(command));
      const { entries, unusableRegistered } = await selectForPlan(catalog, {
        tier: opts.tier,
        ids: opts.config,
        select: opts.select,
        staleAfterHours: opts.staleAfterHours,
        baseRef: opts.baseRef,
        catalogFile: file,
        repoDir: process.cwd(),
        store: openCliStores(opts).store,
        includeRegistered: opts.includeRegistered,
      });
      const plan = buildPlan(entries, loadPricing(file), maxJobMinutes);
      const admission = await openAdmission({
        localDir: process.cwd(),
        quotas: opts.quota ? { text: opts.quota, where: '--quota' } : undefined,
        catalogQuotas: catalog.quotas,
        catalogIds: catalog.entries.map((e) => e.id),
        region: process.env.AWS_REGION ?? entries[0]?.params.region ?? 'us-west-2',
      });
      const slots = await planSlots(entries, (key) => admission.limit(key));
      console.log(
        opts.json
          ? JSON.stringify({ ...plan, slots, unusableRegistered }, null, 2)
          : renderPlanText(plan, slots) + renderUnusableText(unusableRegistered),
      );
    }),
  );
}

interface PlanOptions extends StoreOptions {
  tier?: string;
  config?: string;
  json?: boolean;
  select: string;
  staleAfterHours?: string;
  baseRef?: string;
  includeRegistered?: boolean;
  quota?: string;
  maxJobMinutes?: string;
}
