// What the in-process benches share: one full-lifecycle catalog entry.
import type { CatalogEntry } from '../src/catalog/types.js';
import { validateCatalogText } from '../src/catalog/validate.js';

/** generate + 8 lifecycle stages, as every shipped entry has. */
export const BENCH_STAGES = 9;

export function benchEntry(): CatalogEntry {
  const text = JSON.stringify({
    configs: [
      {
        id: 'bench',
        tier: 'ci',
        track: 'realtime',
        args: '--deployment-config=x --model-name=a/b --instance-type=ml.g5.xlarge --region=us-west-2 --enable-lora',
        lifecycle: ['build', 'push', 'deploy', 'test', 'tune-sft', 'adapter-add', 'test-adapter', 'clean'],
        timeout: 60,
        tuneConfig: { technique: 'sft', trainingType: 'lora', dataset: 's3://b/k' },
      },
    ],
  });
  return validateCatalogText(text, { file: 'bench', workloadNames: new Set(), workloadsFile: '' }).catalog!
    .entries[0]!;
}
