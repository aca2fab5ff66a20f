import * as core from '@actions/core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../lifecycle/process.js';
import { withheldEnvironment, type StageRecord } from '../lifecycle/engine.js';
import { Scrubber } from '../lifecycle/scrub.js';
import { jobLogFence as fence } from '../github/command-fence.js';
import { CLEAN_ARGV } from '../lifecycle/stages.js';
import { exitCodeMeaning } from '../lifecycle/remedies.js';
import { saysNothingDeployed } from '../lifecycle/clean-outcome.js';
import { killOrphans } from '../lifecycle/orphans.js';
import { POST_STEP_BUDGET_SECONDS } from '../lifecycle/budget.js';
import { finishedRun } from '../lifecycle/finish.js';
import { sageMakerClient } from '../aws/clients.js';
import { deleteLeftovers, describeLeftovers, findLeftovers } from '../aws/leftovers.js';
import { readTeardownState, saveTeardownState, type TeardownState } from '../github/state.js';
import { openStores } from '../results/open.js';
import { writeRunResult } from '../results/write-result.js';
import { renderRunMarkdown } from '../report/run-summary.js';
import { escapeHtml } from '../report/table.js';
import { failStep } from '../github/action-errors.js';
import { assumeRoleFromInput } from '../github/assume-role.js';
import { inputOr } from '../github/inputs.js';
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
}

/** List the project's inference components, endpoints, endpoint configs and models and delete them. */
async function sageMakerPass(state: TeardownState, verify: boolean): Promise<ApiPass> {
  const client = sageMakerClient(state.region);
  try {
    const { found: leftovers, unlisted } = await findLeftovers(client, state.projectName);
    // ICs live on endpoints: with none of the project's endpoints left, an IC listing failure costs nothing
    if (leftovers.length === 0) {
      return {
        lines: verify
          ? [
              `✅ SageMaker (${state.region}): no endpoint, endpoint config or model named ${state.projectName}* is left${unlisted.length > 0 ? ` (${unlisted.join('; ')}; none outlives its endpoint)` : ''}`,
            ]
          : [],
        ok: true,
        clear: true,
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
    return { lines, ok: clear, clear };
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
  if (!state) {
    if (altered.length > 0) {
      core.setFailed(
        "the main step's teardown state was altered, so the post step cannot tell which project to tear down — check SageMaker for endpoints of this run and delete them",
      );
      return;
    }
    core.info('Nothing to tear down: the main step started no project.');
    return;
  }
  if (state.cleanDone && state.resultWritten) {
    core.info(`clean already completed for ${state.projectName} in the main step.`);
    const released = await releaseSavedLease();
    if (released) core.info(released);
    return;
  }
  const lines: string[] = [];
  if (state.runId) {
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
  }

  let teardownOk = true;
  let clean: StageRecord | undefined;
  if (!state.cleanDone) {
    core.info(`The main step did not finish clean for ${state.projectName}: tearing down now.`);
    // main's credentials died with its process: the post step assumes the role again
    const roleArn = core.getInput('role-to-assume').trim();
    const oidc = roleArn
      ? await budget.within(
          ROLE_SECONDS,
          assumeRoleFromInput(
            roleArn,
            inputOr('aws-region', state.region),
            roleSessionName('post', state.catalogId),
          ).catch((error: Error) => {
            lines.push(`⚠️ could not assume ${roleArn} for the teardown (${error.message})`);
            return undefined;
          }),
          () => {
            lines.push(
              `⚠️ assuming ${roleArn} took longer than ${ROLE_SECONDS}s; tearing down with what is at hand`,
            );
            return undefined;
          },
        )
      : undefined;
    const timedOutPass = (what: string) => (): ApiPass => ({
      lines: [`❌ the SageMaker ${what} took longer than ${API_PASS_SECONDS}s`],
      ok: false,
    });
    const first = await budget.within(
      API_PASS_SECONDS,
      sageMakerPass(state, false),
      timedOutPass('deletion'),
    );
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
    const result = finishedRun(state.run, clean, new Date());
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
  await core.summary
    .addRaw(
      `${markdown ? `${markdown}\n` : ''}### 🧹 Teardown of ${escapeHtml(state.catalogId)} (post step)\n\nProject \`${escapeHtml(state.projectName)}\`:\n\n${all.map((l) => `- ${escapeHtml(l)}`).join('\n')}\n`,
    )
    .write();
  if (!teardownOk)
    core.setFailed(
      `SageMaker resources of ${state.projectName} may remain, or the result could not be written — see the teardown summary`,
    );
}

main().catch(failStep);
