import { getOctokit } from '@actions/github';
import { bucketOf, type ConfigCoverage } from '../report/coverage.js';
import { formatDuration } from '../report/duration.js';
import { safeUrl } from '../report/markdown.js';
import { escapeHtml, markdownCell } from '../report/table.js';
import { httpStatusOf } from './http-status.js';

/**
 * One GitHub issue per regressed config (05-github.md, issue #15): a config that passed and now
 * fails opens an issue, found again by a hidden marker with its configId, so it is never
 * duplicated; a later failure comments on it (once per run, by a second marker); the first
 * pass closes it with a comment. A read-only token (a fork, no `issues: write`) gets a note.
 */

export const ISSUE_LABEL = 'mcc-e2e-regression';
export const issueMarker = (configId: string): string => `<!-- mcc-e2e-regression:${configId} -->`;
const runMarker = (runId: string): string => `<!-- mcc-e2e-run:${runId} -->`;

export interface RegressionIssueOptions {
  token: string;
  baseUrl: string;
  owner: string;
  repo: string;
  /** the pull request's token is read-only when it comes from a fork */
  readOnly?: boolean;
  configs: readonly ConfigCoverage[];
}

export interface IssueAction {
  id: string;
  action: 'opened' | 'commented' | 'closed';
  number: number;
  url: string;
}

export interface RegressionIssuesOutcome {
  actions: IssueAction[];
  note?: string;
}

const EXCERPT_LINES = 20;
const EXCERPT_CHARS = 2000;

function excerpt(text: string): string {
  const lines = text.split('\n').slice(0, EXCERPT_LINES).join('\n');
  return lines.length > EXCERPT_CHARS ? `${lines.slice(0, EXCERPT_CHARS)}…` : lines;
}

const link = (text: string, url: string | undefined): string => {
  const safe = safeUrl(url);
  return safe ? `[${markdownCell(text)}](${escapeHtml(safe)})` : markdownCell(text);
};

function runLinks(c: ConfigCoverage): string {
  const l = c.links ?? {};
  const parts = [
    l.job ? link('job', l.job) : c.runUrl ? link('run', c.runUrl) : undefined,
    l.artifact ? link('artifact', l.artifact) : undefined,
    l.resultJson ? link('result.json', l.resultJson) : undefined,
    ...Object.entries(l.stageLogs ?? {}).map(([stage, url]) => link(`${stage} log`, url)),
  ].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.join(' · ') : 'no links recorded';
}

/** What failed, where to read more, and when it last passed. */
function failureText(c: ConfigCoverage): string {
  const stage = c.stageResults.find((s) => s.status === 'fail');
  const error = stage?.error || c.errorMessage || '';
  const lastPass = [...c.lastRuns].reverse().find((r) => bucketOf(r.status) === 'passing');
  return [
    `| | |`,
    `|---|---|`,
    `| Config | ${markdownCell(c.id)} (tier ${markdownCell(c.tier)}, configId \`${escapeHtml(c.configId)}\`) |`,
    `| Model | ${markdownCell(c.model)} |`,
    `| Instance | ${markdownCell(c.instance)} |`,
    `| Status | ${markdownCell(c.status)}${c.lastTest ? ` at ${escapeHtml(c.lastTest)}` : ''} |`,
    `| First failing stage | ${markdownCell(stage?.name ?? c.status.replace(/^fail-/, ''))}${stage ? ` after ${escapeHtml(formatDuration(stage.duration))}` : ''} |`,
    ...(stage?.remedy ? [`| Remedy | ${markdownCell(stage.remedy)} |`] : []),
    `| Links | ${runLinks(c)} |`,
    `| Last passing run | ${lastPass ? link(lastPass.at, lastPass.runUrl) : 'not in the history shown'} |`,
    '',
    error ? `<pre>${escapeHtml(excerpt(error))}</pre>` : '_no error text recorded_',
  ].join('\n');
}

function refusal(step: string, error: unknown): string {
  const status = httpStatusOf(error);
  const reason =
    status === 401 || status === 403 || status === 404
      ? `the token cannot write issues here (HTTP ${status}) — give the report job \`permissions: issues: write\``
      : `GitHub answered ${status ?? (error as Error).message}`;
  return `Regression issues were not updated (${step} failed): ${reason}. The regressions are in this job summary.`;
}

interface OpenIssue {
  number: number;
  html_url: string;
  body?: string | null;
  pull_request?: unknown;
}

export async function syncRegressionIssues(
  options: RegressionIssueOptions,
): Promise<RegressionIssuesOutcome> {
  if (options.readOnly) {
    return {
      actions: [],
      note: 'Regression issues were not updated: pull requests from forks get a read-only token. The regressions are in this job summary.',
    };
  }
  const octokit = getOctokit(options.token, { baseUrl: options.baseUrl });
  const where = { owner: options.owner, repo: options.repo };
  let open: OpenIssue[];
  try {
    open = (
      await octokit.paginate(octokit.rest.issues.listForRepo, { ...where, state: 'open', per_page: 100 })
    ).filter((i) => !i.pull_request);
  } catch (error) {
    return { actions: [], note: refusal('listing the open issues', error) };
  }
  const issueOf = (c: ConfigCoverage): OpenIssue | undefined =>
    open.find((i) => i.body?.includes(issueMarker(c.configId)));
  const actions: IssueAction[] = [];
  const comment = async (c: ConfigCoverage, issue: OpenIssue, body: string): Promise<boolean> => {
    const marker = c.runId ? runMarker(c.runId) : undefined;
    if (marker && issue.body?.includes(marker)) return false; // the run that opened it
    if (marker) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...where,
        issue_number: issue.number,
        per_page: 100,
      });
      if (comments.some((k) => k.body?.includes(marker))) return false; // this run was told already
    }
    await octokit.rest.issues.createComment({
      ...where,
      issue_number: issue.number,
      body: marker ? `${marker}\n${body}` : body,
    });
    return true;
  };
  let step = '';
  try {
    for (const c of options.configs) {
      const issue = issueOf(c);
      const bucket = bucketOf(c.status);
      if (!issue && c.regression) {
        step = `opening the issue of ${c.id}`;
        const { data } = await octokit.rest.issues.create({
          ...where,
          title: `E2E regression: ${c.id} ${c.status} (${c.model} on ${c.instance})`,
          labels: [ISSUE_LABEL],
          body: `${issueMarker(c.configId)}\n${c.runId ? `${runMarker(c.runId)}\n` : ''}**${markdownCell(c.id)}** passed before and now fails: ${markdownCell(c.status)}.\n\n${failureText(c)}\n\nThis issue is updated by the E2E report: a later failure comments here, the first pass closes it.\n`,
        });
        actions.push({ id: c.id, action: 'opened', number: data.number, url: data.html_url });
      } else if (issue && bucket === 'failing') {
        step = `commenting on #${issue.number}`;
        const body = `Still failing: **${markdownCell(c.status)}**.\n\n${failureText(c)}\n`;
        if (await comment(c, issue, body))
          actions.push({ id: c.id, action: 'commented', number: issue.number, url: issue.html_url });
      } else if (issue && bucket === 'passing') {
        step = `closing #${issue.number}`;
        await comment(
          c,
          issue,
          `✅ **${markdownCell(c.id)}** passes again${c.lastTest ? ` (${escapeHtml(c.lastTest)})` : ''}: ${runLinks(c)}. Closing.\n`,
        );
        await octokit.rest.issues.update({
          ...where,
          issue_number: issue.number,
          state: 'closed',
          state_reason: 'completed',
        });
        actions.push({ id: c.id, action: 'closed', number: issue.number, url: issue.html_url });
      }
    }
  } catch (error) {
    return { actions, note: refusal(step, error) };
  }
  return { actions };
}

const VERBS: Record<IssueAction['action'], string> = {
  opened: 'opened',
  commented: 'commented on',
  closed: 'closed',
};

/** The summary lines of what was done. */
export const issueActionLines = (actions: readonly IssueAction[]): string[] =>
  actions.map((a) => `Regression issue ${VERBS[a.action]} for ${a.id}: #${a.number} ${a.url}`);
