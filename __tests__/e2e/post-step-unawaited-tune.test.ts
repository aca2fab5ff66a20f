import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithMoto } from '../helpers/moto.js';
import {
  startInferenceComponentStandIn,
  type InferenceComponentStandIn,
} from '../helpers/inference-components-stand-in.js';
import { runAction, signalWhenOutput, stateEnv } from '../helpers/runner.js';
import { createTables, documentClient, TABLE } from '../helpers/tables.js';
import { postStepLeg } from '../helpers/post-step-leg.js';
import { loadCatalog } from '../../src/catalog/load.js';

const ENTRY = loadCatalog('catalog/e2e-catalog.json').entries.find((e) => e.id === 'rt-qwen3-4b');

/**
 * overlap-tune submits the tune job before deploy. When main is SIGKILLed before the wait, the
 * job trains on, billed: the post step (built bundle) stops it through the API, and the final
 * record does not count a submit as a passed tune. StopTrainingJob is answered by the stand-in
 * in front of moto (moto 5 does not implement it).
 */
describeWithMoto(
  'the post step stops a tune job main submitted and never awaited (bundles, moto)',
  (moto) => {
    let standIn: InferenceComponentStandIn;
    beforeEach(async () => {
      await moto().reset();
      await createTables(moto());
      standIn = await startInferenceComponentStandIn(moto().url);
    });
    afterEach(async () => {
      await standIn.close();
    });

    it('SIGKILL of main during deploy: the submitted job is stopped, the tune row is skipped, the run cancelled', async () => {
      const { inputs, env } = postStepLeg(moto(), '5101', standIn.url, {
        inputs: { schedule: 'overlap-tune' },
        env: { MCC_EXAMPLE_HANG_AT: 'deploy', MCC_EXAMPLE_TUNE_SECONDS: '600' },
      });
      const main = await runAction('dist/run/index.js', {
        inputs,
        env,
        onStart: signalWhenOutput(/example: hanging at /, 'SIGKILL'),
      });
      expect(main.signal).toBe('SIGKILL');
      const config = readFileSync(join(main.state['project-dir'] ?? '', 'do', 'config'), 'utf8');
      const job = /^export TUNE_JOB_NAME_SFT="([^"]+)"$/m.exec(config)?.[1];
      expect(job).toMatch(/^rt-qwen3-4b-e2e5101-1-tune-sft-\d+$/);

      const post = await runAction('dist/cleanup/index.js', {
        dir: main.dir,
        inputs,
        env: { ...env, ...stateEnv(main.state), MCC_EXAMPLE_HANG_AT: '' },
      });
      expect(post.code).toBe(0);
      expect(standIn.calls()).toContain(`StopTrainingJob ${job}`);
      expect(post.summary).toContain(`🛑 tune job ${job} stopped`);

      const { Item } = await documentClient(moto()).send(
        new GetCommand({ TableName: TABLE, Key: { configId: ENTRY?.configId } }),
      );
      expect(Item?.testStatus).toBe('cancelled');
      expect(Item?.stageResults?.['tune-sft']).toMatchObject({
        status: 'skip',
        error: `skipped: the run was cancelled before the tune job was awaited; tune job ${job} stopped`,
      });
      expect(Item?.stageResults?.deploy?.status).toBe('fail');
    }, 180_000);
  },
);
