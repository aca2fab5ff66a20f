import * as core from '@actions/core';

/** What main hands to its post step (GITHUB_STATE): enough to clean up after a killed run. */
export interface TeardownState {
  projectName: string;
  projectDir: string;
  region: string;
  catalogId: string;
  configId: string;
  cleanTimeoutSeconds: number;
  /** 'true' once clean passed in main; the post step then has nothing to do */
  cleanDone: boolean;
}

const KEYS: Record<keyof TeardownState, string> = {
  projectName: 'project-name',
  projectDir: 'project-dir',
  region: 'region',
  catalogId: 'catalog-id',
  configId: 'config-id',
  cleanTimeoutSeconds: 'clean-timeout',
  cleanDone: 'clean-done',
};

export function saveTeardownState(state: Partial<TeardownState>): void {
  for (const [key, value] of Object.entries(state))
    core.saveState(KEYS[key as keyof TeardownState], String(value));
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
  };
}
