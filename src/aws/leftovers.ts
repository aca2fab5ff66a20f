import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { RESOURCE_TYPES, type ListedResource } from './sagemaker-resources.js';

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
