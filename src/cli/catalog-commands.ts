import { Command } from 'commander';
import { loadPricing } from '../catalog/load.js';
import { selectEntries } from '../catalog/select.js';
import { buildPlan } from '../catalog/plan.js';
import { renderPlanText } from '../catalog/plan-render.js';
import { action, globalOptions, loadCatalogFromOptions } from './common.js';
import { displayPath } from '../catalog/load.js';
import { TIERS } from '../catalog/types.js';

export function registerCatalogCommands(program: Command): void {
  program
    .command('validate')
    .description('validate the catalog (schema and every cross-check); exit 1 with all problems when invalid')
    .action(
      action((_opts: unknown, command: Command) => {
        const { catalog, file } = loadCatalogFromOptions(globalOptions(command));
        const byTier = TIERS.map((t) => `${catalog.entries.filter((e) => e.tier === t).length} ${t}`).join(
          ', ',
        );
        console.log(`${displayPath(file)}: ${catalog.entries.length} valid entries (${byTier})`);
      }),
    );

  program
    .command('plan')
    .description('show the entries a tier or id list selects, with timeouts and the cost estimate')
    .option('--tier <tier>', `one of ${TIERS.join(', ')}`)
    .option('--config <ids>', 'comma-separated catalog ids (any tier)')
    .option('--json', 'print the plan as JSON (matrix, count, ids, cost) and nothing else')
    .action(
      action((opts: { tier?: string; config?: string; json?: boolean }, command: Command) => {
        const { catalog, file } = loadCatalogFromOptions(globalOptions(command));
        const plan = buildPlan(
          selectEntries(catalog, { tier: opts.tier, ids: opts.config }),
          loadPricing(file),
        );
        console.log(opts.json ? JSON.stringify(plan, null, 2) : renderPlanText(plan));
      }),
    );
}
