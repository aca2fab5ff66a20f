import * as core from '@actions/core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess } from '../lifecycle/process.js';
import { withheldEnvironment } from '../lifecycle/engine.js';
import { Scrubber } from '../lifecycle/scrub.js';
import { jobLogFence as fence } from '../github/command-fence.js';
import { CLEAN_ARGV } from '../lifecycle/stages.js';
import { exitCodeMeaning } from '../lifecycle/remedies.js';
import { sageMakerClient } from '../aws/clients.js';
import { deleteLeftovers, describeLeftovers, findLeftovers } from '../aws/leftovers.js';
import { readTeardownState, type TeardownState } from '../github/state.js';
import { escapeHtml } from '../report/table.js';
import { failStep } from '../github/action-errors.js';
import { assumeRoleFromInput } from '../github/assume-role.js';
import { inputOr } from '../github/inputs.js';
import { roleSessionName } from '../aws/oidc.js';
import { releaseSavedLease } from '../github/lease-state.js';

/** GitHub gives a cancelled job's post steps about 5 minutes: stay well inside. */
const POST_CLEAN_TIMEOUT_SECONDS = 240;
const POST_KILL_GRACE_SECONDS = 10;

async function runClean(state: TeardownState): Promise<string> {
  if (!existsSync(join(state.projectDir, 'do', 'clean'))) {
    return `⚠️ the project directory ${state.projectDir} has no do/clean — clean could not run; checking SageMaker directly`;
  }
  const scrubber = Scrubber.fromEnvironment(process.env);
  const logFile = join(mkdtempSync(join(process.env.RUNNER_TEMP ?? tmpdir(), 'mcc-post-')), 'clean.log');
  const argv = [...CLEAN_ARGV];
  core.startGroup(`clean: ${argv.join(' ')}`);
  fence.open();
  const outcome = await runProcess({
    argv,
    cwd: state.projectDir,
    env: {
      ...withheldEnvironment(process.env),
      AWS_REGION: state.region,
      MCC_E2E_CATALOG_ID: state.catalogId,
      MCC_E2E_CONFIG_ID: state.configId,
    },
    timeoutSeconds: Math.min(state.cleanTimeoutSeconds, POST_CLEAN_TIMEOUT_SECONDS),
    killGraceSeconds: POST_KILL_GRACE_SECONDS,
    logFile,
    scrubber,
    onOutput: (text) => fence.echo(text),
  });
  fence.close();
  core.endGroup();
  if (outcome.exitCode === 0) return '✅ ran `do/clean all --force`: it passed';
  const why = outcome.timedOut
    ? `timed out after ${Math.min(state.cleanTimeoutSeconds, POST_CLEAN_TIMEOUT_SECONDS)}s`
    : (outcome.spawnError ??
      `exit ${outcome.exitCode}${exitCodeMeaning('clean', outcome.exitCode) ? ` (${exitCodeMeaning('clean', outcome.exitCode)})` : ''}`);
  return `❌ ran \`do/clean all --force\`: it failed (${why}): ${outcome.stderrTail
    .trim()
    .slice(-300)
    .replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

async function verifyNothingLeft(state: TeardownState): Promise<{ lines: string[]; ok: boolean }> {
  const client = sageMakerClient(state.region);
  try {
    const leftovers = await findLeftovers(client, state.projectName);
    if (leftovers.length === 0) {
      return {
        lines: [
          `✅ SageMaker (${state.region}): no endpoint, endpoint config or model named ${state.projectName}* is left`,
        ],
        ok: true,
      };
    }
    core.warning(
      `leftovers of ${state.projectName} after clean: ${describeLeftovers(leftovers)} — deleting them`,
    );
    const report = await deleteLeftovers(client, leftovers);
    const again = await findLeftovers(client, state.projectName);
    const lines = [`🧹 deleted leftovers through the SageMaker API: ${report.deleted.join(', ') || 'none'}`];
    if (report.failed.length > 0 || again.length > 0) {
      lines.push(
        `❌ still present: ${describeLeftovers(again) || report.failed.join('; ')} — delete them by hand or run \`mcc-e2e sweep\``,
      );
      return { lines, ok: false };
    }
    return { lines, ok: true };
  } catch (error) {
    const err = error as Error;
    if (err.name === 'CredentialsProviderError') {
      return {
        lines: [
          `⚠️ no AWS credentials in the post step: could not check SageMaker for leftovers of ${state.projectName}`,
        ],
        ok: true,
      };
    }
    return {
      lines: [`❌ could not check SageMaker for leftovers of ${state.projectName}: ${err.message}`],
      ok: false,
    };
  } finally {
    client.destroy();
  }
}

async function main(): Promise<void> {
  const state = readTeardownState();
  if (!state) {
    core.info('Nothing to tear down: the main step started no project.');
    return;
  }
  if (state.cleanDone) {
    core.info(`clean already completed for ${state.projectName} in the main step.`);
    const released = await releaseSavedLease();
    if (released) core.info(released);
    return;
  }
  core.info(`The main step did not finish clean for ${state.projectName}: tearing down now.`);
  // main's credentials died with its process: the post step assumes the role again
  const roleLines: string[] = [];
  const roleArn = core.getInput('role-to-assume').trim();
  const oidc = roleArn
    ? await assumeRoleFromInput(
        roleArn,
        inputOr('aws-region', state.region),
        roleSessionName('post', state.catalogId),
      ).catch((error: Error) => {
        roleLines.push(`⚠️ could not assume ${roleArn} for the teardown (${error.message})`);
        return undefined;
      })
    : undefined;
  const cleanLine = await runClean(state);
  const verification = await verifyNothingLeft(state);
  // the slot goes back after clean and the check, not before: the next leg must not meet this endpoint
  const released = await releaseSavedLease();
  oidc?.stop();
  const lines = [...roleLines, cleanLine, ...verification.lines, ...(released ? [released] : [])];
  for (const line of lines) core.info(line);
  await core.summary
    .addRaw(
      `### 🧹 Teardown of ${escapeHtml(state.catalogId)} (post step)\n\nProject \`${escapeHtml(state.projectName)}\`:\n\n${lines.map((l) => `- ${escapeHtml(l)}`).join('\n')}\n`,
    )
    .write();
  if (!verification.ok)
    core.setFailed(`SageMaker resources of ${state.projectName} may remain — see the teardown summary`);
}

main().catch(failStep);
