import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { LeftoverCheck } from '../lifecycle/clean-outcome.js';
import { awsCredentialsLikely } from './credentials.js';
import { sageMakerClient } from './clients.js';
import { deleteResources, RESOURCE_TYPES, type ListedResource } from './sagemaker-resources.js';

export { deleteResources as deleteLeftovers } from './sagemaker-resources.js';

/** The SageMaker resources whose names start with a project name: what a run may leave behind. */
export async function findLeftovers(client: SageMakerClient, projectName: string): Promise<ListedResource[]> {
  const found: ListedResource[] = [];
  for (const type of RESOURCE_TYPES) {
    for await (const r of type.list(client, projectName)) if (r.name.startsWith(projectName)) found.push(r);
  }
  return found;
}

export const describeLeftovers = (leftovers: ListedResource[]): string =>
  leftovers.map((r) => `${r.kind} ${r.name}`).join(', ');

/** The leftover check of a region; without credentials it says so instead of waiting on the SDK's chain. */
export function sageMakerLeftoverCheck(region: string, env: NodeJS.ProcessEnv = process.env): LeftoverCheck {
  return async (projectName) => {
    if (!awsCredentialsLikely(env)) return { status: 'unchecked', why: 'no AWS credentials to confirm it' };
    const client = sageMakerClient(region);
    try {
      const leftovers = await findLeftovers(client, projectName);
      if (leftovers.length === 0) return { status: 'clear' };
      const report = await deleteResources(client, leftovers);
      return { status: 'found', found: describeLeftovers(leftovers), ...report };
    } catch (error) {
      return { status: 'unchecked', why: `SageMaker could not be checked: ${(error as Error).message}` };
    } finally {
      client.destroy();
    }
  };
}
