// Quota admission: 12 legs of one instance type against a quota of 3, each leg's endpoint up
// for 2 s (deploy → clean), all started at once as a matrix starts them. Stages run in process
// (no spawn) so the figure is the admission's own overhead. Prints, never asserts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CatalogEntry } from '../src/catalog/types.js';
import { validateCatalogText } from '../src/catalog/validate.js';
import { runEntries } from '../src/lifecycle/orchestrate.js';
import type { StageExecutor } from '../src/lifecycle/engine.js';
import { openAdmission } from '../src/lifecycle/admission/open.js';
import { LocalStore } from '../src/results/local-store.js';

const LEGS = 12;
const QUOTA = 3;
const ENDPOINT_MS = 2000;

function entries(): CatalogEntry[] {
  const configs = Array.from({ length: LEGS }, (_, i) => ({
    id: `bench-${i}`,
    tier: 'ci',
    track: 'realtime',
    args: `--deployment-config=x --model-name=a/m${i} --instance-type=ml.g5.xlarge --region=us-west-2`,
    lifecycle: ['build', 'push', 'deploy', 'test', 'clean'],
    timeout: 60,
  }));
  return validateCatalogText(JSON.stringify({ configs }), {
    file: 'bench',
    workloadNames: new Set(),
    workloadsFile: '',
  }).catalog!.entries;
}

/** The account: at most QUOTA endpoints of the type, else SageMaker's ResourceLimitExceeded. */
function account() {
  let up = 0;
  let rejected = 0;
  const executor: StageExecutor = {
    async run(stage) {
      const startedAt = new Date();
      const done = (exitCode: number, stderrTail = '') => ({
        exitCode,
        signal: null,
        timedOut: false,
        aborted: false,
        stderrTail,
        outputTail: stderrTail,
        startedAt,
        endedAt: new Date(),
      });
      if (stage.name === 'deploy') {
        if (up >= QUOTA) {
          rejected++;
          return done(
            1,
            `An error occurred (ResourceLimitExceeded) when calling the CreateEndpoint operation: The account-level service limit 'ml.g5.xlarge for endpoint usage' is ${QUOTA} Instances`,
          );
        }
        up++;
        await sleep(ENDPOINT_MS / 2);
      }
      if (stage.name === 'test') await sleep(ENDPOINT_MS / 2);
      if (stage.name === 'clean' && up > 0) up--;
      return done(0);
    },
  };
  return { executor, rejected: () => rejected, reset: () => ((up = 0), (rejected = 0)) };
}

async function run(
  legs: CatalogEntry[],
  concurrency: number,
  quota: string | undefined,
  sim: ReturnType<typeof account>,
) {
  const store = new LocalStore(mkdtempSync(join(tmpdir(), 'mcc-bench-admission-')));
  sim.reset();
  const start = process.hrtime.bigint();
  const runs = await runEntries(legs, concurrency, {
    runId: 'bench',
    runToken: `b${Math.random().toString(36).slice(2, 8)}`,
    workspace: mkdtempSync(join(tmpdir(), 'mcc-bench-ws-')),
    generator: ['generator'],
    store,
    artifacts: store,
    pricing: { instances: {} },
    baseEnv: {},
    cleanAfterCancel: true,
    executor: sim.executor,
    admission: quota
      ? await openAdmission({
          localDir: store.dir,
          quotas: { text: quota, where: 'bench' },
          catalogIds: [],
          region: 'us-west-2',
        })
      : undefined,
    retry: { retries: 0, delaySeconds: 0 },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, passed: runs.filter((r) => r.result.status === 'pass').length };
}

const all = entries();
const sim = account();
const single = await run(all.slice(0, 1), 1, undefined, sim);
const admitted = await run(all, LEGS, `ml.g5.xlarge=${QUOTA}`, sim);
const admittedRejections = sim.rejected();
const unadmitted = await run(all, LEGS, undefined, sim);
const ideal = Math.ceil(LEGS / QUOTA) * single.seconds;
console.log(
  `quota admission: ${LEGS} legs of ml.g5.xlarge, quota ${QUOTA}, ${ENDPOINT_MS / 1000} s deploy → clean`,
);
console.log(`  one leg alone                        ${single.seconds.toFixed(2)} s`);
console.log(`  ideal ceil(${LEGS}/${QUOTA}) × leg time           ${ideal.toFixed(2)} s`);
console.log(
  `  with admission: wall time            ${admitted.seconds.toFixed(2)} s  (ratio ${(admitted.seconds / ideal).toFixed(2)}, target ≤ 1.3)`,
);
console.log(
  `  with admission: ResourceLimitExceeded ${admittedRejections}  (target 0), ${admitted.passed}/${LEGS} pass`,
);
console.log(
  `  without admission: ResourceLimitExceeded ${sim.rejected()}, ${unadmitted.passed}/${LEGS} pass`,
);
