import { Command } from 'commander';
import { selectEntries } from '../catalog/select.js';
import { openStores, type OpenedStores } from '../results/open.js';
import { DEFAULT_LOCAL_DIR } from '../results/local-store.js';
import { sageMakerClient } from '../aws/clients.js';
import { parseDuration, sweep } from '../aws/sweep.js';
import { renderTextTable } from '../report/table.js';
import { UserError } from '../errors.js';
import { action, globalOptions, loadCatalogFromOptions } from './common.js';

export interface StoreOptions {
  table?: string;
  historyTable?: string;
  region?: string;
  saveLocal: string;
}

/** The options every command that reads or writes results shares. */
export function withStoreOptions(command: Command): Command {
  return command
    .option('--table <name>', 'DynamoDB CI table (default: the local store)')
    .option('--history-table <name>', 'DynamoDB run-history table')
    .option('--region <region>', 'AWS region (default: AWS_REGION, else us-west-2)')
    .option('--save-local <dir>', 'local store directory', DEFAULT_LOCAL_DIR);
}

export function regionOf(opts: { region?: string }): string {
  return opts.region ?? process.env.AWS_REGION ?? 'us-west-2';
}

export function openCliStores(opts: StoreOptions): OpenedStores {
  return openStores({
    table: opts.table,
    historyTable: opts.historyTable,
    region: regionOf(opts),
    localDir: opts.saveLocal,
  });
}

export function registerStoreCommands(program: Command): void {
  withStoreOptions(
    program
      .command('register')
      .description(
        'create the untested record of a catalog entry (or update it, keeping its test results), like MCC’s do/register --ci',
      )
      .requiredOption('--config <id>', 'catalog id')
      .option('--benchmark-enabled', 'opt the config into Stage 2 (benchmark)')
      .option('--workload <name>', 'benchmark workload from catalog/workloads.json'),
  ).action(
    action(
      async (
        opts: StoreOptions & { config: string; benchmarkEnabled?: boolean; workload?: string },
        command: Command,
      ) => {
        const { catalog } = loadCatalogFromOptions(globalOptions(command));
        const [entry] = selectEntries(catalog, { ids: opts.config });
        if (!entry) throw new UserError(`no catalog entry "${opts.config}"`);
        const stores = openCliStores(opts);
        const outcome = await stores.store.register(
          entry,
          { benchmarkEnabled: opts.benchmarkEnabled, benchmarkWorkload: opts.workload },
          new Date(),
        );
        console.log(
          `${outcome === 'created' ? 'Registered' : 'Updated'} ${entry.id} (configId ${entry.configId}) in ${stores.store.description}`,
        );
      },
    ),
  );

  withStoreOptions(
    program
      .command('sweep')
      .description(
        'delete SageMaker endpoints, endpoint configs and models left by finished runs older than a threshold',
      )
      .option('--older-than <duration>', 'age threshold: 90s, 30m, 6h, 2d', '6h')
      .option('--dry-run', 'list what would be deleted; delete nothing'),
  ).action(
    action(async (opts: StoreOptions & { olderThan: string; dryRun?: boolean }, command: Command) => {
      const olderThanMs = parseDuration(opts.olderThan);
      if (olderThanMs === undefined)
        throw new UserError(`--older-than must look like 90s, 30m, 6h or 2d, not "${opts.olderThan}"`);
      const { catalog } = loadCatalogFromOptions(globalOptions(command));
      const stores = openCliStores(opts);
      const configIdOf = new Map(catalog.entries.map((e) => [e.id, e.configId]));
      const client = sageMakerClient(regionOf(opts));
      const decisions = await sweep({
        client,
        catalogIds: catalog.entries.map((e) => e.id),
        olderThanMs,
        dryRun: Boolean(opts.dryRun),
        isRunActive: async (catalogId, runToken) => {
          const record = await stores.store.getRecord(configIdOf.get(catalogId) ?? '');
          return record?.testStatus === 'running' && (record.runId ?? '').endsWith(runToken);
        },
      });
      client.destroy();
      if (decisions.length === 0) {
        console.log(`No SageMaker resources of these runs found in ${regionOf(opts)}.`);
        return 0;
      }
      const verb = (d: (typeof decisions)[number]) =>
        d.action === 'keep'
          ? 'kept'
          : opts.dryRun
            ? 'would delete'
            : d.done
              ? 'deleted'
              : `FAILED: ${d.error}`;
      console.log(
        renderTextTable(
          ['Kind', 'Name', 'Created', 'Action', 'Why'],
          decisions.map((d) => [d.kind, d.name, d.createdAt.toISOString(), verb(d), d.reason]),
        ),
      );
      const failed = decisions.filter((d) => d.error);
      return failed.length > 0 ? 1 : 0;
    }),
  );
}
