import * as core from '@actions/core';
import type { RunSoFar } from '../lifecycle/finish.js';
import type { StoreSettings } from '../results/open.js';

/**
 * What main hands to its post step (GITHUB_STATE), saved as it goes, so that a post step after
 * a killed main (SIGKILL, OOM, the runner's kill after a cancel) can finish its work: kill the
 * orphaned stage, tear the project down and write the final result.
 */
export interface TeardownState {
  projectName: string;
  projectDir: string;
  region: string;
  catalogId: string;
  configId: string;
  cleanTimeoutSeconds: number;
  /** true once clean passed in main; the post step then has no teardown to do */
  cleanDone: boolean;
  /** the MCC_E2E_RUN_ID every stage carries: any process with it (and this catalog id) is ours */
  runId: string;
  /** the process group of the stage running now (0 between stages) */
  stagePgid: number;
  /** true once main wrote the result to every sink; the post step then writes nothing */
  resultWritten: boolean;
  /** where results go (resolved by main from the inputs) */
  stores?: StoreSettings;
  /** the run so far: its result fields, the stages done and the names of the stages to come */
  run?: RunSoFar;
}

const KEYS: Record<keyof TeardownState, string> = {
  projectName: 'project-name',
  projectDir: 'project-dir',
  region: 'region',
  catalogId: 'catalog-id',
  configId: 'config-id',
  cleanTimeoutSeconds: 'clean-timeout',
  cleanDone: 'clean-done',
  runId: 'run-id',
  stagePgid: 'stage-pgid',
  resultWritten: 'result-written',
  stores: 'stores',
  run: 'run',
};

const JSON_KEYS = new Set<keyof TeardownState>(['stores', 'run']);

export function saveTeardownState(state: Partial<TeardownState>): void {
  for (const [key, value] of Object.entries(state) as [keyof TeardownState, unknown][])
    core.saveState(KEYS[key], JSON_KEYS.has(key) ? JSON.stringify(value) : String(value));
}

function parsed<T>(key: keyof TeardownState): T | undefined {
  const text = core.getState(KEYS[key]);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    core.warning(`the saved state ${KEYS[key]} is not valid JSON; the post step goes without it`);
    return undefined;
  }
}

export function readTeardownState(): TeardownState | undefined {
  const projectName = core.getState(KEYS.projectName);
  if (!projectName) return undefined;
  return {
    projectName,
    projectDir: core.getState(KEYS.projectDir),
    region: core.getState(KEYS.region),
    catalogId: core.getState(KEYS.catalogId),
    configId: core.getState(KEYS.configId),
    cleanTimeoutSeconds: Number(core.getState(KEYS.cleanTimeoutSeconds)) || 900,
    cleanDone: core.getState(KEYS.cleanDone) === 'true',
    runId: core.getState(KEYS.runId),
    stagePgid: Number(core.getState(KEYS.stagePgid)) || 0,
    resultWritten: core.getState(KEYS.resultWritten) === 'true',
    stores: parsed<StoreSettings>('stores'),
    run: parsed<RunSoFar>('run'),
  };
}
