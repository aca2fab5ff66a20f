import type { RunResult } from '../lifecycle/engine.js';
import { s3RunPrefix } from '../results/s3-artifacts.js';
import type { ConfigCoverage, ConfigLinks, CoverageModel } from './coverage.js';

/**
 * Links of each config's last run, built from what the report knows: the S3 copies of result.json
 * and the stage logs (with a results bucket), and — for the configs this workflow run tested —
 * their job and artifact pages. Pure: the GitHub lookups happen at the edge (github/run-links.ts).
 */

export interface LinkInputs {
  /** the results bucket the run legs upload to (s3://<bucket>/runs/<tier>/<runId>/<id>/) */
  resultsBucket?: string;
  region?: string;
  /** the URL of the workflow run this report belongs to: its configs get job and artifact links */
  currentRunUrl?: string;
  /** catalog id → job page, from the GitHub API */
  jobs?: ReadonlyMap<string, string>;
  /** catalog id → artifact page, from the GitHub API */
  artifacts?: ReadonlyMap<string, string>;
  /** one artifact for every config of this run (upload-artifact's `artifact-url` output) */
  artifactUrl?: string;
}

/** The AWS console page of one S3 object. */
export const s3ConsoleUrl = (bucket: string, key: string, region: string): string =>
  `https://${region}.console.aws.amazon.com/s3/object/${encodeURIComponent(bucket)}?region=${encodeURIComponent(region)}&prefix=${encodeURIComponent(key)}`;

/** Where a run's artifacts are in the results bucket (as the run legs upload them). */
export const runKeyPrefix = (c: Pick<ConfigCoverage, 'tier' | 'id'>, runId: string): string =>
  s3RunPrefix({ tier: c.tier, runId, catalogId: c.id });

/** The S3 console pages of one run's result.json and stage logs, as the run leg uploaded them. */
export function runResultLinks(
  result: Pick<RunResult, 'tier' | 'runId' | 'catalogId' | 'stages'>,
  bucket: string,
  region: string,
): { resultJson: string; stageLogs: Record<string, string> } {
  const prefix = s3RunPrefix(result);
  return {
    resultJson: s3ConsoleUrl(bucket, `${prefix}result.json`, region),
    stageLogs: Object.fromEntries(
      result.stages.flatMap((s) =>
        s.log ? [[s.name, s3ConsoleUrl(bucket, `${prefix}${s.log}`, region)]] : [],
      ),
    ),
  };
}

function linksOf(c: ConfigCoverage, inputs: LinkInputs): ConfigLinks | undefined {
  const links: ConfigLinks = {};
  const thisRun = inputs.currentRunUrl !== undefined && c.runUrl === inputs.currentRunUrl;
  const job = thisRun ? inputs.jobs?.get(c.id) : undefined;
  const artifact = thisRun ? (inputs.artifacts?.get(c.id) ?? inputs.artifactUrl) : undefined;
  if (job) links.job = job;
  if (artifact) links.artifact = artifact;
  const completed = c.status !== 'untested' && c.status !== 'running';
  if (inputs.resultsBucket && c.runId && completed) {
    const region = inputs.region ?? 'us-east-1';
    const prefix = runKeyPrefix(c, c.runId);
    links.resultJson = s3ConsoleUrl(inputs.resultsBucket, `${prefix}result.json`, region);
    const logs = c.stageResults.filter((s) => s.log);
    if (logs.length > 0) {
      links.stageLogs = Object.fromEntries(
        logs.map((s) => [s.name, s3ConsoleUrl(inputs.resultsBucket as string, `${prefix}${s.log}`, region)]),
      );
    }
  }
  return Object.keys(links).length > 0 ? links : undefined;
}

export function withLinks(model: CoverageModel, inputs: LinkInputs): CoverageModel {
  return {
    ...model,
    configs: model.configs.map((c) => {
      const links = linksOf(c, inputs);
      return links ? { ...c, links } : c;
    }),
  };
}
