import { createHash } from 'node:crypto';
import type { GenerationParams } from './types.js';

/** MCC's documented 5-field configId: the first 16 hex characters of a sha256. */
export function computeConfigId(params: GenerationParams): string {
  const key = [
    params.deploymentConfig,
    params.modelName,
    params.instanceType,
    params.region,
    params.deploymentTarget,
  ].join(':');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}
