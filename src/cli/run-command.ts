import { Command, Option } from 'commander';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { selectEntries } from '../catalog/select.js';
import { loadPricing } from '../catalog/load.js';
import { planDryRun, renderDryRunText } from '../lifecycle/dry-run.js';
import { makeProjectName, makeRunToken } from '../lifecycle/project-name.js';
import { DEFAULT_CLEAN_TIMEOUT_SECONDS, DEFAULT_GENERATOR } from '../lifecycle/resolve.js';
import { jobBudget, parseBudgetMinutes } from '../lifecycle/budget.js';
import { runEntries } from '../lifecycle/orchestrate.js';
import { DEFAULT_LOCAL_DIR } from '../results/local-store.js';
import { openStores } from '../results/open.js';
import { preflightAws } from '../aws/preflight.js';
import { secretsClient } from '../aws/clients.js';
import { sageMakerLeftoverCheck } from '../aws/leftovers.js';
import { resolveHuggingFaceToken } from '../aws/secrets.js';
import { benchmarkBucketTarget, benchmarkSettings } from '../lifecycle/benchmark-settings.js';
import { planStage2 } from '../lifecycle/stage2.js';
import { renderResultsText, STATUS_ICONS } from '../report/run-summary.js';
import { formatDuration } from '../report/duration.js';
import { entryForConfigId } from '../catalog/registered.js';
import { UserError } from '../errors.js';
import { checkPaths } from '../path-checks.js';
import { action, globalOptions, loadCatalogFromOptions } from './common.js';
import { COMMAND_DESCRIPTIONS } from './commands.js';
import { resolveGenerator } from '../lifecycle/generator.js';
import { SCHEDULES, type Schedule } from '../lifecycle/schedule.js';
import { stepLabel } from '../lifecycle/dry-run.js';
import { endpointText, scheduleText } from '../report/run-summary.js';
import { openAdmission } from '../lifecycle/admission/open.js';
import { DEFAULT_LEASE_SECONDS } from '../lifecycle/admission/admit.js';
import { parseCount } from '../lifecycle/admission/quotas.js';
import { DEFAULT_RETRY } from '../lifecycle/retry.js';

export interface RunCommandOptions {
  tier?: string;
  config?: string;
  configId?: string;
  dryRun?: boolean;
  verbose?: boolean;
  saveLocal: string;
  workspace?: string;
  generator: string;
  concurrency: string;
  table?: string;
  historyTable?: string;
  bucket?: string;
  region?: string;
  hfTokenSecretId?: string;
  benchmark: string;
  benchmarkWorkload?: string;
  benchmarkBucket?: string;
  benchmarkThresholds?: string;
  jobBudgetMinutes?: string;
  schedule?: Schedule;
  leaseTable?: string;
  quota?: string;
  leaseTtl: string;
  infraRetries: string;
  infraRetryDelay: string;
}

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description(COMMAND_DESCRIPTIONS.run)
    .option('--tier <tier>', 'run every entry of a tier')
    .option('--config <ids>', 'comma-separated catalog ids (any tier; no --tier needed)')
    .option(
      '--config-id <configId>',
      'instead: the configId (16 hex) of a configuration registered in the table or local store outside the catalog',
    )
    .option('--dry-run', 'resolve and print every stage (argv, timeout, env keys); run nothing')
    .option('--verbose', 'stream each stage’s output live')
    .option(
      '--save-local <dir>',
      'local store directory (records, history, run artifacts)',
      DEFAULT_LOCAL_DIR,
    )
    .option('--workspace <dir>', 'where projects are generated (default: a temporary directory)')
    .addOption(
      new Option(
        '--generator <cmd>',
        'generator command: a name on PATH, a path (./gen), with arguments; quotes are honoured, or a JSON argv array',
      ).default(DEFAULT_GENERATOR),
    )
    .option('--concurrency <n>', 'entries run at once', '1')
    .option(
      '--quota <list>',
      'endpoints at once per instance type, e.g. ml.g5.xlarge=2,ml.g5.12xlarge=4 (default: catalog quotas, else Service Quotas)',
    )
    .option(
      '--lease-table <name>',
      'DynamoDB lease table for endpoint slots (default: leases in the local store)',
    )
    .option('--lease-ttl <seconds>', 'how long an unrenewed slot stays held', String(DEFAULT_LEASE_SECONDS))
    .option(
      '--infra-retries <n>',
      'retries of a stage that failed for infrastructure reasons',
      String(DEFAULT_RETRY.retries),
    )
    .option(
      '--infra-retry-delay <seconds>',
      'base delay before such a retry (doubled, jittered)',
      String(DEFAULT_RETRY.delaySeconds),
    )
    .option('--table <name>', 'DynamoDB CI table (default: the local store only)')
    .option('--history-table <name>', 'DynamoDB run-history table')
    .option('--bucket <name>', 'S3 bucket for run artifacts (runs/<tier>/<runId>/<catalogId>/)')
    .option('--region <region>', 'AWS region of the table and bucket (default: AWS_REGION, else the entry’s)')
    .addOption(
      new Option(
        '--schedule <schedule>',
        'stage order: sequential, or overlap-tune (tune submitted before deploy, awaited after test); default: the catalog’s, else sequential',
      ).choices(SCHEDULES),
    )
    .option('--benchmark <when>', 'Stage 2: auto (opted-in entries) | true | false', 'auto')
    .option('--benchmark-workload <name>', 'workload from catalog/workloads.json')
    .option('--benchmark-bucket <name>', 'S3 bucket for the Parquet results (default: the local store)')
    .option('--benchmark-thresholds <list>', 'regression thresholds in percent, e.g. throughput:5,ttft:15')
    .option(
      '--job-budget-minutes <n>',
      'stop starting stages when the time left would not cover clean (900 s); the run ends cancelled, cleaned',
    )
    .option(
      '--hf-token-secret-id <id>',
      'Secrets Manager secret with the Hugging Face token, given to stages as HF_TOKEN',
    )
    .action(
      action(async (opts: RunCommandOptions, command: Command) => {
        const startedAt = new Date();
        if (!opts.tier && !opts.config && !opts.configId)
          throw new UserError(
            'choose what to run: --tier <tier> and/or --config <ids>, or --config-id <configId>',
          );
        if (opts.configId && (opts.tier || opts.config))
          throw new UserError('--config-id runs one registered configuration: leave out --tier and --config');
        const { catalog, file } = loadCatalogFromOptions(globalOptions(command));
        const storeSettings = (region: string) => ({
          table: opts.table,
          historyTable: opts.historyTable,
          bucket: opts.bucket,
          region,
          localDir: opts.saveLocal,
        });
        const entries = opts.configId
          ? [
              await entryForConfigId(
                openStores(storeSettings(opts.region ?? process.env.AWS_REGION ?? 'us-west-2')).store,
                catalog,
                opts.configId,
              ),
            ]
          : selectEntries(catalog, { tier: opts.tier, ids: opts.config });
        const generator = resolveGenerator(opts.generator, process.cwd(), '--generator');
        const concurrency = parseCount(opts.concurrency, '--concurrency', 1);
        const budgetMinutes = parseBudgetMinutes(opts.jobBudgetMinutes, '--job-budget-minutes');
        const budget =
          budgetMinutes === undefined
            ? undefined
            : jobBudget({
                source: '--job-budget-minutes',
                minutes: budgetMinutes,
                startedAt,
                cleanTimeoutSeconds: DEFAULT_CLEAN_TIMEOUT_SECONDS,
                afterCleanSeconds: 0,
              });
        const runToken = makeRunToken();
        const region = opts.region ?? process.env.AWS_REGION ?? entries[0]?.params.region ?? 'us-west-2';
        // before the dry run too: it lists the benchmark stage, and a bad workload fails it
        const benchmark = benchmarkSettings(file, entries, {
          input: opts.benchmark,
          workload: opts.benchmarkWorkload,
          bucket: opts.benchmarkBucket,
          thresholds: opts.benchmarkThresholds,
          region,
          localDir: resolve(opts.saveLocal),
        });
        if (opts.dryRun) {
          const plan = planDryRun(entries, (entry) => ({
            generator,
            projectName: makeProjectName(entry.id, runToken),
            stageCommands: catalog.stageCommands,
            schedule: opts.schedule,
            benchmarkWorkload: planStage2(entry, benchmark, {})?.workload,
          }));
          console.log(renderDryRunText(plan));
          return 0;
        }
        if (entries.length === 0) {
          console.log('No catalog entries selected — nothing to run.');
          return 0;
        }
        const workspace = resolve(opts.workspace ?? join(tmpdir(), 'mcc-e2e', runToken));
        // before any stage: a store that cannot be written would lose the result after deploy
        checkPaths([
          { setting: '--save-local', path: opts.saveLocal, role: 'local-store' },
          { setting: '--workspace', path: workspace, role: 'workspace' },
        ]);
        const stores = openStores(storeSettings(region));
        await preflightAws(
          [
            { kind: 'table', name: opts.table ?? '', label: '--table' },
            { kind: 'table', name: opts.historyTable ?? '', label: '--history-table' },
            { kind: 'table', name: opts.leaseTable ?? '', label: '--lease-table' },
            { kind: 'bucket', name: opts.bucket ?? '', label: '--bucket' },
            benchmarkBucketTarget(benchmark, '--benchmark-bucket'),
          ],
          region,
        );
        console.log(stores.message);
        const admission = await openAdmission({
          leaseTable: opts.leaseTable,
          localDir: stores.local.dir,
          quotas: opts.quota ? { text: opts.quota, where: '--quota' } : undefined,
          catalogQuotas: catalog.quotas,
          catalogIds: catalog.entries.map((e) => e.id),
          region,
          leaseSeconds: parseCount(opts.leaseTtl, '--lease-ttl', 10),
        });
        const retry = {
          retries: parseCount(opts.infraRetries, '--infra-retries'),
          delaySeconds: parseCount(opts.infraRetryDelay, '--infra-retry-delay'),
        };
        const stageEnv: Record<string, string> = {};
        if (opts.hfTokenSecretId) {
          const hf = await resolveHuggingFaceToken(secretsClient({ region }), opts.hfTokenSecretId);
          if (hf.token) stageEnv.HF_TOKEN = hf.token;
          else if (hf.warning) console.warn(`warning: ${hf.warning}`);
        }
        const controller = new AbortController();
        let interrupts = 0;
        const onSignal = (signal: NodeJS.Signals): void => {
          interrupts++;
          if (interrupts === 1) {
            console.error(
              `\n${signal}: stopping the running stage; clean will still run (press Ctrl-C again to abandon clean — resources may remain)`,
            );
            controller.abort();
          } else {
            console.error('Abandoned: SageMaker resources may remain — run `mcc-e2e sweep` to find them.');
            process.exit(130);
          }
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        const runs = await runEntries(entries, concurrency, {
          runId: `local-${runToken}`,
          runToken,
          workspace,
          generator,
          store: stores.store,
          artifacts: stores.artifacts,
          pricing: loadPricing(file),
          baseEnv: process.env,
          stageEnv,
          secrets: Object.values(stageEnv),
          hfTokenSecretId: opts.hfTokenSecretId,
          benchmark,
          stageCommands: catalog.stageCommands,
          schedule: opts.schedule,
          signal: controller.signal,
          cleanAfterCancel: true,
          budget,
          leftoverCheck: (entry) => sageMakerLeftoverCheck(opts.region ?? entry.params.region),
          admission,
          retry,
          hooks: (entry) => ({
            onWaiting: (line) => console.log(`${entry.id.padEnd(24)} ${line}`),
            onRetry: (record, delaySeconds) =>
              console.log(
                `${entry.id.padEnd(24)} ${record.name.padEnd(13)} ↻ attempt ${(record.attempt ?? 1) + 1} in ${formatDuration(delaySeconds)} (${record.failureClass} failure, after a clean)`,
              ),
            onStageOutput: opts.verbose
              ? (stage, text) =>
                  process.stdout.write(text.replace(/^(?=.)/gm, `[${entry.id} ${stage.name}] `))
              : undefined,
            onStageEnd: (record, stage) =>
              console.log(
                `${entry.id.padEnd(24)} ${stepLabel(stage).padEnd(13)} ${STATUS_ICONS[record.status]} ${record.status === 'skip' ? '' : formatDuration(record.durationSeconds)}${record.status === 'fail' ? `  ${record.error.split('\n')[0]}` : ''}${record.note ? `  ${record.note}` : ''}${record.remedy ? `\n${' '.repeat(39)}→ ${record.remedy}` : ''}`,
              ),
          }),
        });
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        console.log(`\n${renderResultsText(runs.map((r) => r.result))}`);
        for (const run of runs) {
          if (run.storeNote) console.log(`${run.result.catalogId}: ${run.storeNote}`);
          console.log(`${run.result.catalogId}: ${endpointText(run.result)} · ${scheduleText(run.result)}`);
          for (const note of run.notes) console.log(`${run.result.catalogId}: ${note}`);
          if (run.result.benchmark) {
            const b = run.result.benchmark;
            console.log(
              `${run.result.catalogId}: benchmark ${b.workload} ${b.status}${b.error ? ` — ${b.error}` : ''}${b.regressions > 0 ? ` — ⚠️ ${b.regressions} regression(s) against recent runs` : ''}${b.parquetLocation ? ` (${b.parquetLocation})` : ''}`,
            );
          }
          if (run.result.cleanFailed)
            console.log(
              `⚠️  ${run.result.catalogId}: clean failed — resources of ${run.result.projectName} may remain`,
            );
        }
        console.log(`Artifacts: ${join(stores.local.dir, 'runs')}`);
        const problems = [...runs.flatMap((r) => r.problems), ...stores.problems()];
        for (const problem of problems) console.error(`mcc-e2e: ${problem}`);
        // a deferred entry did not run (no endpoint slot): not a failure
        const ok = runs.every((r) => ['pass', 'deferred'].includes(r.result.status));
        return ok && problems.length === 0 ? 0 : 1;
      }),
    );
}
