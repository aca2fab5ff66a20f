import {
  DeleteEndpointCommand,
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  paginateListEndpointConfigs,
  paginateListEndpoints,
  paginateListModels,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';

/**
 * The SageMaker resources a run can leave behind, as a table: how to list each kind (optionally
 * by a name fragment) and how to delete one. Endpoints come first: they hold their config and model.
 */
export type ResourceKind = 'endpoint' | 'endpoint config' | 'model';

export interface ListedResource {
  kind: ResourceKind;
  name: string;
  arn: string;
  createdAt: Date;
}

interface ResourceType {
  kind: ResourceKind;
  list: (client: SageMakerClient, nameContains?: string) => AsyncGenerator<ListedResource>;
  remove: (client: SageMakerClient, name: string) => Promise<unknown>;
}

export const RESOURCE_TYPES: readonly ResourceType[] = [
  {
    kind: 'endpoint',
    list: async function* (client, nameContains) {
      for await (const page of paginateListEndpoints({ client }, { NameContains: nameContains })) {
        for (const e of page.Endpoints ?? [])
          yield {
            kind: 'endpoint',
            name: e.EndpointName ?? '',
            arn: e.EndpointArn ?? '',
            createdAt: e.CreationTime ?? new Date(0),
          };
      }
    },
    remove: (client, name) => client.send(new DeleteEndpointCommand({ EndpointName: name })),
  },
  {
    kind: 'endpoint config',
    list: async function* (client, nameContains) {
      for await (const page of paginateListEndpointConfigs({ client }, { NameContains: nameContains })) {
        for (const e of page.EndpointConfigs ?? [])
          yield {
            kind: 'endpoint config',
            name: e.EndpointConfigName ?? '',
            arn: e.EndpointConfigArn ?? '',
            createdAt: e.CreationTime ?? new Date(0),
          };
      }
    },
    remove: (client, name) => client.send(new DeleteEndpointConfigCommand({ EndpointConfigName: name })),
  },
  {
    kind: 'model',
    list: async function* (client, nameContains) {
      for await (const page of paginateListModels({ client }, { NameContains: nameContains })) {
        for (const m of page.Models ?? [])
          yield {
            kind: 'model',
            name: m.ModelName ?? '',
            arn: m.ModelArn ?? '',
            createdAt: m.CreationTime ?? new Date(0),
          };
      }
    },
    remove: (client, name) => client.send(new DeleteModelCommand({ ModelName: name })),
  },
];

export interface DeletionReport {
  deleted: string[];
  failed: string[];
}

/** Delete in table order (endpoints, configs, models); a failure is reported, not thrown. */
export async function deleteResources(
  client: SageMakerClient,
  resources: ListedResource[],
): Promise<DeletionReport> {
  const report: DeletionReport = { deleted: [], failed: [] };
  for (const type of RESOURCE_TYPES) {
    for (const r of resources.filter((x) => x.kind === type.kind)) {
      try {
        await type.remove(client, r.name);
        report.deleted.push(`${r.kind} ${r.name}`);
      } catch (error) {
        report.failed.push(`${r.kind} ${r.name}: ${(error as Error).message}`);
      }
    }
  }
  return report;
}
