import { getOctokit } from '@actions/github';
import { httpStatusOf } from './http-status.js';

/** The hidden marker that makes the report's comment findable, so it is edited, never repeated. */
export const COMMENT_MARKER = '<!-- mcc-e2e-report -->';

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
  /** head and base live in different repositories: the token is read-only */
  fork: boolean;
}

interface PullRequestPayload {
  pull_request?: {
    number?: number;
    head?: { repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** The pull request of the event, or undefined when the event is not about one. */
export function pullRequestOf(
  eventName: string | undefined,
  payload: unknown,
  repository: string | undefined,
): PullRequestTarget | undefined {
  if (!eventName || !PULL_REQUEST_EVENTS.includes(eventName)) return undefined;
  const pr = (payload as PullRequestPayload | undefined)?.pull_request;
  const fullName = pr?.base?.repo?.full_name ?? repository;
  if (!pr?.number || !fullName?.includes('/')) return undefined;
  const [owner, repo] = fullName.split('/') as [string, string];
  // a deleted fork has no head repo; it is still not this repository
  const headRepo = pr.head?.repo?.full_name;
  return { owner, repo, number: pr.number, fork: headRepo !== fullName };
}

export interface CommentOutcome {
  action: 'created' | 'updated' | 'skipped';
  url?: string;
  /** why nothing was written, for the job summary */
  note?: string;
}

export interface StickyCommentOptions {
  token: string;
  /** GitHub's REST API (GITHUB_API_URL on runners and GHES) */
  baseUrl: string;
  target: PullRequestTarget;
  /** the comment text without the marker */
  body: string;
  /** whose marker comments are ours to edit: the token's identity (default github-actions[bot]) */
  author?: string;
}

/** The identity behind the workflow's GITHUB_TOKEN. */
export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]';

function skipped(step: string, error: unknown): CommentOutcome {
  const status = httpStatusOf(error);
  const reason =
    status === 403 || status === 401 || status === 404
      ? `the token cannot write comments here (HTTP ${status}) — give the job \`permissions: pull-requests: write\``
      : `GitHub answered ${status ?? (error as Error).message}`;
  return {
    action: 'skipped',
    note: `The PR comment was not written (${step} failed): ${reason}. The report is in this job summary.`,
  };
}

/**
 * One sticky comment per pull request: find ours by the marker and our author (every page of
 * comments), edit it in place, else create it. A fork's read-only token writes nothing; neither does a token
 * that is refused — both come back as a note instead of failing the report.
 */
export async function upsertStickyComment(options: StickyCommentOptions): Promise<CommentOutcome> {
  const { target } = options;
  if (target.fork) {
    return {
      action: 'skipped',
      note: 'The PR comment was not written: pull requests from forks get a read-only token. The report is in this job summary.',
    };
  }
  const octokit = getOctokit(options.token, { baseUrl: options.baseUrl });
  const where = { owner: target.owner, repo: target.repo };
  const body = `${COMMENT_MARKER}\n${options.body}`;
  let existing: { id: number } | undefined;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...where,
      issue_number: target.number,
      per_page: 100,
    });
    // a marker in somebody else's comment is not ours to edit: only the token's identity wrote ours
    const author = options.author || DEFAULT_COMMENT_AUTHOR;
    existing = comments.find((c) => c.body?.includes(COMMENT_MARKER) && c.user?.login === author);
  } catch (error) {
    return skipped('listing the comments', error);
  }
  try {
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
      return { action: 'updated', url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: target.number, body });
    return { action: 'created', url: data.html_url };
  } catch (error) {
    return skipped(existing ? 'editing the comment' : 'creating the comment', error);
  }
}
