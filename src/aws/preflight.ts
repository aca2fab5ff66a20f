import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { s3Client } from './clients.js';
import { describeAwsProblem, UserError } from '../errors.js';

/** The AWS resources a run writes to, each with the flag or input that named it. */
export interface PreflightTarget {
  kind: 'table' | 'bucket';
  name: string;
  /** e.g. `--table` or `input table` */
  label: string;
  /** what to do when it does not exist (default: create it with infra/ or fix the label) */
  remedy?: string;
}

/** a quick answer: a missing credential or a dead endpoint must not wait out six retries */
const PREFLIGHT_ATTEMPTS = 2;

const NOT_FOUND = new Set(['ResourceNotFoundException', 'NotFound', 'NoSuchBucket']);

async function check(target: PreflightTarget, region: string): Promise<void> {
  if (target.kind === 'table') {
    const client = new DynamoDBClient({ region, maxAttempts: PREFLIGHT_ATTEMPTS });
    try {
      await client.send(new DescribeTableCommand({ TableName: target.name }));
    } finally {
      client.destroy();
    }
    return;
  }
  const client = s3Client({ region, maxAttempts: PREFLIGHT_ATTEMPTS });
  try {
    await client.send(new HeadBucketCommand({ Bucket: target.name }));
  } finally {
    client.destroy();
  }
}

/**
 * Once, before any stage: every configured table and bucket answers with the credentials at
 * hand. The first problem ends the run with one sentence naming the flag or input — instead of
 * a lifecycle that spends money and then cannot record it.
 */
export async function preflightAws(targets: PreflightTarget[], region: string): Promise<void> {
  for (const target of targets.filter((t) => t.name)) {
    try {
      await check(target, region);
    } catch (error) {
      const err = error as Error;
      const what = `${target.label} ${target.name} (${region})`;
      if (NOT_FOUND.has(err.name))
        throw new UserError(
          `${what}: the ${target.kind} does not exist — ${target.remedy ?? `create it (infra/ deploys the tables and bucket) or fix ${target.label}`}`,
        );
      throw new UserError(`${what}: ${describeAwsProblem(err) ?? err.message}`);
    }
  }
}
