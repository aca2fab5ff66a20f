import { getOctokit } from '@actions/github';

/**
 * The job and artifact pages of a workflow run, per catalog id, from GitHub's REST API. A run
 * leg's job is named after its entry (`<id>`, or `<caller job> / <id>` in a called workflow);
 * its artifact is `<artifactPrefix><id>`. A token without `actions: read` gets a note, not a failure.
 */

export interface RunLinksOptions {
  token: string;
  baseUrl: string;
  serverUrl: string;
  owner: string;
  repo: string;
  runId: number;
  ids: readonly string[];
  artifactPrefix: string;
}

export interface RunLinks {
  jobs: Map<string, string>;
  artifacts: Map<string, string>;
  note?: string;
}

const jobIdOf = (jobName: string, ids: ReadonlySet<string>): string | undefined => {
  const last = jobName.split(' / ').pop() ?? jobName;
  return ids.has(last) ? last : undefined;
};

export async function lookUpRunLinks(options: RunLinksOptions): Promise<RunLinks> {
  const octokit = getOctokit(options.token, { baseUrl: options.baseUrl });
  const where = { owner: options.owner, repo: options.repo, run_id: options.runId, per_page: 100 };
  const ids = new Set(options.ids);
  const links: RunLinks = { jobs: new Map(), artifacts: new Map() };
  try {
    const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
      ...where,
      filter: 'latest',
    });
    for (const job of jobs) {
      const id = jobIdOf(job.name, ids);
      if (id && job.html_url) links.jobs.set(id, job.html_url);
    }
    const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, where);
    for (const artifact of artifacts) {
      const id = artifact.name.startsWith(options.artifactPrefix)
        ? artifact.name.slice(options.artifactPrefix.length)
        : undefined;
      if (id && ids.has(id)) {
        links.artifacts.set(
          id,
          `${options.serverUrl}/${options.owner}/${options.repo}/actions/runs/${options.runId}/artifacts/${artifact.id}`,
        );
      }
    }
  } catch (error) {
    const status = (error as { status?: number }).status;
    links.note = `Job and artifact links were not looked up (GitHub answered ${status ?? (error as Error).message}) — give the report job \`permissions: actions: read\`.`;
  }
  return links;
}
