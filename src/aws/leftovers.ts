import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { LeftoverCheck } from '../lifecycle/clean-outcome.js';
import { awsCredentialsLikely } from './credentials.js';
import { sageMakerClient } from './clients.js';
import {
  deleteResources,
  RESOURCE_TYPES,
  unlistedText,
  type DeletionOptions,
  type ListedResource,
} from './sagemaker-resources.js';

export { deleteResources as deleteLeftovers } from './sagemaker-resources.js';

export interface LeftoverSearch {
  found: ListedResource[];
  /** kinds that could not be listed, in words; the others were still listed (and can be deleted) */
  unlisted: string[];
  /** those of `unlisted` that bill without an endpoint (a tune job): no endpoint left does not clear them */
  unlistedAlone: string[];
}

/**
 * The project's own name, or one MCC derived from it (`<project>-endpoint-<ts>`): never another
 * attempt's (`…e2e4601-1` is not `…e2e4601-10`).
 */
const isProjects = (name: string, projectName: string): boolean =>
  name === projectName || name.startsWith(`${projectName}-`);

/**
 * The SageMaker resources whose names start with a project name, and the ICs on the project's
 * endpoints whatever their names: what a run may leave behind. A kind that cannot be listed is
 * reported and the others are still listed — except endpoints, without which nothing is known
 * (that error is thrown, as before).
 */
export async function findLeftovers(client: SageMakerClient, projectName: string): Promise<LeftoverSearch> {
  const found: ListedResource[] = [];
  const unlisted: string[] = [];
  const unlistedAlone: string[] = [];
  const failedKinds = new Set<string>();
  for (const type of RESOURCE_TYPES) {
    try {
      for await (const r of type.list(client, projectName))
        if (isProjects(r.name, projectName)) found.push(r);
    } catch (error) {
      if (type.required) throw error;
      unlisted.push(unlistedText(type, error));
      if (type.billsAlone) unlistedAlone.push(unlistedText(type, error));
      failedKinds.add(type.kind);
    }
  }
  const endpoints = found.filter((r) => r.kind === 'endpoint').map((r) => r.name);
  for (const type of RESOURCE_TYPES.filter((t) => t.listOnEndpoint && !failedKinds.has(t.kind))) {
    try {
      for (const endpoint of endpoints)
        for await (const r of type.listOnEndpoint?.(client, endpoint) ?? [])
          if (!found.some((f) => f.kind === r.kind && f.name === r.name)) found.push(r);
    } catch (error) {
      unlisted.push(unlistedText(type, error));
    }
  }
  return { found, unlisted, unlistedAlone };
}

/** How a user finds the project's tune jobs still training when the toolkit could not list them. */
export const tuneJobCheck = (projectName: string, region: string): string =>
  `check for a tune job still training with: aws sagemaker list-training-jobs --name-contains ${projectName} --status-equals InProgress --region ${region}`;

export const describeLeftovers = (leftovers: ListedResource[]): string =>
  leftovers.map((r) => `${r.kind} ${r.name}`).join(', ');

/**
 * The leftover check of a region; without credentials it says so instead of waiting on the SDK's
 * chain. No endpoint of the project means no IC bills (an IC lives only on an endpoint), so an IC
 * listing failure matters only when something was found; a tune job bills alone, so its listing
 * failure leaves the check unanswered, never clear.
 */
export function sageMakerLeftoverCheck(
  region: string,
  env: NodeJS.ProcessEnv = process.env,
  deletion: DeletionOptions = {},
): LeftoverCheck {
  return async (projectName) => {
    if (!awsCredentialsLikely(env)) return { status: 'unchecked', why: 'no AWS credentials to confirm it' };
    const client = sageMakerClient(region);
    try {
      const { found, unlisted, unlistedAlone } = await findLeftovers(client, projectName);
      if (found.length === 0)
        return unlistedAlone.length > 0
          ? { status: 'unchecked', why: `${unlistedAlone.join('; ')} — ${tuneJobCheck(projectName, region)}` }
          : { status: 'clear' };
      const report = await deleteResources(client, found, deletion);
      return {
        status: 'found',
        found: describeLeftovers(found),
        deleted: report.deleted,
        failed: [...unlisted, ...report.failed],
      };
    } catch (error) {
      return { status: 'unchecked', why: `SageMaker could not be checked: ${(error as Error).message}` };
    } finally {
      client.destroy();
    }
  };
}
