import { Command, Option } from 'commander';
import { selectEntries } from '../catalog/select.js';
import { planDryRun, renderDryRunText } from '../lifecycle/dry-run.js';
import { makeProjectName, makeRunToken } from '../lifecycle/project-name.js';
import { DEFAULT_GENERATOR } from '../lifecycle/resolve.js';
import { splitArgs } from '../catalog/args.js';
import { UserError } from '../errors.js';
import { action, globalOptions, loadCatalogFromOptions } from './common.js';

export interface RunCommandOptions {
  tier?: string;
  config?: string;
  dryRun?: boolean;
  verbose?: boolean;
  saveLocal?: string;
  generator: string;
  concurrency: string;
}

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('run the lifecycle of the selected entries (generate → … → clean) and print a results table')
    .option('--tier <tier>', 'run every entry of a tier')
    .option('--config <ids>', 'comma-separated catalog ids (any tier; no --tier needed)')
    .option('--dry-run', 'resolve and print every stage (argv, timeout, env keys); run nothing')
    .option('--verbose', 'stream each stage’s output live')
    .option('--save-local <dir>', 'local store directory', '.mcc-e2e')
    .addOption(
      new Option('--generator <cmd>', 'generator command (split on spaces)').default('ml-container-creator'),
    )
    .option('--concurrency <n>', 'entries run at once', '1')
    .action(
      action((opts: RunCommandOptions, command: Command) => {
        if (!opts.tier && !opts.config)
          throw new UserError('choose what to run: --tier <tier> and/or --config <ids>');
        const { catalog } = loadCatalogFromOptions(globalOptions(command));
        const entries = selectEntries(catalog, { tier: opts.tier, ids: opts.config });
        const generator = splitArgs(opts.generator || DEFAULT_GENERATOR);
        if (opts.dryRun) {
          const runToken = makeRunToken();
          const plan = planDryRun(entries, (entry) => ({
            generator,
            projectName: makeProjectName(entry.id, runToken),
          }));
          console.log(renderDryRunText(plan));
          return 0;
        }
        throw new UserError('running the lifecycle arrives with the lifecycle engine; use --dry-run');
      }),
    );
}
