import * as core from '@actions/core';
import { isAbsolute, join, relative } from 'node:path';
import { loadPricing } from '../catalog/load.js';
import { checkStageCommands, type StageCommands } from '../lifecycle/overrides.js';
import {
  displayArgv,
  planDryRun,
  renderDryRunMarkdown,
  renderDryRunText,
  stepLabel,
} from '../lifecycle/dry-run.js';
import { DEFAULT_CLEAN_TIMEOUT_SECONDS, DEFAULT_GENERATOR } from '../lifecycle/resolve.js';
import { runConfig } from '../lifecycle/orchestrate.js';
import { Scrubber, secretEnvironmentValues } from '../lifecycle/scrub.js';
import { jobLogFence as fence } from '../github/command-fence.js';
import { resolveGenerator } from '../lifecycle/generator.js';
import { openStores } from '../results/open.js';
import type { RunSoFar } from '../lifecycle/finish.js';
import { stageRecord, type StageRecord } from '../lifecycle/engine.js';
import type { StagePhase } from '../lifecycle/schedule.js';
import { preflightAws } from '../aws/preflight.js';
import { secretsClient } from '../aws/clients.js';
import { sageMakerLeftoverCheck } from '../aws/leftovers.js';
import { awsCredentialsLikely } from '../aws/credentials.js';
import { resolveHuggingFaceToken } from '../aws/secrets.js';
import { roleSessionName } from '../aws/oidc.js';
import { assumeRoleFromInput } from '../github/assume-role.js';
import { capMarkdown, renderRunMarkdown, STATUS_ICONS, type ArtifactPlace } from '../report/run-summary.js';
import { runResultLinks } from '../report/links.js';
import { escapeHtml } from '../report/table.js';
import { failStep } from '../github/action-errors.js';
import { resolveRunLeg, scheduleInput } from '../github/run-leg.js';
import { booleanInput, inputOr } from '../github/inputs.js';
import { saveTeardownState } from '../github/state.js';
import { resaveSignedState } from '../github/signed-state.js';
import { benchmarkBucketTarget, benchmarkSettings } from '../lifecycle/benchmark-settings.js';
import { planStage2 } from '../lifecycle/stage2.js';
import { ACTION_POST_MARGIN_SECONDS, jobBudget, parseBudgetMinutes } from '../lifecycle/budget.js';
import { UserError } from '../errors.js';
import { checkPaths } from '../path-checks.js';
import { openAdmission } from '../lifecycle/admission/open.js';
import { parseCount } from '../lifecycle/admission/quotas.js';
import { saveLeaseState } from '../github/lease-state.js';
import { formatDuration } from '../report/duration.js';

const SUMMARY_LIMIT_BYTES = 512 * 1024;

/** The input `stage-commands` (JSON, per-stage argv) over the catalog's `stageCommands`. */
function stageCommandsInput(catalogCommands: StageCommands | undefined): StageCommands | undefined {
  const text = core.getInput('stage-commands').trim();
  if (!text) return catalogCommands;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `input stage-commands is not valid JSON (${(error as Error).message}) — write e.g. {"deploy": ["./do/deploy", "--wait"]}`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UserError('input stage-commands must be a JSON object of stage name → argv array');
  }
  const problems = checkStageCommands(parsed as Record<string, unknown>);
  if (problems.length > 0)
    throw new UserError(
      `input stage-commands: ${problems.map((p) => `${p.at.join('[')}${p.at.length > 1 ? ']' : ''}: ${p.message}`).join('; ')}`,
    );
  return { ...catalogCommands, ...(parsed as StageCommands) };
}

async function main(): Promise<void> {
  const stepStartedAt = new Date();
  // the post step derives the same leg from the same inputs when it cannot trust main's state
  const leg = await resolveRunLeg();
  const { catalog, file, workspaceRoot, entry, runToken, projectName, region, localDir } = leg;
  const stageCommands = stageCommandsInput(catalog.stageCommands);
  const schedule = scheduleInput();
  core.setOutput('config-id', entry.configId);
  const generator = resolveGenerator(
    inputOr('generator', DEFAULT_GENERATOR),
    workspaceRoot,
    'input generator',
  );

  // before the dry run too: it lists the benchmark stage, and a bad workload fails it
  const benchmark = benchmarkSettings(file, [entry], {
    input: core.getInput('benchmark'),
    workload: core.getInput('benchmark-workload'),
    bucket: core.getInput('benchmark-bucket'),
    thresholds: core.getInput('benchmark-thresholds'),
    region,
    localDir,
  });
  if (booleanInput('dry-run')) {
    const plan = planDryRun([entry], () => ({
      generator,
      projectName,
      stageCommands,
      schedule,
      benchmarkWorkload: planStage2(entry, benchmark, {})?.workload,
    }));
    core.info(renderDryRunText(plan));
    await core.summary.addRaw(renderDryRunMarkdown(plan)).write();
    core.setOutput('status', 'dry-run');
    return;
  }

  const { workspace, stores: storeSettings } = leg;
  // before any stage or AWS call: a store that cannot be written would lose the result after deploy
  checkPaths([
    { setting: 'input save-local', path: localDir, role: 'local-store' },
    { setting: 'input workspace', path: workspace, role: 'workspace' },
  ]);

  // the run's one secret registry: the environment's secrets, the OIDC token and each refresh, HF_TOKEN
  const scrubber = Scrubber.fromEnvironment(process.env);
  const roleArn = core.getInput('role-to-assume').trim();
  const oidc = roleArn
    ? await assumeRoleFromInput(roleArn, region, roleSessionName(runToken, entry.id), scrubber)
    : undefined;
  const stageEnv: Record<string, string> = {};
  const hfSecretId = core.getInput('hf-token-secret-id').trim();
  if (hfSecretId && awsCredentialsLikely()) {
    const hf = await resolveHuggingFaceToken(secretsClient({ region }), hfSecretId);
    if (hf.token) {
      core.setSecret(hf.token);
      scrubber.add(hf.token);
      stageEnv.HF_TOKEN = hf.token;
      core.info(`HF_TOKEN from Secrets Manager secret ${hfSecretId} is given to the stages (masked)`);
    } else if (hf.warning) core.warning(hf.warning);
  } else if (hfSecretId) {
    core.info(`No AWS credentials: the Hugging Face token secret ${hfSecretId} was not read`);
  }

  for (const secret of secretEnvironmentValues(process.env)) core.setSecret(secret);
  const verbose = booleanInput('verbose');
  const resultsBucket = storeSettings.bucket ?? '';
  const stores = openStores(storeSettings);
  const leaseTable = core.getInput('lease-table').trim();
  await preflightAws(
    [
      { kind: 'table', name: storeSettings.table ?? '', label: 'input table' },
      { kind: 'table', name: storeSettings.historyTable ?? '', label: 'input history-table' },
      { kind: 'table', name: leaseTable, label: 'input lease-table' },
      { kind: 'bucket', name: resultsBucket, label: 'input results-bucket' },
      benchmarkBucketTarget(benchmark, 'input benchmark-bucket'),
    ],
    region,
  );
  core.info(stores.message);
  const failOnBenchmarkRegression = booleanInput('fail-on-benchmark-regression');
  const budgetMinutes = parseBudgetMinutes(core.getInput('job-budget-minutes'), 'input job-budget-minutes');
  const budget =
    budgetMinutes === undefined
      ? undefined
      : jobBudget({
          source: 'input job-budget-minutes',
          minutes: budgetMinutes,
          startedAt: stepStartedAt,
          cleanTimeoutSeconds: DEFAULT_CLEAN_TIMEOUT_SECONDS,
          afterCleanSeconds: ACTION_POST_MARGIN_SECONDS,
        });
  const admission = await openAdmission({
    leaseTable,
    localDir: stores.local.dir,
    quotas: { text: core.getInput('quotas'), where: 'input quotas' },
    catalogQuotas: catalog.quotas,
    catalogIds: catalog.entries.map((e) => e.id),
    region,
    leaseSeconds: parseCount(inputOr('lease-ttl-seconds', '120'), 'input lease-ttl-seconds', 10),
  });
  const retry = {
    retries: parseCount(inputOr('infra-retries', '2'), 'input infra-retries'),
    delaySeconds: parseCount(inputOr('infra-retry-delay-seconds', '30'), 'input infra-retry-delay-seconds'),
  };
  saveTeardownState({
    projectName,
    projectDir: leg.projectDir,
    region: leg.sageMakerRegion,
    catalogId: entry.id,
    configId: entry.configId,
    cleanTimeoutSeconds: DEFAULT_CLEAN_TIMEOUT_SECONDS,
    cleanDone: false,
    runId: runToken,
    stagePgid: 0,
    resultWritten: false,
    stores: storeSettings,
  });

  // GitHub cancels with SIGINT then SIGTERM: stop the stage now, leave clean to the post step
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    fence.close();
    core.warning(
      `${signal} received: stopping the running stage; the post step will run clean and write the result`,
    );
    controller.abort();
  };
  // the run so far, saved as it goes: a post step after a killed main finishes from here
  let soFar: RunSoFar | undefined;
  const phaseSteps = new Map<string, { phase?: StagePhase; record: StageRecord }[]>();
  const saveRun = (): void => saveTeardownState({ run: soFar });
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const { runUrl } = leg;
  const run = await runConfig(entry, {
    runId: runToken,
    runToken,
    runUrl,
    workspace,
    generator,
    store: stores.store,
    artifacts: stores.artifacts,
    pricing: loadPricing(file),
    baseEnv: process.env,
    stageEnv,
    secrets: Object.values(stageEnv),
    scrubber,
    hfTokenSecretId: hfSecretId,
    benchmark,
    stageCommands,
    schedule,
    signal: controller.signal,
    cleanAfterCancel: false,
    budget,
    leftoverCheck: () => sageMakerLeftoverCheck(region),
    admission,
    retry,
    hooks: (_entry, _projectName, start) => ({
      onWaiting: (line) => core.info(line),
      onSlot: (lease) =>
        saveLeaseState(
          lease && { lease, table: leaseTable || undefined, region, localDir: stores.local.dir },
        ),
      onRetry: (record, delaySeconds) =>
        core.warning(
          `${record.name} failed (${record.failureClass}): ${record.error.split('\n')[0] ?? ''} — cleaning up, then attempt ${(record.attempt ?? 1) + 1} in ${formatDuration(delaySeconds)}`,
        ),
      onPlan: (stages) => {
        soFar = { ...start, stageNames: [...new Set(stages.map((s) => s.name))] };
        saveRun();
      },
      onStageStart: (stage, _index, log) => {
        core.startGroup(`${stepLabel(stage)}: ${displayArgv(stage.argv)}`);
        fence.open();
        if (soFar) soFar.running = { name: stage.name, startedAt: new Date().toISOString(), log };
        saveRun();
      },
      onStageProcess: (_stage, pgid) => saveTeardownState({ stagePgid: pgid }),
      onStageOutput: verbose ? (_stage, text) => fence.echo(text) : undefined,
      onStageEnd: (record, stage) => {
        if (soFar) {
          // a tune in two phases keeps one row: submitted (its job runs) until its wait ends
          const steps = [
            ...(stage.phase ? (phaseSteps.get(stage.name) ?? []) : []),
            { phase: stage.phase, record },
          ];
          if (stage.phase) phaseSteps.set(stage.name, steps);
          soFar.result.stages = [
            ...soFar.result.stages.filter((s) => s.name !== record.name),
            scrubber.scrubDeep(stageRecord(steps)),
          ];
          soFar.running = undefined;
        }
        saveTeardownState({ stagePgid: 0, run: soFar });
        if (record.status === 'skip') {
          core.info(`${STATUS_ICONS.skip} ${record.name} — ${record.error}`);
          return;
        }
        // the error is the stage's own stderr: still inside the fence
        fence.echo(
          `${STATUS_ICONS[record.status]} ${record.name} ${record.status} in ${record.durationSeconds}s${record.error ? `: ${record.error}` : ''}${record.note ? ` — ${record.note}` : ''}\n`,
        );
        if (record.remedy) fence.echo(`→ ${record.remedy}\n`);
        fence.close();
        core.endGroup();
        if (record.name === 'clean' && record.status === 'pass') saveTeardownState({ cleanDone: true });
      },
    }),
  });
  oidc?.stop();
  // the stages are over: main's signed state goes last, over whatever a stage left in the file
  resaveSignedState();
  const { result, artifactDir } = run;
  if (run.leftToPostStep) {
    // leave promptly: the runner kills this process 10 s after the cancel
    saveTeardownState({ run: soFar && { ...soFar, stopped: true } });
    core.setOutput('status', result.status);
    core.setOutput('regression', 'false');
    core.setOutput('failure-class', result.failureClass ?? '');
    core.setFailed(
      `${entry.id}: ${result.status} — the post step stops what is left, runs clean and writes the result`,
    );
    return;
  }
  const resultFile = join(artifactDir, 'result.json');
  core.setOutput('status', result.status);
  core.setOutput('regression', String(result.regression ?? false));
  core.setOutput('failure-class', result.failureClass ?? '');
  core.setOutput('duration-seconds', String(result.durationSeconds));
  core.setOutput('result-file', resultFile);
  core.setOutput('benchmark-status', result.benchmark?.status ?? 'skipped');
  for (const note of run.notes) core.warning(note);
  const problems = [...run.problems, ...stores.problems()];
  saveTeardownState({ resultWritten: true });
  const notSaved =
    problems.length > 0 ? `\n> [!CAUTION]\n${problems.map((p) => `> ${escapeHtml(p)}`).join('\n>\n')}\n` : '';
  // a browser cannot open the runner's disk: link the S3 copies, else the run's artifacts
  const inWorkspace = relative(workspaceRoot, artifactDir);
  const place: ArtifactPlace = {
    dir: inWorkspace.startsWith('..') || isAbsolute(inWorkspace) ? artifactDir : `${inWorkspace}/`,
    ...(resultsBucket && problems.length === 0 ? { s3: runResultLinks(result, resultsBucket, region) } : {}),
    ...(runUrl ? { runUrl } : {}),
  };
  try {
    await core.summary
      .addRaw(
        scrubber.scrub(
          capMarkdown(renderRunMarkdown(result, place) + notSaved, SUMMARY_LIMIT_BYTES, resultFile),
        ),
      )
      .write();
  } catch (error) {
    problems.push(`the job summary could not be written (${(error as Error).message})`);
  }
  if (run.storeNote && problems.length === 0) core.warning(run.storeNote);
  if (result.cleanFailed)
    core.error(
      `clean failed after ${result.status}: SageMaker resources of ${result.projectName} may remain`,
    );
  const failures: string[] = [];
  // deferred: nothing ran for want of an endpoint slot — reported, never a failed step
  if (result.status === 'deferred') core.warning(`${entry.id} deferred: ${result.errorMessage}`);
  else if (result.status !== 'pass') {
    failures.push(
      `${entry.id}: ${result.status}${result.regression ? ' ⚠️ REGRESSION' : ''} — ${result.errorMessage.split('\n')[0] ?? ''}`,
    );
  }
  const bench = result.benchmark;
  if (bench?.status === 'failed')
    core.warning(`benchmark failed (the test status is unchanged): ${bench.error ?? ''}`);
  if (bench && bench.regressions > 0) {
    const sentence = `${entry.id}: the benchmark regressed on ${bench.regressions} metric(s) against the median of recent runs — see the summary`;
    if (failOnBenchmarkRegression) failures.push(sentence);
    else core.warning(sentence);
  }
  if (problems.length > 0) {
    failures.push(
      `${problems.join('; ')} — upload ${stores.local.dir} as an artifact (the tier workflow does) and rerun when it is reachable`,
    );
  }
  if (failures.length > 0) core.setFailed(failures.join('\n'));
}

main().catch(failStep);
