import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DescribeTrainingJobCommand, StopTrainingJobCommand } from '@aws-sdk/client-sagemaker';
import type { TuneJob, TuneJobs } from '../lifecycle/engine.js';
import { sageMakerClient } from './clients.js';
import { awsCredentialsLikely } from './credentials.js';

/** A value MCC's do/tune wrote into do/config (`export NAME="value"`; the last line wins). */
export function doConfigValue(projectDir: string, name: string): string | undefined {
  const file = join(projectDir, 'do', 'config');
  if (!existsSync(file)) return undefined;
  const pattern = new RegExp(`^export ${name}="?([^"\\n]*)"?\\s*$`, 'gm');
  const values = [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1] as string);
  return values[values.length - 1] || undefined;
}

/**
 * MCC's scripts have no way to stop a tune job (do/tune's own Ctrl-C leaves it running, do/clean
 * does not touch it), so a job whose wait will not run is stopped through the SageMaker API:
 * the managed fine-tuning job is a training job named in do/config as TUNE_JOB_NAME_<TECHNIQUE>.
 */
const jobVariable = (technique: string): string => `TUNE_JOB_NAME_${technique.toUpperCase()}`;

/**
 * The job's own time, creation to end (queueing and provisioning included: what the leg waits
 * for after the submit). Its do/tune wait polls once a minute and, when the job ended before the
 * wait began, returns at once, so neither span says when the job really ended.
 */
async function jobSeconds({ projectDir, technique, region }: TuneJob): Promise<number | undefined> {
  const name = doConfigValue(projectDir, jobVariable(technique));
  if (!name || !awsCredentialsLikely()) return undefined;
  const client = sageMakerClient(region);
  try {
    const job = await client.send(new DescribeTrainingJobCommand({ TrainingJobName: name }));
    if (!job.CreationTime || !job.TrainingEndTime) return undefined;
    return Math.round((job.TrainingEndTime.getTime() - job.CreationTime.getTime()) / 100) / 10;
  } catch {
    return undefined; // not a training job we can see: the row's own duration stands
  } finally {
    client.destroy();
  }
}

const runsOn = (name: string, region: string, why: string): string =>
  `tune job ${name} could not be stopped (${why}): it runs on until it ends, billed for its training instances outside this run's estimate — stop it with: aws sagemaker stop-training-job --training-job-name ${name} --region ${region}`;

export const sageMakerTuneJobs = {
  seconds: jobSeconds,
  async stop({ projectDir, technique, region }: TuneJob): Promise<string | undefined> {
    const variable = jobVariable(technique);
    const name = doConfigValue(projectDir, variable);
    if (!name) return undefined; // nothing was submitted
    if (!awsCredentialsLikely()) return runsOn(name, region, 'no AWS credentials to ask SageMaker with');
    const client = sageMakerClient(region);
    try {
      await client.send(new StopTrainingJobCommand({ TrainingJobName: name }));
      return `tune job ${name} stopped`;
    } catch (error) {
      const e = error as Error;
      return runsOn(name, region, `${e.name}: ${e.message.split('\n')[0]}`);
    } finally {
      client.destroy();
    }
  },
} satisfies Required<TuneJobs>;
