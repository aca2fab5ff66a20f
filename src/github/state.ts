import * as core from '@actions/core';
import { readSignedState, saveSignedState, type StateValue } from './signed-state.js';
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
    saveSignedState(KEYS[key], JSON_KEYS.has(key) ? JSON.stringify(value) : String(value));
}

/**
 * A stage cannot sign, but it can replay a value main signed earlier in this step (the MAC binds
 * a name to a value, not to the moment). What that buys it, name by name: `clean-done` and
 * `result-written` are signed true only once they are true, so an older value says less done,
 * not more; an older `run` describes fewer stages and finishes as `cancelled`, never `pass`; an
 * older `stage-pgid` names a group that has ended (a reused pid aside), and the run marker still
 * finds every stage process; `project-name` and its siblings do not change within a step, and the
 * post step checks the name against the one it derives from its own inputs (run-leg.ts). Left
 * open: values replayed from another step of the same job that runs the same config (same key,
 * same project name) — e.g. a `clean-done=true` of the first — which a per-step key would close.
 */

/**
 * Values whose forgery only makes the post step do more (or nothing risky): unsigned, they
 * count as not done / no process group. Any other altered value leaves no project to trust.
 */
const FALLBACKS: Partial<Record<keyof TeardownState, string>> = {
  cleanDone: 'false',
  resultWritten: 'false',
  stagePgid: '0',
};

function parsed<T>(text: string, key: keyof TeardownState): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    core.warning(`the saved state ${KEYS[key]} is not valid JSON; the post step goes without it`);
    return undefined;
  }
}

export interface ReadTeardownState {
  state?: TeardownState;
  /** state names whose value main did not sign: written by someone else */
  altered: string[];
}

/** The teardown state as far as main signed it (signed-state.ts). */
export function readTeardownState(): ReadTeardownState {
  const keys = Object.keys(KEYS) as (keyof TeardownState)[];
  const read = Object.fromEntries(keys.map((key) => [key, readSignedState(KEYS[key])])) as Record<
    keyof TeardownState,
    StateValue
  >;
  const altered = keys.filter((key) => read[key].trust === 'altered');
  if (altered.some((key) => FALLBACKS[key] === undefined)) return { altered: altered.map((k) => KEYS[k]) };
  const value = (key: keyof TeardownState): string =>
    read[key].trust === 'altered' ? (FALLBACKS[key] ?? '') : read[key].value;
  const projectName = value('projectName');
  if (!projectName) return { altered: altered.map((k) => KEYS[k]) };
  return {
    altered: altered.map((k) => KEYS[k]),
    state: {
      projectName,
      projectDir: value('projectDir'),
      region: value('region'),
      catalogId: value('catalogId'),
      configId: value('configId'),
      cleanTimeoutSeconds: Number(value('cleanTimeoutSeconds')) || 900,
      cleanDone: value('cleanDone') === 'true',
      runId: value('runId'),
      stagePgid: Number(value('stagePgid')) || 0,
      resultWritten: value('resultWritten') === 'true',
      stores: parsed<StoreSettings>(value('stores'), 'stores'),
      run: parsed<RunSoFar>(value('run'), 'run'),
    },
  };
}
