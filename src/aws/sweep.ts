import { ListTagsCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import { RESOURCE_TYPES, type ListedResource } from './sagemaker-resources.js';

/**
 * The orphan sweep: SageMaker endpoints, endpoint configs and models that these runs created
 * (a project name `<catalog id>-<run token>`, or the `mcc-e2e:project` tag) and that are older
 * than a threshold, when their run is over. A running run's resources are never touched.
 */
export const PROJECT_TAG = 'mcc-e2e:project';

export interface SweepDecision extends ListedResource {
  action: 'delete' | 'keep';
  reason: string;
  done?: boolean;
  error?: string;
}

export interface SweepOptions {
  client: SageMakerClient;
  catalogIds: string[];
  olderThanMs: number;
  now?: Date;
  dryRun: boolean;
  /** true when the run that owns this project is still going */
  isRunActive: (catalogId: string, runToken: string) => Promise<boolean>;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `<catalogId>-<token>`: GitHub's `<run id>-<attempt>` or the CLI's base36 token. */
export function parseProjectName(
  name: string,
  catalogIds: string[],
): { catalogId: string; runToken: string } | undefined {
  const ids = [...catalogIds].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const match = name.match(new RegExp(`^(${ids.join('|')})-(\\d+-\\d+|[a-z0-9]{10,})$`));
  return match ? { catalogId: match[1] as string, runToken: match[2] as string } : undefined;
}

async function projectTag(client: SageMakerClient, arn: string): Promise<string | undefined> {
  const { Tags } = await client.send(new ListTagsCommand({ ResourceArn: arn }));
  return Tags?.find((t) => t.Key === PROJECT_TAG)?.Value;
}

export async function sweep(options: SweepOptions): Promise<SweepDecision[]> {
  const now = options.now ?? new Date();
  const before = new Date(now.getTime() - options.olderThanMs);
  const decisions: SweepDecision[] = [];
  for (const type of RESOURCE_TYPES) {
    for await (const candidate of type.list(options.client)) {
      // the name tells whose it is; a tag can claim a resource whose name does not
      const owner =
        parseProjectName(candidate.name, options.catalogIds) ??
        parseProjectName((await projectTag(options.client, candidate.arn)) ?? '', options.catalogIds);
      if (!owner) continue;
      if (candidate.createdAt > before) {
        decisions.push({ ...candidate, action: 'keep', reason: 'younger than the threshold' });
      } else if (await options.isRunActive(owner.catalogId, owner.runToken)) {
        decisions.push({
          ...candidate,
          action: 'keep',
          reason: `run ${owner.runToken} of ${owner.catalogId} is still running`,
        });
      } else {
        decisions.push({
          ...candidate,
          action: 'delete',
          reason: `left by finished run ${owner.runToken} of ${owner.catalogId}`,
        });
      }
    }
  }
  if (options.dryRun) return decisions;
  for (const type of RESOURCE_TYPES) {
    for (const decision of decisions.filter((d) => d.kind === type.kind && d.action === 'delete')) {
      try {
        await type.remove(options.client, decision.name);
        decision.done = true;
      } catch (error) {
        decision.error = (error as Error).message;
      }
    }
  }
  return decisions;
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `30m`, `6h`, `2d`. */
export function parseDuration(text: string): number | undefined {
  const match = text.trim().match(/^(\d+(?:\.\d+)?)([smhd])$/);
  return match ? Number(match[1]) * (UNITS[match[2] as string] as number) : undefined;
}
