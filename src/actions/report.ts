import * as core from '@actions/core';
import { context } from '@actions/github';
import { resolve } from 'node:path';
import { loadPricing, loadWorkloads } from '../catalog/load.js';
import { selectEntries } from '../catalog/select.js';
import { baseCatalogDocument } from '../catalog/git-base.js';
import type { Catalog } from '../catalog/types.js';
import type { CiRecord } from '../results/record.js';
import { roleSessionName } from '../aws/oidc.js';
import { assumeRoleFromInput } from '../github/assume-role.js';
import { makeRunToken } from '../lifecycle/project-name.js';
import { DEFAULT_HISTORY_LENGTH, evaluateGate, parseGate } from '../report/coverage.js';
import { withLinks } from '../report/links.js';
import { lookUpRunLinks } from '../github/run-links.js';
import { issueActionLines, syncRegressionIssues } from '../github/regression-issues.js';
import { UserError } from '../errors.js';
import { checkPaths } from '../path-checks.js';
import { openReportSource, readCoverage } from '../report/source.js';
import { COMMENT_MAX_BYTES, renderCoverageMarkdown, SUMMARY_MAX_BYTES } from '../report/markdown.js';
import { renderDashboardHtml } from '../report/html.js';
import { renderJUnit } from '../report/junit.js';
import { writeReportFile } from '../report/write-file.js';
import {
  baseConfigIdOf,
  diffCatalogs,
  diffWhatRuns,
  renderPrSummary,
  type PrSummary,
} from '../report/pr-summary.js';
import { escapeHtml } from '../report/table.js';
import { pullRequestOf, upsertStickyComment, type PullRequestTarget } from '../github/pr-comment.js';
import { failStep } from '../github/action-errors.js';
import { loadCatalogInput } from '../github/catalog-input.js';
import { booleanInput, inputOr } from '../github/inputs.js';

/** The catalog change of a pull request against its base commit (05-github.md "PR check summaries"). */
function pullRequestSummary(
  catalog: Catalog,
  catalogFile: string,
  workspaceRoot: string,
  records: CiRecord[] | undefined,
  pr: PullRequestTarget,
): PrSummary | undefined {
  const baseSha = (context.payload.pull_request as { base?: { sha?: string } } | undefined)?.base?.sha;
  if (!baseSha) return undefined;
  let baseDocument: Record<string, unknown> | undefined;
  try {
    baseDocument = baseCatalogDocument(catalogFile, baseSha, workspaceRoot);
  } catch (error) {
    core.warning(`the base catalog could not be read: ${(error as Error).message}`);
  }
  const baseRaw = baseDocument && (Array.isArray(baseDocument.configs) ? baseDocument.configs : []);
  const workloadNames = new Set(Object.keys(loadWorkloads(catalogFile).workloads));
  return renderPrSummary({
    changes: diffCatalogs(baseRaw, catalog.entries, (raw) => baseConfigIdOf(raw, workloadNames)),
    head: catalog.entries,
    records,
    unavailableReason: pr.fork
      ? 'pull requests from forks get no OIDC token and no secrets'
      : 'no results table is configured for this check',
    pricing: loadPricing(catalogFile),
    baseName: `base ${baseSha.slice(0, 7)}`,
    baseUnreadable: baseRaw === undefined,
    whatRuns: diffWhatRuns(baseDocument, { stageCommands: catalog.stageCommands }, baseRaw, catalog.entries),
    stageCommands: catalog.stageCommands,
  });
}

const serverUrl = (): string => process.env.GITHUB_SERVER_URL ?? 'https://github.com';

const currentRunUrl = (): string | undefined =>
  process.env.GITHUB_RUN_ID
    ? `${serverUrl()}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : undefined;

/** The repository this job runs in, and GitHub's REST API (GITHUB_API_URL on runners and GHES). */
function githubTarget(): { owner: string; repo: string; baseUrl: string; serverUrl: string } | undefined {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return undefined;
  return {
    owner,
    repo,
    baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: serverUrl(),
  };
}

async function main(): Promise<void> {
  const { catalog, file, workspaceRoot } = loadCatalogInput();
  const tier = core.getInput('tier').trim() || undefined;
  const entries = selectEntries(catalog, { tier });
  const gateText = core.getInput('gate').trim();
  const gate = gateText ? parseGate(gateText) : undefined;
  const comment = booleanInput('comment');
  const region = inputOr('aws-region', process.env.AWS_REGION ?? 'us-west-2');
  const table = core.getInput('table').trim();
  const resultsDir = resolve(workspaceRoot, inputOr('results-dir', '.mcc-e2e'));
  const dashboardInput = core.getInput('dashboard').trim();
  const dashboardFile = dashboardInput ? resolve(workspaceRoot, dashboardInput) : undefined;
  const junitInput = core.getInput('junit').trim();
  const junitFile = junitInput ? resolve(workspaceRoot, junitInput) : undefined;
  // before any comment or issue is written: a bad path stops the step with nothing half done
  checkPaths([
    ...(table ? [] : [{ setting: 'input results-dir', path: resultsDir, role: 'results-dir' } as const]),
    ...(dashboardFile
      ? [{ setting: 'input dashboard', path: dashboardFile, role: 'output-file' } as const]
      : []),
    ...(junitFile ? [{ setting: 'input junit', path: junitFile, role: 'output-file' } as const] : []),
  ]);
  const roleArn = core.getInput('role-to-assume').trim();
  const oidc = roleArn
    ? await assumeRoleFromInput(roleArn, region, roleSessionName(makeRunToken(), 'report'))
    : undefined;
  const source = openReportSource({
    table,
    historyTable: core.getInput('history-table').trim(),
    region,
    localDir: resultsDir,
  });
  core.info(`Reading ${source.description}`);
  const historyText = inputOr('history', String(DEFAULT_HISTORY_LENGTH));
  const historyLength = Number(historyText);
  if (!Number.isInteger(historyLength) || historyLength < 1)
    throw new UserError(`input history must be a whole number ≥ 1, not "${historyText}"`);
  const read = await readCoverage(source, { entries, allEntries: catalog.entries, tier, historyLength });
  for (const warning of read.warnings) core.warning(warning);
  oidc?.stop();
  const { records } = read;

  const pr = pullRequestOf(context.eventName, context.payload, process.env.GITHUB_REPOSITORY);
  const prSummary = pr
    ? pullRequestSummary(catalog, file, workspaceRoot, table ? records : undefined, pr)
    : undefined;
  const runUrl = currentRunUrl();
  const notes: string[] = [];
  const note = (text: string): void => {
    core.warning(text);
    notes.push(`> [!NOTE]\n> ${escapeHtml(text)}`);
  };
  const github = githubTarget();
  const token = core.getInput('github-token');
  const runLinks =
    booleanInput('link-jobs') && github && token && process.env.GITHUB_RUN_ID
      ? await lookUpRunLinks({
          token,
          ...github,
          runId: Number(process.env.GITHUB_RUN_ID),
          ids: entries.map((e) => e.id),
          artifactPrefix: inputOr('artifact-prefix', 'mcc-e2e-leg-'),
        })
      : undefined;
  if (runLinks?.note) note(runLinks.note);
  const model = withLinks(read.model, {
    resultsBucket: core.getInput('results-bucket').trim() || undefined,
    region,
    currentRunUrl: runUrl,
    jobs: runLinks?.jobs,
    artifacts: runLinks?.artifacts,
    artifactUrl: core.getInput('artifact-url').trim() || undefined,
  });
  const gateResult = gate ? evaluateGate(model, gate) : undefined;
  const sections = {
    gate: gateResult,
    before: prSummary ? [prSummary.overview] : [],
    after: prSummary?.dryRun ? [prSummary.dryRun] : [],
  };

  if (booleanInput('regression-issues')) {
    if (!github || !token)
      note('regression-issues: true needs GITHUB_REPOSITORY and a github-token — no issue was written.');
    else {
      const outcome = await syncRegressionIssues({
        token,
        baseUrl: github.baseUrl,
        owner: github.owner,
        repo: github.repo,
        readOnly: pr?.fork,
        configs: model.configs,
      });
      if (outcome.note) note(outcome.note);
      const lines = issueActionLines(outcome.actions);
      for (const line of lines) core.info(line);
      if (lines.length > 0) notes.push(lines.map((l) => `- ${escapeHtml(l)}`).join('\n'));
      core.setOutput(
        'regression-issues',
        outcome.actions.map((a) => `${a.action}:${a.id}#${a.number}`).join(','),
      );
    }
  }
  if (comment && pr) {
    const outcome = await upsertStickyComment({
      token: core.getInput('github-token'),
      author: core.getInput('comment-author').trim(),
      baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
      target: pr,
      body: renderCoverageMarkdown(model, {
        ...sections,
        fullReportAt: runUrl ? `the job summary of ${runUrl}` : 'the job summary',
        maxBytes: COMMENT_MAX_BYTES,
      }),
    });
    if (outcome.note) note(outcome.note);
    else core.info(`PR comment ${outcome.action}: ${outcome.url ?? ''}`);
  } else if (comment) {
    core.info(`comment: true, but ${context.eventName || 'this event'} is not a pull request — no comment`);
  }
  await core.summary
    .addRaw(
      renderCoverageMarkdown(model, {
        ...sections,
        before: [...sections.before, ...notes],
        fullReportAt: dashboardFile ? `the dashboard ${dashboardInput}` : 'the output of `mcc-e2e report`',
        maxBytes: SUMMARY_MAX_BYTES,
      }),
    )
    .write();
  if (dashboardFile) {
    writeReportFile(dashboardFile, renderDashboardHtml(model, { live: false }), 'input dashboard');
    core.info(`Dashboard written to ${dashboardFile}`);
  }
  if (junitFile) {
    writeReportFile(junitFile, renderJUnit(model), 'input junit');
    core.info(`JUnit XML written to ${junitFile}`);
    core.setOutput('junit-file', junitFile);
  }

  const s = model.summary;
  core.setOutput('total', String(s.total));
  core.setOutput('passing', String(s.passing));
  core.setOutput('failing', String(s.failing));
  core.setOutput('untested', String(s.untested));
  core.setOutput('coverage', String(s.coveragePercent));
  core.setOutput('regressions', model.regressions.join(','));
  core.setOutput('gate', gateResult ? (gateResult.passed ? 'pass' : 'fail') : '');
  if (gateResult?.passed === false) core.setFailed(gateResult.sentence);
  else if (gateResult) core.info(gateResult.sentence);
}

main().catch(failStep);
