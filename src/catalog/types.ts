/** The catalog's shapes (01-catalog.md). Validation turns raw JSON into these. */
import type { Schedule } from '../lifecycle/schedule.js';

export const TIERS = ['ci', 'nightly', 'weekly'] as const;
export type Tier = (typeof TIERS)[number];

/** Each track maps to the deployment target the generator is told about. */
export const TRACK_TARGETS = {
  realtime: 'realtime-inference',
  async: 'async-inference',
  batch: 'batch-transform',
  hyperpod: 'hyperpod-eks',
} as const;
export type Track = keyof typeof TRACK_TARGETS;

export const TUNE_TECHNIQUES = ['sft', 'dpo', 'rlaif', 'rlvr'] as const;
export type TuneTechnique = (typeof TUNE_TECHNIQUES)[number];
export const TRAINING_TYPES = ['lora', 'full-rank'] as const;

export interface TuneConfig {
  technique: TuneTechnique;
  trainingType: (typeof TRAINING_TYPES)[number];
  dataset: string;
  tuneId?: string;
}

/** A catalog entry exactly as written in the file. */
export interface RawCatalogEntry {
  id: string;
  tier: Tier;
  track: Track;
  args: string | string[];
  lifecycle: string[];
  timeout: number;
  tuneTimeout?: number;
  tuneConfig?: TuneConfig;
  env?: Record<string, string>;
  benchmark?: { workload: string };
  /** the order of the stages (sequential, overlap-tune); the root's when absent */
  schedule?: Schedule;
  notes?: string;
}

/** The generation parameters that identify a configuration (the configId inputs). */
export interface GenerationParams {
  deploymentConfig: string;
  modelName: string;
  instanceType: string;
  region: string;
  deploymentTarget: string;
}

/** What an entry made from a registered record keeps of it (catalog/registered.ts). */
export interface RegistrationSource {
  /** the record's table key: results are written there */
  configId: string;
  /** the record's configJson, kept as its author wrote it */
  configJson: string;
  projectName?: string;
}

/** A validated entry with its parsed args and identity. */
export interface CatalogEntry extends RawCatalogEntry {
  argv: string[];
  params: GenerationParams;
  configId: string;
  /** set on an entry made from a registered record rather than read from the catalog */
  registered?: RegistrationSource;
}

export interface Catalog {
  file: string;
  entries: CatalogEntry[];
  /** per-stage argv overrides for every entry (root `stageCommands`) */
  stageCommands?: Record<string, string[]>;
  /** endpoints at once per instance type (root `quotas`) */
  quotas?: Record<string, number>;
}
