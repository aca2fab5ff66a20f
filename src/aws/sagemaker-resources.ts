import {
  DeleteEndpointCommand,
  DeleteEndpointConfigCommand,
  DeleteInferenceComponentCommand,
  DeleteModelCommand,
  DescribeInferenceComponentCommand,
  paginateListEndpointConfigs,
  paginateListEndpoints,
  paginateListInferenceComponents,
  paginateListModels,
  paginateListTrainingJobs,
  StopTrainingJobCommand,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The SageMaker resources a run can leave behind, as a table: how to list each kind (optionally
 * by a name fragment) and how to delete one, in the order they must go. Inference components come
 * first: MCC's realtime deploy and its adapters are ICs, and an endpoint goes only once its ICs are
 * gone (the console deletes them first, MCC's do/clean waits for each). Then endpoints, which hold
 * their config and model; last, tune jobs still training, which are stopped.
 */
export type ResourceKind = 'inference component' | 'endpoint' | 'endpoint config' | 'model' | 'tune job';

export interface ListedResource {
  kind: ResourceKind;
  name: string;
  arn: string;
  createdAt: Date;
  /** the endpoint an inference component lives on */
  endpoint?: string;
}

export interface ResourceType {
  kind: ResourceKind;
  /** how the kind is named in a sentence about several */
  plural: string;
  /** the IAM actions the calls below need, and the resource type of the ARN they are scoped to (infra/ci-stack.yaml) */
  iam: { actions: string[]; arnType: string };
  list: (client: SageMakerClient, nameContains?: string) => AsyncGenerator<ListedResource>;
  /** what lives on an endpoint whatever its name (an IC MCC or add-ic put there) */
  listOnEndpoint?: (client: SageMakerClient, endpointName: string) => AsyncGenerator<ListedResource>;
  remove: (client: SageMakerClient, name: string) => Promise<unknown>;
  /** how a removal is told when it is no deletion: a verb and its past (a tune job is stopped) */
  removal?: { verb: string; past: string };
  /** true once a deleted one no longer exists: what comes next in the table waits for it */
  gone?: (client: SageMakerClient, name: string) => Promise<boolean>;
  /** an endpoint is what bills: without its listing nothing is known (ICs live only on endpoints) */
  required?: boolean;
  /** it bills without an endpoint: a listing that fails leaves open whether one runs, even with no endpoint left */
  billsAlone?: boolean;
}

async function* inferenceComponents(
  client: SageMakerClient,
  filter: { NameContains?: string; EndpointNameEquals?: string },
): AsyncGenerator<ListedResource> {
  for await (const page of paginateListInferenceComponents({ client }, filter)) {
    for (const c of page.InferenceComponents ?? [])
      yield {
        kind: 'inference component',
        name: c.InferenceComponentName ?? '',
        arn: c.InferenceComponentArn ?? '',
        createdAt: c.CreationTime ?? new Date(0),
        ...(c.EndpointName ? { endpoint: c.EndpointName } : {}),
      };
  }
}

export const RESOURCE_TYPES: readonly ResourceType[] = [
  {
    kind: 'inference component',
    plural: 'inference components',
    iam: {
      actions: [
        'sagemaker:ListInferenceComponents',
        'sagemaker:DescribeInferenceComponent',
        'sagemaker:DeleteInferenceComponent',
      ],
      arnType: 'inference-component',
    },
    list: (client, nameContains) => inferenceComponents(client, { NameContains: nameContains }),
    listOnEndpoint: (client, endpointName) =>
      inferenceComponents(client, { EndpointNameEquals: endpointName }),
    remove: (client, name) =>
      client.send(new DeleteInferenceComponentCommand({ InferenceComponentName: name })),
    gone: async (client, name) => {
      try {
        await client.send(new DescribeInferenceComponentCommand({ InferenceComponentName: name }));
        return false;
      } catch {
        return true; // "Could not find" — or an API that cannot tell: waiting longer would not help
      }
    },
  },
  {
    kind: 'endpoint',
    plural: 'endpoints',
    iam: { actions: ['sagemaker:ListEndpoints', 'sagemaker:DeleteEndpoint'], arnType: 'endpoint' },
    required: true,
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
    plural: 'endpoint configs',
    iam: {
      actions: ['sagemaker:ListEndpointConfigs', 'sagemaker:DeleteEndpointConfig'],
      arnType: 'endpoint-config',
    },
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
    plural: 'models',
    iam: { actions: ['sagemaker:ListModels', 'sagemaker:DeleteModel'], arnType: 'model' },
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
  {
    // MCC's managed fine-tuning job (`<project>-tune-<technique>-<ts>`): a do/tune killed at its
    // timeout, or a --no-wait submit never awaited, leaves it training, billed. Only a running one
    // is a leftover; it is stopped (a training job cannot be deleted).
    kind: 'tune job',
    plural: 'tune jobs',
    iam: { actions: ['sagemaker:ListTrainingJobs', 'sagemaker:StopTrainingJob'], arnType: 'training-job' },
    list: async function* (client, nameContains) {
      const filter = { NameContains: nameContains, StatusEquals: 'InProgress' as const };
      for await (const page of paginateListTrainingJobs({ client }, filter)) {
        for (const j of page.TrainingJobSummaries ?? [])
          if (j.TrainingJobStatus === 'InProgress')
            yield {
              kind: 'tune job',
              name: j.TrainingJobName ?? '',
              arn: j.TrainingJobArn ?? '',
              createdAt: j.CreationTime ?? new Date(0),
            };
      }
    },
    remove: (client, name) => client.send(new StopTrainingJobCommand({ TrainingJobName: name })),
    removal: { verb: 'stop', past: 'stopped' },
    billsAlone: true,
  },
];

/** A kind that could not be listed, in words: `inference components could not be listed (…)`. */
export function unlistedText(type: { plural: string }, error: unknown): string {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  // the SDK's message for an answer it cannot parse runs over lines; its first says what happened
  const message = ((error as Error).message ?? String(error)).split('\n')[0];
  return `${type.plural} could not be listed (${status ? `HTTP ${status}: ` : ''}${message})`;
}

export interface DeletionReport {
  deleted: string[];
  failed: string[];
}

export interface DeletionOptions {
  /** how long what comes next waits for deleted ICs to be gone; then it is tried anyway */
  settleMs?: number;
  pollMs?: number;
}

/** How long an endpoint's deletion waits for its ICs by default (MCC's do/clean waits per IC). */
export const IC_SETTLE_MS = 120_000;

/** Wait until every one of the deleted `names` is gone, or the time is up (kinds without `gone`: at once). */
export async function waitUntilGone(
  type: ResourceType,
  client: SageMakerClient,
  names: string[],
  o: DeletionOptions = {},
): Promise<void> {
  if (!type.gone || names.length === 0) return;
  const until = Date.now() + (o.settleMs ?? IC_SETTLE_MS);
  let waiting = names;
  while (waiting.length > 0 && Date.now() < until) {
    const still = await Promise.all(
      waiting.map(async (n) => ((await type.gone?.(client, n)) ? undefined : n)),
    );
    waiting = still.filter((n): n is string => n !== undefined);
    if (waiting.length > 0) await sleep(o.pollMs ?? 2000);
  }
}

/**
 * Delete in table order (ICs, endpoints, configs, models), each kind newest first (an adapter IC
 * before the base IC it was added to); a failure is reported, not thrown.
 */
export async function deleteResources(
  client: SageMakerClient,
  resources: ListedResource[],
  options: DeletionOptions = {},
): Promise<DeletionReport> {
  const report: DeletionReport = { deleted: [], failed: [] };
  for (const type of RESOURCE_TYPES) {
    const deleted: string[] = [];
    const own = resources
      .filter((x) => x.kind === type.kind)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    for (const r of own) {
      try {
        await type.remove(client, r.name);
        report.deleted.push(`${r.kind} ${r.name}${type.removal ? ` (${type.removal.past})` : ''}`);
        deleted.push(r.name);
      } catch (error) {
        report.failed.push(`${r.kind} ${r.name}: ${(error as Error).message}`);
      }
    }
    await waitUntilGone(type, client, deleted, options);
  }
  return report;
}
