import * as core from '@actions/core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../lifecycle/process.js';
import { resultIdentity, withheldEnvironment, type StageRecord } from '../lifecycle/engine.js';
import { DEFAULT_CLEAN_TIMEOUT_SECONDS, scheduleOf } from '../lifecycle/resolve.js';
import type { Schedule } from '../lifecycle/schedule.js';
import { loadPricing } from '../catalog/load.js';
import { Scrubber } from '../lifecycle/scrub.js';
import { jobLogFence as fence } from '../github/command-fence.js';
import { CLEAN_ARGV } from '../lifecycle/stages.js';
import { exitCodeMeaning } from '../lifecycle/remedies.js';
import { saysNothingDeployed } from '../lifecycle/clean-outcome.js';
import { killOrphans, processesWithMarker } from '../lifecycle/orphans.js';
import { POST_STEP_BUDGET_SECONDS } from '../lifecycle/budget.js';
import { finishedRun, unawaitedTunes } from '../lifecycle/finish.js';
import { tuneTechniqueOf } from '../lifecycle/stages.js';
import { sageMakerTuneJobs } from '../aws/tune-jobs.js';
import { sageMakerClient } from '../aws/clients.js';
import { deleteLeftovers, describeLeftovers, findLeftovers, tuneJobCheck } from '../aws/leftovers.js';
import { readTeardownState, saveTeardownState, type TeardownState } from '../github/state.js';
import { openStores, type OpenedStores } from '../results/open.js';
import { isCompletedStatus, type CiRecord } from '../results/record.js';
import { writeRunResult } from '../results/write-result.js';
import { renderRunMarkdown } from '../report/run-summary.js';
import { escapeHtml } from '../report/table.js';
import { failStep } from '../github/action-errors.js';
import { assumeRoleFromInput } from '../github/assume-role.js';
import { booleanInput, inputOr } from '../github/inputs.js';
import { legPlace, resolveRunLeg, scheduleInput, type RunLeg } from '../github/run-leg.js';
import { makeProjectName } from '../lifecycle/project-name.js';
import { awsCredentialsLikely } from '../aws/credentials.js';
import { roleSessionName } from '../aws/oidc.js';
import { releaseSavedLease } from '../github/lease-state.js';

/**
 * The post step: finishes what main could not (09-v1-field-lessons.md "Safety"). In order,
 * within POST_STEP_BUDGET_SECONDS whatever hangs: kill the orphaned stage and every process
 * with this run's marker; delete the project's SageMaker resources through the API (fast, the
 * part that guarantees teardown); run do/clean with the time left; check again; write the
 * final record, history, result.json and summary, so no record stays `running`.
 */
const ORPHAN_GRACE_MS = 5000;
const CLEAN_KILL_GRACE_SECONDS = 10;
/** what is kept after do/clean: the second check and the result writes */
const AFTER_CLEAN_RESERVE_SECONDS = 40;
/** one SageMaker pass (list + delete) gets at most this */
const API_PASS_SECONDS = 30;
/** within a pass, how long an endpoint's deletion waits for its deleted ICs to be gone */
const IC_SETTLE_SECONDS = 15;
const ROLE_SECONDS = 30;

class Budget {
  private readonly endsAt: number;
  constructor(seconds: number) {
    this.endsAt = Date.now() + seconds * 1000;
  }

  secondsLeft(): number {
    return Math.max(0, (this.endsAt - Date.now()) / 1000);
  }

  /** the promise, or `onTimeout()` once `seconds` (capped by what is left) have passed */
  async within<T>(seconds: number, work: Promise<T>, onTimeout: () => T): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(onTimeout()), Math.min(seconds, this.secondsLeft()) * 1000);
    });
    try {
      return await Promise.race([work, limit]);
    } finally {
      clearTimeout(timer);
    }
  }
}

interface ApiPass {
  lines: string[];
  /** nothing of the project is left (or there are no credentials to ask with, as main had none) */
  ok: boolean;
  /** SageMaker itself said nothing of the project is left */
  clear?: boolean;
  /** SageMaker listed resources of the project (then deleted them) */
  found?: boolean;
}

/** List the project's inference components, endpoints, endpoint configs and models and delete them. */
async function sageMakerPass(state: TeardownState, verify: boolean): Promise<ApiPass> {
  const client = sageMakerClient(state.region);
  try {
    const { found: leftovers, unlisted, unlistedAlone } = await findLeftovers(client, state.projectName);
    // ICs live on endpoints: with none of the project's endpoints left, an IC listing failure costs
    // nothing; a tune job bills alone, so its listing failure is said at once and SageMaker is not clear
    if (leftovers.length === 0) {
      const onEndpoints = unlisted.filter((text) => !unlistedAlone.includes(text));
      return {
        lines: verify
          ? [
              `✅ SageMaker (${state.region}): no endpoint, endpoint config or model named ${state.projectName}* is left${onEndpoints.length > 0 ? ` (${onEndpoints.join('; ')}; none outlives its endpoint)` : ''}`,
              ...unlistedAlone.map((text) => `⚠️ ${text} — ${tuneJobCheck(state.projectName, state.region)}`),
            ]
          : [],
        ok: true,
        clear: unlistedAlone.length === 0,
      };
    }
    // what comes next in the pass has to fit its budget: deleted ICs are waited for only briefly
    const report = await deleteLeftovers(client, leftovers, { settleMs: IC_SETTLE_SECONDS * 1000 });
    const again = await findLeftovers(client, state.projectName);
    const lines = [`🧹 deleted leftovers through the SageMaker API: ${report.deleted.join(', ') || 'none'}`];
    for (const text of new Set([...unlisted, ...again.unlisted])) lines.push(`⚠️ ${text}`);
    if (report.failed.length > 0 || again.found.length > 0)
      lines.push(
        `❌ still present: ${describeLeftovers(again.found) || report.failed.join('; ')} — delete them by hand or run \`mcc-e2e sweep\``,
      );
    const clear = report.failed.length === 0 && again.found.length === 0;
    return { lines, ok: clear, clear, found: true };
  } catch (error) {
    const err = error as Error;
    const noCredentials = err.name === 'CredentialsProviderError';
    return {
      lines: [
        noCredentials
          ? `⚠️ no AWS credentials in the post step: could not check SageMaker for leftovers of ${state.projectName}`
          : `❌ could not check SageMaker for leftovers of ${state.projectName}: ${err.message}`,
      ],
      ok: noCredentials,
    };
  } finally {
    client.destroy();
  }
}

/** do/clean with the time left; its stage record for the final result. */
async function runClean(
  state: TeardownState,
  timeoutSeconds: number,
): Promise<{ line: string; record?: StageRecord }> {
  if (!existsSync(join(state.projectDir, 'do', 'clean'))) {
    return {
      line: `⚠️ the project directory ${state.projectDir} has no do/clean — clean could not run; checking SageMaker directly`,
    };
  }
  if (timeoutSeconds < 1)
    return { line: `⚠️ no time left in the post step's ${POST_STEP_BUDGET_SECONDS}s budget to run do/clean` };
  const logsDir = state.run
    ? join(state.run.artifactDir, 'logs')
    : join(process.env.RUNNER_TEMP ?? state.projectDir, 'mcc-post');
  mkdirSync(logsDir, { recursive: true });
  const log = join('logs', 'post-clean.log');
  const argv = [...CLEAN_ARGV];
  core.startGroup(`clean: ${argv.join(' ')}`);
  fence.open();
  const outcome = await runProcess({
    argv,
    cwd: state.projectDir,
    env: {
      ...withheldEnvironment(process.env),
      AWS_REGION: state.region,
      MCC_E2E_RUN_ID: state.runId,
      MCC_E2E_CATALOG_ID: state.catalogId,
      MCC_E2E_CONFIG_ID: state.configId,
    },
    timeoutSeconds,
    killGraceSeconds: CLEAN_KILL_GRACE_SECONDS,
    logFile: join(logsDir, 'post-clean.log'),
    scrubber: Scrubber.fromEnvironment(process.env),
    onOutput: (text) => fence.echo(text),
  });
  fence.close();
  core.endGroup();
  const nothingDeployed = saysNothingDeployed(outcome);
  const passed = outcome.exitCode === 0 || nothingDeployed;
  const meaning = exitCodeMeaning('clean', outcome.exitCode);
  const why = outcome.timedOut
    ? `timed out after ${timeoutSeconds}s (the post step's ${POST_STEP_BUDGET_SECONDS}s budget)`
    : (outcome.spawnError ?? `exit ${outcome.exitCode}${meaning ? ` (${meaning})` : ''}`);
  const tail = outcome.stderrTail.trim();
  const line = passed
    ? nothingDeployed
      ? '✅ ran `do/clean all --force`: nothing to clean (no active deployment)'
      : '✅ ran `do/clean all --force`: it passed'
    : `❌ ran \`do/clean all --force\`: it failed (${why})${tail ? `: ${tail.slice(-300).replace(/\s*[\r\n]+\s*/g, ' ')}` : ''}`;
  const record: StageRecord = {
    name: 'clean',
    status: passed ? 'pass' : 'fail',
    durationSeconds: Math.round((outcome.endedAt.getTime() - outcome.startedAt.getTime()) / 100) / 10,
    exitCode: outcome.exitCode,
    startedAt: outcome.startedAt.toISOString(),
    endedAt: outcome.endedAt.toISOString(),
    error: passed ? '' : [why, tail.slice(-500)].filter(Boolean).join(': '),
    ...(passed && nothingDeployed ? { note: 'nothing to clean (no active deployment)' } : {}),
    ...(passed ? {} : { failureClass: outcome.timedOut ? 'timeout' : 'product' }),
    log,
  };
  return { line, record };
}

/** Assumes input role-to-assume again (main's credentials died with it); a line says why not. */
async function assumeRole(
  budget: Budget,
  region: string,
  catalogId: string,
  lines: string[],
): Promise<{ stop: () => void } | undefined> {
  const roleArn = core.getInput('role-to-assume').trim();
  if (!roleArn) return undefined;
  return budget.within(
    ROLE_SECONDS,
    assumeRoleFromInput(roleArn, inputOr('aws-region', region), roleSessionName('post', catalogId)).catch(
      (error: Error) => {
        lines.push(`⚠️ could not assume ${roleArn} for the teardown (${error.message})`);
        return undefined;
      },
    ),
    () => {
      lines.push(
        `⚠️ assuming ${roleArn} took longer than ${ROLE_SECONDS}s; tearing down with what is at hand`,
      );
      return undefined;
    },
  );
}

const timedOutPass = (what: string) => (): ApiPass => ({
  lines: [`❌ the SageMaker ${what} took longer than ${API_PASS_SECONDS}s`],
  ok: false,
});

async function stopOrphans(
  state: Pick<TeardownState, 'stagePgid' | 'runId' | 'catalogId'>,
  lines: string[],
): Promise<boolean> {
  const orphans = await killOrphans({
    pgid: state.stagePgid,
    marker: { runId: state.runId, catalogId: state.catalogId },
    graceMs: ORPHAN_GRACE_MS,
  });
  if (orphans.stoppedGroup)
    lines.push(`🛑 stopped the stage main left running (process group ${state.stagePgid})`);
  if (orphans.killed.length > 0)
    lines.push(
      `🛑 stopped ${orphans.killed.length} process(es) carrying this run's MCC_E2E_RUN_ID: ${orphans.killed.join(', ')}`,
    );
  if (orphans.survivors.length > 0)
    lines.push(`❌ processes that would not stop: ${orphans.survivors.join(', ')}`);
  return orphans.stoppedGroup || orphans.killed.length > 0;
}

/**
 * A tune job main submitted (`do/tune --no-wait`, overlap-tune) and never awaited trains on,
 * billed, after main died: stopped through the API, as main would have on a failure.
 */
async function stopUnawaitedTunes(state: TeardownState, budget: Budget): Promise<Record<string, string>> {
  const stops: Record<string, string> = {};
  for (const name of state.run ? unawaitedTunes(state.run) : []) {
    const technique = tuneTechniqueOf(name);
    if (!technique) continue;
    const stopped = await budget.within(
      API_PASS_SECONDS,
      sageMakerTuneJobs.stop({ projectDir: state.projectDir, technique, region: state.region }),
      () =>
        `the submitted ${name} job could not be stopped within ${API_PASS_SECONDS}s: it may run on until it ends`,
    );
    if (stopped) stops[name] = stopped;
  }
  return stops;
}

interface Teardown {
  lines: string[];
  /** the role was assumed already (the derived path asks AWS before it decides to tear down) */
  role?: { oidc?: { stop: () => void } };
  /** the first SageMaker pass, done already */
  first?: ApiPass;
  /** the final record's error message, instead of finishedRun's */
  errorMessage?: string;
  /** said first in the summary */
  warning?: string;
}

/** API deletion, do/clean with the time left, a second check, the lease, the final record and the summary. */
async function finishTeardown(state: TeardownState, budget: Budget, t: Teardown): Promise<void> {
  const { lines } = t;
  let teardownOk = true;
  let clean: StageRecord | undefined;
  let tuneStops: Record<string, string> = {};
  if (!state.cleanDone) {
    core.info(`The main step did not finish clean for ${state.projectName}: tearing down now.`);
    const oidc = t.role ? t.role.oidc : await assumeRole(budget, state.region, state.catalogId, lines);
    tuneStops = await stopUnawaitedTunes(state, budget);
    lines.push(...Object.values(tuneStops).map((sentence) => `🛑 ${sentence}`));
    const first =
      t.first ??
      (await budget.within(API_PASS_SECONDS, sageMakerPass(state, false), timedOutPass('deletion')));
    lines.push(...first.lines);
    const cleanTimeout = Math.floor(
      Math.min(
        state.cleanTimeoutSeconds,
        budget.secondsLeft() - AFTER_CLEAN_RESERVE_SECONDS - CLEAN_KILL_GRACE_SECONDS,
      ),
    );
    const cleaned = await runClean(state, cleanTimeout);
    lines.push(cleaned.line);
    const again = await budget.within(API_PASS_SECONDS, sageMakerPass(state, true), timedOutPass('check'));
    lines.push(...again.lines);
    teardownOk = again.ok;
    // a clean that failed with SageMaker confirmed clear (the API deleted it all) did its job
    clean = cleaned.record;
    if (clean?.status === 'fail' && again.clear) {
      clean = {
        ...clean,
        status: 'pass',
        note: `${clean.error} — SageMaker checked: nothing of the project is left`,
        error: '',
      };
      delete clean.failureClass;
    }
    oidc?.stop();
  }
  // the slot goes back after clean and the check, not before: the next leg must not meet this endpoint
  const released = await releaseSavedLease();
  if (released) lines.push(released);

  let resultLines: string[] = [];
  let markdown = '';
  if (!state.resultWritten && state.run && state.stores) {
    const result = finishedRun(state.run, clean, new Date(), tuneStops);
    if (t.errorMessage) result.errorMessage = t.errorMessage;
    markdown = renderRunMarkdown(result, {
      dir: state.run.artifactDir,
      ...(result.runUrl ? { runUrl: result.runUrl } : {}),
    });
    const stores = openStores(state.stores);
    const written = await budget.within(
      Math.max(1, budget.secondsLeft() - 2),
      writeRunResult(result, markdown, { store: stores.store, artifacts: stores.artifacts }),
      () => ({ written: false, problems: ['writing the result ran out of the post step’s budget'] }),
    );
    const problems = [...written.problems, ...stores.problems()];
    resultLines =
      problems.length === 0
        ? [`📝 final result written: ${result.status} (${stores.store.description})`]
        : problems.map((p) => `❌ ${p}`);
    if (problems.length === 0) saveTeardownState({ resultWritten: true });
    else teardownOk = false;
  }
  const all = [...lines, ...resultLines];
  for (const line of all) core.info(line);
  const warning = t.warning ? `> [!WARNING]\n> ${escapeHtml(t.warning)}\n\n` : '';
  await core.summary
    .addRaw(
      `${markdown ? `${markdown}\n` : ''}### 🧹 Teardown of ${escapeHtml(state.catalogId)} (post step)\n\n${warning}Project \`${escapeHtml(state.projectName)}\`:\n\n${all.map((l) => `- ${escapeHtml(l)}`).join('\n')}\n`,
    )
    .write();
  if (!teardownOk)
    core.setFailed(
      `SageMaker resources of ${state.projectName} may remain, or the result could not be written — see the teardown summary`,
    );
}

/** The path the signed state allows: main's own account of what is left to do. */
async function trustedTeardown(state: TeardownState, budget: Budget): Promise<void> {
  if (state.cleanDone && state.resultWritten) {
    core.info(`clean already completed for ${state.projectName} in the main step.`);
    const released = await releaseSavedLease();
    if (released) core.info(released);
    return;
  }
  const lines: string[] = [];
  if (state.runId) await stopOrphans(state, lines);
  await finishTeardown(state, budget, { lines });
}

/**
 * This step's leg, derived again from its inputs and GITHUB_RUN_ID / GITHUB_RUN_ATTEMPT (which no
 * stage can change) — not from the state. Off a runner the run token is random: nothing to derive.
 * `needed` false: a configId leg would cost a read of the table just to confirm the signed state.
 */
async function deriveLeg(needed: boolean): Promise<{ leg?: RunLeg; why?: string }> {
  if (!process.env.GITHUB_RUN_ID) return {};
  if (!needed && core.getInput('config-id').trim()) return {};
  try {
    return { leg: await resolveRunLeg({ quiet: true }) };
  } catch (error) {
    // main failed on the same inputs before it started anything — or a stage rewrote the catalog file
    core.debug(`the post step derives no leg: ${(error as Error).message}`);
    return { why: (error as Error).message };
  }
}

/**
 * No state to trust and no catalog entry to derive the leg from (a stage can rewrite the catalog
 * file; the inputs and run id it cannot): the project's name and directory still come from input
 * config, so a project that started is found — its processes stopped and the step failed, saying
 * what to look for — instead of a quiet "nothing to tear down". True when it did so.
 */
async function underivableLeg(why: string | undefined): Promise<boolean> {
  const catalogId = core.getInput('config').trim();
  if (why === undefined || !catalogId || !process.env.GITHUB_RUN_ID) return false;
  let place: ReturnType<typeof legPlace>;
  try {
    place = legPlace(catalogId, process.env.GITHUB_WORKSPACE ?? process.cwd());
  } catch {
    return false; // no project name can be made from it: main made none either
  }
  const marker = { runId: place.runToken, catalogId, stagePgid: 0 };
  const marked = processesWithMarker(marker).length > 0;
  if (!marked && !existsSync(place.projectDir)) return false;
  const lines: string[] = [];
  if (marked) await stopOrphans(marker, lines);
  for (const line of lines) core.info(line);
  core.setFailed(
    `the main step ended without finishing and left no teardown state to trust, and the post step cannot tell where ${place.projectName} was deployed: the catalog no longer gives input config ${catalogId} (${why.split('\n')[0]?.split(' — ')[0]}) — was it rewritten since the main step read it? Find and delete what is left with \`mcc-e2e sweep\`, or look with: aws sagemaker list-endpoints --name-contains ${place.projectName} (in each region you deploy to); the run's record may still say running`,
  );
  return true;
}

/** A dry run starts no project; a dry-run input main could not read failed it before one. */
function dryRunInput(): boolean {
  try {
    return booleanInput('dry-run');
  } catch {
    return true;
  }
}

type Distrust =
  { kind: 'tampered'; names: string[] } | { kind: 'missing' } | { kind: 'other-project'; named: string };

const DISTRUST_TEXT: { [K in Distrust['kind']]: (d: Extract<Distrust, { kind: K }>, leg: RunLeg) => string } =
  {
    tampered: (d) =>
      `the main step's teardown state was tampered with (${d.names.join(', ')} not written by the main step)`,
    missing: () => "the main step's teardown state is missing (blanked by a stage, or never written)",
    'other-project': (d, leg) =>
      `the main step's teardown state names project ${d.named}, not ${leg.projectName} that this step's inputs give`,
  };

const describeDistrust = (d: Distrust, leg: RunLeg): string =>
  (DISTRUST_TEXT[d.kind] as (d: Distrust, leg: RunLeg) => string)(d, leg);

/** The last completed status before this run: what main's startRun found (a killed main's record says `running`). */
async function previousStatusOf(stores: OpenedStores, configId: string, record: CiRecord): Promise<string> {
  for (const store of [stores.store, stores.local]) {
    const history = await store.listHistory(configId).catch(() => []);
    const last = history.filter((h) => h.runId !== record.runId && isCompletedStatus(h.status)).at(-1);
    if (last) return last.status;
  }
  return record.previousTestStatus ?? 'untested';
}

/**
 * The path without a state to trust: the leg derived from the inputs. A stage that blanked or
 * forged the state and killed main must not leave the endpoint up or the record `running`; a
 * main that never started a project (a dry run, a failed preflight) leaves nothing and the step
 * stays quiet. Evidence that a project started: the state was tampered with (only stages run
 * after main saves it), the project directory, a process with the run marker, SageMaker
 * resources of the project, or this run's record `running` — AWS is asked only with credentials.
 */
async function derivedTeardown(leg: RunLeg, distrust: Distrust, budget: Budget): Promise<void> {
  const tampered = distrust.kind !== 'missing';
  if (!tampered && dryRunInput()) {
    core.info('Nothing to tear down: a dry run starts no project.');
    return;
  }
  const state: TeardownState = {
    projectName: leg.projectName,
    projectDir: leg.projectDir,
    region: leg.sageMakerRegion,
    catalogId: leg.entry.id,
    configId: leg.entry.configId,
    cleanTimeoutSeconds: DEFAULT_CLEAN_TIMEOUT_SECONDS,
    cleanDone: false,
    runId: leg.runToken,
    stagePgid: 0,
    resultWritten: true,
    stores: leg.stores,
  };
  const lines: string[] = [];
  const marked = processesWithMarker({ runId: state.runId, catalogId: state.catalogId }).length > 0;
  // an orphan may deploy later: it goes first
  if (marked) await stopOrphans(state, lines);
  const local = existsSync(leg.projectDir);
  const started = tampered || marked || local;
  const stores = openStores(leg.stores);
  // without credentials only a local store can be asked (a table needs them)
  const canAskAws = awsCredentialsLikely() || core.getInput('role-to-assume').trim() !== '';
  if (!started && !canAskAws && leg.stores.table) {
    core.info('Nothing to tear down: the main step started no project.');
    return;
  }
  const oidc = await assumeRole(budget, leg.region, leg.entry.id, lines);
  const record = await stores.store.getRecord(leg.entry.configId).catch((error: Error) => {
    lines.push(
      `⚠️ could not read the record of ${leg.entry.id} from ${stores.store.description} (${error.message})`,
    );
    return undefined;
  });
  const runningAny = record?.runId === leg.runToken && record.testStatus === 'running' ? record : undefined;
  // the configId comes from the catalog file's params, which a stage can rewrite: a record of this
  // run for another catalog id is another leg's (same run token), still running — not ours to finalise
  const running =
    runningAny?.e2eCatalogId === undefined || runningAny.e2eCatalogId === leg.entry.id
      ? runningAny
      : undefined;
  // a configId found in the catalog file, mapped to another catalog id: its derived name is another
  // leg's of this run — deleting by it would tear down that leg's live endpoint. Only the record
  // main started confirms the entry it ran.
  const fromCatalogFile = core.getInput('config-id').trim() !== '' && !leg.entry.registered;
  if (fromCatalogFile && runningAny?.e2eCatalogId !== leg.entry.id) {
    oidc?.stop();
    if (!started && !runningAny) {
      core.info('Nothing to tear down: the main step started no project.');
      return;
    }
    const ran = runningAny?.e2eCatalogId;
    for (const line of lines) core.info(line);
    core.setFailed(
      `the main step ended without finishing and left no teardown state to trust, and input config-id ${leg.entry.configId} now gives catalog entry ${leg.entry.id}${ran ? `, not ${ran} that the main step ran` : ', which no running record of this run confirms'} — was the catalog rewritten since the main step read it? Nothing was deleted by name (${leg.projectName} may be another leg's); find what is left with \`mcc-e2e sweep\`${ran ? `, or look with: aws sagemaker list-endpoints --name-contains ${makeProjectName(ran, leg.runToken)}` : ''}`,
    );
    return;
  }
  const first: ApiPass = awsCredentialsLikely()
    ? await budget.within(API_PASS_SECONDS, sageMakerPass(state, false), timedOutPass('deletion'))
    : {
        lines: [
          `⚠️ no AWS credentials in the post step: could not check SageMaker for leftovers of ${leg.projectName}`,
        ],
        ok: true,
      };
  if (!started && !running && !first.found) {
    oidc?.stop();
    core.info(
      `Nothing to tear down: the main step started no project (no record of run ${leg.runToken} running).`,
    );
    return;
  }
  const why = describeDistrust(distrust, leg);
  const warning = `${why}, and main ended without finishing: the post step tore down ${leg.projectName} as its own inputs give it (config ${leg.entry.id}, run ${leg.runToken}) and ${running ? 'finalised the record' : 'found no running record of this run to finalise'}`;
  core.warning(warning);
  if (running) {
    state.resultWritten = false;
    state.run = {
      result: {
        ...resultIdentity(leg.entry, {
          runId: leg.runToken,
          ...(leg.runUrl ? { runUrl: leg.runUrl } : {}),
          projectName: leg.projectName,
          projectDir: leg.projectDir,
        }),
        stages: [],
        startedAt: running.runStartedAt ?? new Date().toISOString(),
        schedule: scheduleOf(leg.entry, { schedule: scheduleOrDefault() }),
        previousStatus: await previousStatusOf(stores, leg.entry.configId, running),
      },
      // main's stage records went with its state: only the post step's clean is known
      stageNames: ['clean'],
      stopped: true,
      artifactDir: stores.artifacts.runDir({
        tier: leg.entry.tier,
        runId: leg.runToken,
        catalogId: leg.entry.id,
      }),
      pricePerHour: loadPricing(leg.file).instances[leg.entry.params.instanceType],
    };
  }
  await finishTeardown(state, budget, {
    lines,
    role: { ...(oidc ? { oidc } : {}) },
    first,
    warning,
    errorMessage: `Killed: the main step ended while the run was in progress and ${why}; the post step tore the project down from its own inputs (the stages' records are lost)`,
  });
}

/** The schedule input, or the entry's when it cannot be read (main would have failed on it). */
function scheduleOrDefault(): Schedule | undefined {
  try {
    return scheduleInput();
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const budget = new Budget(POST_STEP_BUDGET_SECONDS);
  // enforced: the runner kills a cancelled job's post steps soon after; this step never runs past its budget
  setTimeout(() => {
    core.setFailed(
      `the post step stopped at its ${POST_STEP_BUDGET_SECONDS}s budget — run \`mcc-e2e sweep\` to find what may remain`,
    );
    process.exit(1);
  }, POST_STEP_BUDGET_SECONDS * 1000).unref();

  const { state, altered } = readTeardownState();
  if (altered.length > 0)
    core.warning(
      `the post-step state ${altered.join(', ')} was not written by the main step (a stage wrote GITHUB_STATE?): ignored`,
    );
  const { leg, why } = await deriveLeg(!state);
  if (state && (!leg || leg.projectName === state.projectName)) {
    await trustedTeardown(state, budget);
    return;
  }
  if (leg) {
    const distrust: Distrust = state
      ? { kind: 'other-project', named: state.projectName }
      : altered.length > 0
        ? { kind: 'tampered', names: altered }
        : { kind: 'missing' };
    await derivedTeardown(leg, distrust, budget);
    return;
  }
  if (await underivableLeg(why)) return;
  if (altered.length > 0) {
    core.setFailed(
      "the main step's teardown state was altered, so the post step cannot tell which project to tear down — check SageMaker for endpoints of this run and delete them",
    );
    return;
  }
  core.info('Nothing to tear down: the main step started no project.');
}

main().catch(failStep);
