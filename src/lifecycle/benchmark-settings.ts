import type { CatalogEntry } from '../catalog/types.js';
import { displayPath, loadWorkloads } from '../catalog/load.js';
import { glueClient, s3Client } from '../aws/clients.js';
import { parseRegressionThresholds } from '../benchmark/compare.js';
import { BENCHMARK_INPUTS, type BenchmarkInput } from '../benchmark/workload.js';
import { UserError } from '../errors.js';
import type { PreflightTarget } from '../aws/preflight.js';
import { planStage2, type BenchmarkSettings } from './stage2.js';

export interface BenchmarkOptions {
  input: string;
  workload?: string;
  bucket?: string;
  thresholds?: string;
  region: string;
  localDir: string;
}

/**
 * Stage 2 settings from a door's inputs, checked before anything runs: a bad input, an unknown
 * workload or a malformed threshold stops the run here, not after an endpoint was deployed.
 */
export function benchmarkSettings(
  catalogFile: string,
  entries: CatalogEntry[],
  o: BenchmarkOptions,
): BenchmarkSettings {
  const input = (o.input || 'auto').trim();
  if (!(BENCHMARK_INPUTS as readonly string[]).includes(input)) {
    throw new UserError(`benchmark must be one of ${BENCHMARK_INPUTS.join(', ')}, not "${o.input}"`);
  }
  const { file, workloads } = loadWorkloads(catalogFile);
  const bucket = o.bucket?.trim() || undefined;
  const settings: BenchmarkSettings = {
    input: input as BenchmarkInput,
    workloadInput: o.workload?.trim() || undefined,
    workloads,
    workloadsFile: displayPath(file),
    thresholds: parseRegressionThresholds(o.thresholds),
    publish: bucket
      ? {
          bucket,
          s3: s3Client({ region: o.region }),
          glue: glueClient({ region: o.region }),
          localDir: o.localDir,
        }
      : { localDir: o.localDir },
  };
  for (const entry of entries) planStage2(entry, settings, {});
  return settings;
}

/**
 * The benchmark bucket for the run's preflight: a wrong one would otherwise surface only at
 * publish, after an endpoint was deployed and benchmarked. Not checked when the benchmark is off.
 */
export function benchmarkBucketTarget(settings: BenchmarkSettings, label: string): PreflightTarget {
  const bucket = settings.input === 'false' ? '' : (settings.publish.bucket ?? '');
  return {
    kind: 'bucket',
    name: bucket,
    label,
    remedy: `create it (infra/ deploys it with EnableBenchmarkInfra=true: stack output BenchmarkBucket), fix ${label}, or leave ${label} empty to keep the Parquet results in the local store`,
  };
}
