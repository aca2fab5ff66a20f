import * as core from '@actions/core';
import { join, resolve } from 'node:path';
import { selectEntries } from '../catalog/select.js';
import type { Catalog, CatalogEntry } from '../catalog/types.js';
import { entryForConfigId } from '../catalog/registered.js';
import { makeProjectName, makeRunToken } from '../lifecycle/project-name.js';
import { isSchedule, SCHEDULES, type Schedule } from '../lifecycle/schedule.js';
import { DEFAULT_LOCAL_DIR } from '../results/local-store.js';
import { openStores, type StoreSettings } from '../results/open.js';
import { roleSessionName } from '../aws/oidc.js';
import { UserError } from '../errors.js';
import { assumeRoleFromInput } from './assume-role.js';
import { loadCatalogInput } from './catalog-input.js';
import { inputOr } from './inputs.js';

/**
 * Which leg this step runs and where its project lives, from the step's inputs and the runner's
 * environment only. Main runs it to start the leg; the post step runs it again to find the
 * teardown target on its own when main's state cannot be trusted (a stage can write the state
 * file, but neither the inputs nor GITHUB_RUN_ID / GITHUB_RUN_ATTEMPT).
 */
export interface RunLeg {
  catalog: Catalog;
  file: string;
  workspaceRoot: string;
  entry: CatalogEntry;
  /** `<GITHUB_RUN_ID>-<GITHUB_RUN_ATTEMPT>` on a runner: every stage's MCC_E2E_RUN_ID */
  runToken: string;
  /** the token comes from the runner, so a later step derives the same one */
  stableToken: boolean;
  projectName: string;
  projectDir: string;
  workspace: string;
  /** region of the stores and the step's AWS clients */
  region: string;
  /** region the stages deploy to (their AWS_REGION): where the project's SageMaker resources are */
  sageMakerRegion: string;
  localDir: string;
  stores: StoreSettings;
  runUrl?: string;
}

function selectOne(catalog: Catalog, id: string): CatalogEntry {
  if (/[,\n]/.test(id))
    throw new UserError(
      `input config takes one catalog id per leg, not "${id}" — use the plan action's matrix for several`,
    );
  const [entry] = selectEntries(catalog, { ids: id, tier: core.getInput('tier') });
  return entry as CatalogEntry;
}

/**
 * The leg's entry: a catalog id (`config`) or a configId (`config-id`), whose registered record
 * is read from the table (as the role, when one is given) or the local store.
 */
async function legEntry(
  catalog: Catalog,
  workspaceRoot: string,
  env: NodeJS.ProcessEnv,
): Promise<CatalogEntry> {
  const id = core.getInput('config').trim();
  const configId = core.getInput('config-id').trim();
  if (id && configId)
    throw new UserError('give input config (a catalog id) or config-id (a configId of the table), not both');
  if (id) return selectOne(catalog, id);
  if (!configId)
    throw new UserError(
      'input config (a catalog id) or config-id (a registered configuration) is required — the plan matrix gives one per leg',
    );
  const region = inputOr('aws-region', env.AWS_REGION ?? 'us-west-2');
  const table = core.getInput('table').trim();
  const roleArn = core.getInput('role-to-assume').trim();
  const oidc =
    table && roleArn
      ? await assumeRoleFromInput(roleArn, region, roleSessionName(makeRunToken(env), 'registered'))
      : undefined;
  const { store } = openStores({
    table,
    historyTable: core.getInput('history-table').trim(),
    region,
    localDir: resolve(workspaceRoot, inputOr('save-local', DEFAULT_LOCAL_DIR)),
  });
  try {
    return await entryForConfigId(store, catalog, configId);
  } finally {
    oidc?.stop();
  }
}

/** The input `schedule` ('' = the catalog's, else sequential). */
export function scheduleInput(): Schedule | undefined {
  const value = core.getInput('schedule').trim();
  if (value === '') return undefined;
  if (!isSchedule(value))
    throw new UserError(
      `input schedule is "${value}"; use one of ${SCHEDULES.join(', ')} (or leave it empty for the catalog's)`,
    );
  return value;
}

/**
 * Where a leg's project lives, from the catalog id, the runner's run id and input workspace only —
 * none of which a stage can change (the catalog file it can): what the post step still knows of
 * the leg when its entry cannot be read any more.
 */
export function legPlace(
  catalogId: string,
  workspaceRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): { runToken: string; projectName: string; workspace: string; projectDir: string } {
  const runToken = makeRunToken(env);
  const projectName = makeProjectName(catalogId, runToken);
  const workspace = resolve(inputOr('workspace', join(env.RUNNER_TEMP ?? workspaceRoot, 'mcc-e2e')));
  return { runToken, projectName, workspace, projectDir: join(workspace, projectName) };
}

/** The leg of this step; `quiet`: the post step's second look, which repeats no notice of main's. */
export async function resolveRunLeg(
  options: { quiet?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<RunLeg> {
  const env = options.env ?? process.env;
  const { catalog, file, workspaceRoot } = loadCatalogInput({ quiet: options.quiet });
  const entry = await legEntry(catalog, workspaceRoot, env);
  const { runToken, projectName, workspace, projectDir } = legPlace(entry.id, workspaceRoot, env);
  const region = inputOr('aws-region', env.AWS_REGION ?? entry.params.region);
  const localDir = resolve(workspaceRoot, inputOr('save-local', DEFAULT_LOCAL_DIR));
  return {
    catalog,
    file,
    workspaceRoot,
    entry,
    runToken,
    stableToken: Boolean(env.GITHUB_RUN_ID),
    projectName,
    projectDir,
    workspace,
    region,
    sageMakerRegion: entry.params.region,
    localDir,
    stores: {
      table: core.getInput('table').trim(),
      historyTable: core.getInput('history-table').trim(),
      bucket: core.getInput('results-bucket').trim(),
      region,
      localDir,
    },
    ...(env.GITHUB_RUN_ID
      ? {
          runUrl: `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`,
        }
      : {}),
  };
}
