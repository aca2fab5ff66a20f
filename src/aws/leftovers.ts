import {
  DeleteEndpointCommand,
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  paginateListEndpointConfigs,
  paginateListEndpoints,
  paginateListModels,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';

/** SageMaker resources whose names start with a project name: what a run may leave behind. */
export interface Leftovers {
  endpoints: string[];
  endpointConfigs: string[];
  models: string[];
}

const KINDS = [
  {
    key: 'endpoints',
    label: 'endpoint',
    list: async (client: SageMakerClient, prefix: string) => {
      const names: string[] = [];
      for await (const page of paginateListEndpoints({ client }, { NameContains: prefix })) {
        names.push(...(page.Endpoints ?? []).map((e) => e.EndpointName ?? ''));
      }
      return names;
    },
    remove: (client: SageMakerClient, name: string) =>
      client.send(new DeleteEndpointCommand({ EndpointName: name })),
  },
  {
    key: 'endpointConfigs',
    label: 'endpoint config',
    list: async (client: SageMakerClient, prefix: string) => {
      const names: string[] = [];
      for await (const page of paginateListEndpointConfigs({ client }, { NameContains: prefix })) {
        names.push(...(page.EndpointConfigs ?? []).map((e) => e.EndpointConfigName ?? ''));
      }
      return names;
    },
    remove: (client: SageMakerClient, name: string) =>
      client.send(new DeleteEndpointConfigCommand({ EndpointConfigName: name })),
  },
  {
    key: 'models',
    label: 'model',
    list: async (client: SageMakerClient, prefix: string) => {
      const names: string[] = [];
      for await (const page of paginateListModels({ client }, { NameContains: prefix })) {
        names.push(...(page.Models ?? []).map((m) => m.ModelName ?? ''));
      }
      return names;
    },
    remove: (client: SageMakerClient, name: string) =>
      client.send(new DeleteModelCommand({ ModelName: name })),
  },
] as const;

export async function findLeftovers(client: SageMakerClient, projectName: string): Promise<Leftovers> {
  const found = { endpoints: [], endpointConfigs: [], models: [] } as Leftovers;
  for (const kind of KINDS) {
    found[kind.key] = (await kind.list(client, projectName)).filter((n) => n.startsWith(projectName));
  }
  return found;
}

export interface DeletionReport {
  deleted: string[];
  failed: string[];
}

/** Endpoints first (they hold their config and model), then configs, then models. */
export async function deleteLeftovers(
  client: SageMakerClient,
  leftovers: Leftovers,
): Promise<DeletionReport> {
  const report: DeletionReport = { deleted: [], failed: [] };
  for (const kind of KINDS) {
    for (const name of leftovers[kind.key]) {
      try {
        await kind.remove(client, name);
        report.deleted.push(`${kind.label} ${name}`);
      } catch (error) {
        report.failed.push(`${kind.label} ${name}: ${(error as Error).message}`);
      }
    }
  }
  return report;
}

export const countLeftovers = (l: Leftovers): number =>
  l.endpoints.length + l.endpointConfigs.length + l.models.length;
