import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * A stand-in for the part of GitHub's REST API the report's issues and links use: issues (list
 * open, paginated with Link headers; create; update), issue comments (list, create), and a
 * workflow run's jobs and artifacts. `readOnly` answers writes as a token without
 * `issues: write` does (403).
 */

export interface StandInIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string;
  labels: string[];
  html_url: string;
  comments: { id: number; body: string }[];
}

export interface StandInRequest {
  method: string;
  path: string;
  authorization?: string;
}

export class GitHubIssuesStandIn {
  readonly issues: StandInIssue[] = [];
  readonly requests: StandInRequest[] = [];
  /** jobs of runs, by run id */
  readonly jobs = new Map<number, { id: number; name: string; html_url: string }[]>();
  readonly artifacts = new Map<number, { id: number; name: string }[]>();
  readOnly = false;
  private nextComment = 5000;
  private server: Server | undefined;
  url = '';

  constructor(readonly repo: string) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as { port: number }).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }

  writes(): StandInRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  /** An issue someone else opened, or a pull request (the issues list returns both). */
  addIssue(issue: Partial<StandInIssue> & { pull_request?: boolean }): void {
    const number = this.issues.length + 1;
    this.issues.push({
      number,
      title: `issue ${number}`,
      body: '',
      state: 'open',
      labels: [],
      html_url: `https://github.com/${this.repo}/issues/${number}`,
      comments: [],
      ...issue,
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? '';
    this.requests.push({ method, path: url.pathname, authorization: req.headers.authorization });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const page = <T>(all: T[]): void => {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const n = Number(url.searchParams.get('page') ?? 1);
      const next = new URLSearchParams(url.searchParams);
      next.set('page', String(n + 1));
      const link = `<${this.url}${url.pathname}?${next.toString()}>; rel="next"`;
      send(200, all.slice((n - 1) * perPage, n * perPage), n * perPage < all.length ? { link } : {});
    };
    const body = (): Record<string, unknown> => (raw ? (JSON.parse(raw) as Record<string, unknown>) : {});
    const base = `/repos/${this.repo}`;
    const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : undefined;
    const issueMatch = path?.match(/^\/issues\/(\d+)$/);
    const commentsMatch = path?.match(/^\/issues\/(\d+)\/comments$/);
    const runMatch = path?.match(/^\/actions\/runs\/(\d+)\/(jobs|artifacts)$/);
    const issue = (m: RegExpMatchArray | null | undefined) =>
      this.issues.find((i) => i.number === Number(m?.[1]));
    const view = (i: StandInIssue) => ({
      ...i,
      labels: i.labels.map((name) => ({ name })),
      comments: i.comments.length,
      ...((i as { pull_request?: boolean }).pull_request ? { pull_request: { url: 'x' } } : {}),
    });

    if (runMatch && method === 'GET') {
      const run = Number(runMatch[1]);
      if (runMatch[2] === 'jobs') {
        const jobs = this.jobs.get(run) ?? [];
        return send(200, { total_count: jobs.length, jobs });
      }
      const artifacts = this.artifacts.get(run) ?? [];
      return send(200, { total_count: artifacts.length, artifacts });
    }
    if (path === '/issues' && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      return page(this.issues.filter((i) => state === 'all' || i.state === state).map(view));
    }
    if (commentsMatch && method === 'GET') {
      const found = issue(commentsMatch);
      if (!found) return send(404, { message: 'Not Found' });
      return page(found.comments);
    }
    if (this.readOnly && method !== 'GET') {
      return send(403, { message: 'Resource not accessible by integration', status: '403' });
    }
    if (path === '/issues' && method === 'POST') {
      const b = body();
      this.addIssue({
        title: String(b.title),
        body: String(b.body),
        labels: (b.labels as string[] | undefined) ?? [],
      });
      return send(201, view(this.issues[this.issues.length - 1] as StandInIssue));
    }
    if (commentsMatch && method === 'POST') {
      const found = issue(commentsMatch);
      if (!found) return send(404, { message: 'Not Found' });
      const comment = { id: this.nextComment++, body: String(body().body) };
      found.comments.push(comment);
      return send(201, { ...comment, html_url: `${found.html_url}#issuecomment-${comment.id}` });
    }
    if (issueMatch && method === 'PATCH') {
      const found = issue(issueMatch);
      if (!found) return send(404, { message: 'Not Found' });
      const b = body();
      if (b.state) found.state = b.state as 'open' | 'closed';
      if (b.state_reason) found.state_reason = String(b.state_reason);
      return send(200, view(found));
    }
    send(404, { message: 'Not Found' });
  }
}
