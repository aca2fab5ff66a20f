import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CiRecord } from '../../src/results/record.js';
import type { HistoryItem } from '../../src/results/store.js';
import { GitHubIssuesStandIn } from '../helpers/github-issues-stand-in.js';
import { runAction } from '../helpers/runner.js';
import { entryOf, historyOf, recordOf, shippedCatalog, writeLocalStore } from '../helpers/report-fixtures.js';

const REPO = 'mcc/e2e-action';
const MARKER_PREFIX = '<!-- mcc-e2e-regression:';
const REMEDY = 'check the endpoint quota of ml.g5.xlarge in us-west-2';

describe('an issue per regression (GitHub REST stand-in)', () => {
  const github = new GitHubIssuesStandIn(REPO);
  const catalog = shippedCatalog();
  const entry = entryOf(catalog, 'rt-qwen3-17b');
  let workspace: string;

  /** the local store as the legs leave it: this config's record and history */
  function results(record: CiRecord, history: HistoryItem[]): void {
    rmSync(join(workspace, '.mcc-e2e'), { recursive: true, force: true });
    writeLocalStore(join(workspace, '.mcc-e2e'), [record], history);
  }

  const report = (env: Record<string, string> = {}) =>
    runAction('dist/report/index.js', {
      cwd: workspace,
      inputs: {
        tier: 'ci',
        'regression-issues': 'true',
        'github-token': 'ghs_standin_token',
        'results-bucket': 'mcc-results',
        'aws-region': 'us-west-2',
      },
      env: {
        GITHUB_REPOSITORY: REPO,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '1002',
        GITHUB_EVENT_NAME: 'schedule',
        ...env,
      },
    });

  const ours = () => github.issues.filter((i) => i.body.includes(MARKER_PREFIX));

  beforeAll(async () => {
    await github.start();
    workspace = mkdtempSync(join(tmpdir(), 'mcc-issues-'));
    // an unrelated issue and a pull request are in the same list and stay untouched
    github.addIssue({ title: 'docs typo', body: 'see README' });
    github.addIssue({ title: 'a pull request', body: 'mentions mcc-e2e', pull_request: true } as never);
  });

  afterAll(() => github.stop());

  it('opens one issue for a config that passed and now fails, with what a person needs', async () => {
    const failed = recordOf(entry, 'fail-deploy', { previous: 'pass', minute: 2 });
    Object.assign(failed.stageResults?.deploy ?? {}, { remedy: REMEDY, log: 'logs/04-deploy.log' });
    const history = historyOf(entry, ['pass', 'pass', 'fail-deploy']).map((h, i) => ({
      ...h,
      runUrl: `https://github.com/${REPO}/actions/runs/${900 + i}`,
    }));
    results(failed, history);
    const run = await report();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(ours()).toHaveLength(1);
    const issue = ours()[0];
    expect(issue?.title).toBe('E2E regression: rt-qwen3-17b fail-deploy (Qwen/Qwen3-1.7B on ml.g5.xlarge)');
    expect(issue?.labels).toEqual(['mcc-e2e-regression']);
    const body = issue?.body ?? '';
    expect(body).toContain(`${MARKER_PREFIX}${entry.configId} -->`);
    expect(body).toContain('| Model | Qwen/Qwen3-1.7B |');
    expect(body).toContain('| Instance | ml.g5.xlarge |');
    expect(body).toContain('| First failing stage | deploy after 30.0 s |');
    expect(body).toContain(`| Remedy | ${REMEDY} |`);
    expect(body).toContain('<pre>deploy failed: exit code 1</pre>');
    expect(body).toContain(
      `[deploy log](https://us-west-2.console.aws.amazon.com/s3/object/mcc-results?region=us-west-2&amp;prefix=${encodeURIComponent(`runs/ci/${failed.runId}/rt-qwen3-17b/logs/04-deploy.log`)})`,
    );
    expect(body).toContain(
      `[result.json](https://us-west-2.console.aws.amazon.com/s3/object/mcc-results?region=us-west-2&amp;prefix=${encodeURIComponent(`runs/ci/${failed.runId}/rt-qwen3-17b/result.json`)})`,
    );
    expect(body).toContain(
      `| Last passing run | [${history[1]?.runTimestamp}](https://github.com/${REPO}/actions/runs/901) |`,
    );
    expect(run.outputs['regression-issues']).toBe(`opened:rt-qwen3-17b#${issue?.number}`);
    expect(run.summary).toContain(`Regression issue opened for rt-qwen3-17b: #${issue?.number}`);
    expect(github.issues.find((i) => i.title === 'docs typo')?.comments).toEqual([]);
  });

  it('writes nothing again when the report runs again over the same results', async () => {
    github.requests.length = 0;
    const run = await report();
    expect(run.code).toBe(0);
    expect(github.writes()).toEqual([]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.comments).toEqual([]);
  });

  it('comments once on a later failure, not again on a rerun of the report', async () => {
    results(recordOf(entry, 'fail-test', { previous: 'fail-deploy', minute: 30 }), []);
    await report();
    await report();
    const issue = ours()[0];
    expect(ours()).toHaveLength(1);
    expect(issue?.state).toBe('open');
    expect(issue?.comments).toHaveLength(1);
    expect(issue?.comments[0]?.body).toContain('Still failing: **fail-test**.');
    expect(issue?.comments[0]?.body).toContain('| First failing stage | test after 30.0 s |');
  });

  it('closes the issue with a comment on the first pass', async () => {
    results(recordOf(entry, 'pass', { previous: 'fail-test', minute: 60 }), []);
    const run = await report();
    expect(run.code).toBe(0);
    const issue = ours()[0];
    expect(issue?.state).toBe('closed');
    expect(issue?.state_reason).toBe('completed');
    expect(issue?.comments).toHaveLength(2);
    expect(issue?.comments[1]?.body).toContain('✅ **rt-qwen3-17b** passes again (2026-05-22T07:00:00Z)');
    expect(run.outputs['regression-issues']).toBe(`closed:rt-qwen3-17b#${issue?.number}`);
    // closed: a pass afterwards touches nothing
    github.requests.length = 0;
    await report();
    expect(github.writes()).toEqual([]);
  });

  it('opens a new issue when the config regresses again after it was closed', async () => {
    results(recordOf(entry, 'fail-build', { previous: 'pass', minute: 90 }), []);
    await report();
    expect(ours().map((i) => i.state)).toEqual(['closed', 'open']);
  });

  it('gives a note, not a failure, for a token without issues: write', async () => {
    const other = entryOf(catalog, 'rt-qwen3-4b');
    rmSync(join(workspace, '.mcc-e2e'), { recursive: true, force: true });
    writeLocalStore(join(workspace, '.mcc-e2e'), [
      recordOf(other, 'fail-push', { previous: 'pass', minute: 3 }),
    ]);
    const before = github.issues.length;
    github.readOnly = true;
    try {
      const run = await report();
      expect(run.code).toBe(0);
      expect(github.issues).toHaveLength(before);
      expect(run.summary).toContain(
        '> Regression issues were not updated (opening the issue of rt-qwen3-4b failed): the token cannot write issues here (HTTP 403) — give the report job `permissions: issues: write`. The regressions are in this job summary.',
      );
      expect(run.stdout).toContain('::warning::Regression issues were not updated');
      expect(run.summary).toContain('**Summary: 6 total |');
    } finally {
      github.readOnly = false;
    }
  });

  it('sends nothing from a fork pull request, and says so', async () => {
    github.requests.length = 0;
    const event = join(workspace, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 5,
          head: { repo: { full_name: 'someone/e2e-action' } },
          base: { repo: { full_name: REPO } },
        },
      }),
    );
    const run = await report({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    expect(run.code).toBe(0);
    expect(github.requests).toEqual([]);
    expect(run.summary).toContain(
      'Regression issues were not updated: pull requests from forks get a read-only token.',
    );
  });
});
